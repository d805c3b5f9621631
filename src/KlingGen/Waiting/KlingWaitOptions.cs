using System;

namespace KlingGen;

/// <summary>How a wait-until-done call polls a task: exponential backoff with jitter, bounded by an overall timeout.</summary>
public sealed class KlingWaitOptions
{
    /// <summary>Delay before the second poll; later delays grow by <see cref="BackoffMultiplier"/>. Default 2 s.</summary>
    public TimeSpan InitialPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest delay between two polls. Default 30 s.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Growth factor of the delay between polls. Default 1.5.</summary>
    public double BackoffMultiplier { get; set; } = 1.5;

    /// <summary>Random spread applied to each delay, as a fraction (0.2 = ±20 %). Default 0.2.</summary>
    public double JitterFraction { get; set; } = 0.2;

    /// <summary>How long to wait for a terminal status before giving up with a <see cref="TimeoutException"/>. Default 30 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Returns a copy, so per-call changes do not leak into shared options.</summary>
    public KlingWaitOptions Clone() => (KlingWaitOptions)MemberwiseClone();

    /// <summary>Returns the problem with these settings, or null when they are usable.</summary>
    internal string? Check()
    {
        if (InitialPollInterval <= TimeSpan.Zero)
        {
            return "InitialPollInterval must be positive.";
        }

        if (MaxPollInterval < InitialPollInterval)
        {
            return "MaxPollInterval must not be shorter than InitialPollInterval.";
        }

        if (BackoffMultiplier < 1)
        {
            return "BackoffMultiplier must be at least 1.";
        }

        if (JitterFraction < 0 || JitterFraction >= 1)
        {
            return "JitterFraction must be in [0, 1).";
        }

        return Timeout <= TimeSpan.Zero ? "Timeout must be positive." : null;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"KlingWaitOptions(InitialPollInterval={InitialPollInterval}, MaxPollInterval={MaxPollInterval}, BackoffMultiplier={BackoffMultiplier}, JitterFraction={JitterFraction}, Timeout={Timeout})";
}
