using System;
using System.Text.Json.Nodes;

namespace KlingGen.Testing;

/// <summary>A task held by the simulator. Read its state through the properties; they change as the lifecycle advances.</summary>
public sealed class KlingSimulatedTask
{
    private readonly object gate = new();
    private string status = "submitted";
    private string? statusMessage;
    private long updatedAt;

    internal KlingSimulatedTask(string taskId, string? externalTaskId, string? callbackUrl, string? prompt, string mode, long createdAt)
    {
        TaskId = taskId;
        ExternalTaskId = externalTaskId;
        CallbackUrl = callbackUrl;
        Prompt = prompt;
        Mode = mode;
        CreatedAt = createdAt;
        updatedAt = createdAt;
    }

    /// <summary>The simulator's id.</summary>
    public string TaskId { get; }

    /// <summary>The caller's id, when one was sent.</summary>
    public string? ExternalTaskId { get; }

    /// <summary>Webhook address, when one was sent.</summary>
    public string? CallbackUrl { get; }

    /// <summary>Prompt sent with the task.</summary>
    public string? Prompt { get; }

    /// <summary>Mode sent with the task (<c>std</c> when none).</summary>
    public string Mode { get; }

    /// <summary>Creation time, epoch milliseconds.</summary>
    public long CreatedAt { get; }

    /// <summary>Current status: submitted, processing, succeed or failed.</summary>
    public string Status
    {
        get
        {
            lock (gate)
            {
                return status;
            }
        }
    }

    /// <summary>Why the task failed, when it did.</summary>
    public string? StatusMessage
    {
        get
        {
            lock (gate)
            {
                return statusMessage;
            }
        }
    }

    internal string? VideoUrl { get; set; }

    internal string VideoDurationSeconds { get; set; } = "3";

    internal void MoveTo(string newStatus, string? message, long now)
    {
        lock (gate)
        {
            status = newStatus;
            statusMessage = message;
            updatedAt = now;
        }
    }

    /// <summary>The task object as Kling returns it in <c>data</c> and posts it to callbacks.</summary>
    internal JsonObject ToJson()
    {
        lock (gate)
        {
            var json = new JsonObject
            {
                ["task_id"] = TaskId,
                ["task_status"] = status,
                ["created_at"] = CreatedAt,
                ["updated_at"] = updatedAt,
                ["task_info"] = ExternalTaskId is null ? new JsonObject() : new JsonObject { ["external_task_id"] = ExternalTaskId },
            };
            if (statusMessage is not null)
            {
                json["task_status_msg"] = statusMessage;
            }

            var result = new JsonObject();
            if (status == "succeed" && VideoUrl is not null)
            {
                result["videos"] = new JsonArray(new JsonObject
                {
                    ["id"] = TaskId + "-v0",
                    ["url"] = VideoUrl,
                    ["duration"] = VideoDurationSeconds,
                });
            }

            json["task_result"] = result;
            return json;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{TaskId} ({Status})";
}
