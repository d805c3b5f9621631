using System;

namespace KlingGen.Testing;

/// <summary>Settings of a <see cref="KlingSimulator"/>.</summary>
public sealed class KlingSimulatorOptions
{
    /// <summary>Port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The only bearer token the simulator accepts. Default: a random key made at start.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long a new task stays <c>submitted</c>. Default 1 s.</summary>
    public TimeSpan SubmittedDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a task stays <c>processing</c> before it succeeds or fails. Default 3 s.</summary>
    public TimeSpan ProcessingDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Clock driving the task lifecycle (tests may pass a manual one). Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Length of the video served at the result URL. Default 3 s.</summary>
    public TimeSpan VideoDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Decides whether a task fails: return a reason (reported as <c>task_status_msg</c>) to fail it, or null to let it succeed.
    /// The argument is the request's prompt (possibly null). Default: tasks whose prompt contains "[fail]" fail.
    /// </summary>
    public Func<string?, string?> FailureReason { get; set; } =
        prompt => prompt is not null && prompt.Contains("[fail]", StringComparison.Ordinal) ? "Face not detected in the image (simulated)." : null;

    /// <summary>
    /// Picks a fault for a request when no queued fault (<see cref="KlingSimulator.Inject"/>) matches it: return one to
    /// apply it to this request only, or null to answer normally. Called concurrently; for random faults from a fixed seed,
    /// lock around the generator. Default: none.
    /// </summary>
    public Func<KlingSimulatorRoute, KlingFault?>? FaultSource { get; set; }

    /// <summary>Largest request body kept verbatim in <see cref="KlingRecordedRequest.Body"/>; longer bodies are cut. Default 64 KB.</summary>
    public int MaxRecordedBodyChars { get; set; } = 64 * 1024;
}
