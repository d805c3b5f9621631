namespace KlingGen.Testing;

/// <summary>One callback the simulator posted (or tried to post) to a task's <c>callback_url</c>.</summary>
public sealed class KlingRecordedCallback
{
    internal KlingRecordedCallback(string taskId, string url, string taskStatus, int? responseStatus, string? error)
    {
        TaskId = taskId;
        Url = url;
        TaskStatus = taskStatus;
        ResponseStatus = responseStatus;
        Error = error;
    }

    /// <summary>The task the callback was about.</summary>
    public string TaskId { get; }

    /// <summary>Where it was posted.</summary>
    public string Url { get; }

    /// <summary>The status it announced.</summary>
    public string TaskStatus { get; }

    /// <summary>HTTP status the receiver answered with, or null when the post failed.</summary>
    public int? ResponseStatus { get; }

    /// <summary>Why the post failed, when it did.</summary>
    public string? Error { get; }

    /// <inheritdoc />
    public override string ToString() => $"{TaskId} {TaskStatus} -> {Url} ({ResponseStatus?.ToString() ?? Error})";
}
