using System;

namespace KlingGen;

/// <summary>Exponential backoff with jitter: delay(n) = min(max, initial × multiplier^n) × (1 ± jitter).</summary>
internal sealed class KlingBackoff
{
    private readonly TimeSpan initial;
    private readonly TimeSpan max;
    private readonly double multiplier;
    private readonly double jitter;
    private readonly Random random;

    public KlingBackoff(TimeSpan initial, TimeSpan max, double multiplier, double jitter, Random? random = null)
    {
        this.initial = initial;
        this.max = max;
        this.multiplier = multiplier;
        this.jitter = jitter;
        this.random = random ?? new Random();
    }

    public static KlingBackoff From(KlingWaitOptions options) =>
        new(options.InitialPollInterval, options.MaxPollInterval, options.BackoffMultiplier, options.JitterFraction);

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1 (attempt counts from 0).</summary>
    public TimeSpan Delay(int attempt)
    {
        var baseMs = initial.TotalMilliseconds * Math.Pow(multiplier, Math.Min(attempt, 64));
        baseMs = Math.Min(baseMs, max.TotalMilliseconds);
        double spread;
        lock (random)
        {
            spread = (random.NextDouble() * 2) - 1;
        }

        var ms = baseMs * (1 + (jitter * spread));
        return TimeSpan.FromMilliseconds(Math.Max(1, ms));
    }
}
