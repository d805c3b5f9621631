using System;

namespace KlingGen;

/// <summary>The task did not reach a terminal status within <see cref="KlingWaitOptions.Timeout"/>. The task itself keeps running.</summary>
public sealed class KlingTaskTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    public KlingTaskTimeoutException(string taskId, TimeSpan timeout, KlingTaskSnapshot? lastSnapshot)
        : base($"Kling task {taskId} was still {lastSnapshot?.Status?.ToString() ?? "unknown"} after {timeout}; it keeps running on the service and can be polled again.")
    {
        TaskId = taskId;
        Timeout = timeout;
        LastSnapshot = lastSnapshot;
    }

    /// <summary>The task id (or external task id) that was polled.</summary>
    public string TaskId { get; }

    /// <summary>The timeout that elapsed.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The last state seen, if any poll succeeded.</summary>
    public KlingTaskSnapshot? LastSnapshot { get; }
}
