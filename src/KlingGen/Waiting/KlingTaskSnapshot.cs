using System;
using KlingGen.Client.Models;

namespace KlingGen;

/// <summary>The state of a task as one poll saw it.</summary>
public sealed class KlingTaskSnapshot
{
    internal KlingTaskSnapshot(KlingTask task, int pollCount, TimeSpan elapsed)
    {
        Task = task;
        PollCount = pollCount;
        Elapsed = elapsed;
    }

    /// <summary>The task as returned by the query route.</summary>
    public KlingTask Task { get; }

    /// <summary>The task id.</summary>
    public string? TaskId => Task.TaskId;

    /// <summary>The status at this poll.</summary>
    public KlingTaskStatus? Status => Task.TaskStatus;

    /// <summary>Why the task stopped, when the service said.</summary>
    public string? StatusMessage => Task.TaskStatusMsg;

    /// <summary>True for <c>succeed</c> and <c>failed</c>.</summary>
    public bool IsTerminal => Status is KlingTaskStatus.Succeed or KlingTaskStatus.Failed;

    /// <summary>Which poll this was (1 for the first).</summary>
    public int PollCount { get; }

    /// <summary>Time since waiting started.</summary>
    public TimeSpan Elapsed { get; }

    /// <inheritdoc />
    public override string ToString() => $"{TaskId}: {Status?.ToString() ?? "unknown"} after {Elapsed.TotalSeconds:0.0} s (poll {PollCount})";
}
