using System.Collections.Generic;
using KlingGen.Client.Models;

namespace KlingGen;

/// <summary>A finished avatar task and the addresses of its videos.</summary>
public sealed class KlingAvatarVideoResult
{
    internal KlingAvatarVideoResult(KlingTask task, IReadOnlyList<string> videoUrls)
    {
        Task = task;
        VideoUrls = videoUrls;
    }

    /// <summary>The task in its final state.</summary>
    public KlingTask Task { get; }

    /// <summary>The task id.</summary>
    public string? TaskId => Task.TaskId;

    /// <summary>Every video URL of the result (usually one). Kling deletes results after 30 days: download them.</summary>
    public IReadOnlyList<string> VideoUrls { get; }

    /// <summary>The first video URL.</summary>
    public string VideoUrl => VideoUrls[0];

    /// <inheritdoc />
    public override string ToString() => $"{TaskId}: {string.Join(", ", VideoUrls)}";
}
