using System;

namespace KlingGen;

/// <summary>
/// A create call was interrupted and the service could not be asked whether it created the task. The task may exist:
/// query <see cref="ExternalTaskId"/> later instead of creating it again.
/// </summary>
public sealed class KlingTaskOutcomeUnknownException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KlingTaskOutcomeUnknownException(string externalTaskId, Exception innerException)
        : base($"The create call for external task id '{externalTaskId}' was interrupted and its outcome could not be confirmed; query that id before creating the task again.", innerException)
    {
        ExternalTaskId = externalTaskId;
    }

    /// <summary>The external task id the interrupted call carried; query it to find the task.</summary>
    public string ExternalTaskId { get; }
}
