using System;
using KlingGen.Client.Models;

namespace KlingGen;

/// <summary>The task reached the <c>failed</c> status; <see cref="StatusMessage"/> carries the service's reason.</summary>
public sealed class KlingTaskFailedException : Exception
{
    /// <summary>Creates the exception for a failed task.</summary>
    public KlingTaskFailedException(KlingTask task)
        : base($"Kling task {task?.TaskId} failed: {(string.IsNullOrEmpty(task?.TaskStatusMsg) ? "no reason given" : task!.TaskStatusMsg)}")
    {
        Task = task ?? throw new ArgumentNullException(nameof(task));
    }

    /// <summary>The failed task as last returned by the service.</summary>
    public KlingTask Task { get; }

    /// <summary>The task id.</summary>
    public string? TaskId => Task.TaskId;

    /// <summary>The service's reason (<c>task_status_msg</c>).</summary>
    public string? StatusMessage => Task.TaskStatusMsg;
}
