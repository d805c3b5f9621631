using System;

namespace KlingGen;

/// <summary>The media limits Kling documents for the avatar route, as checked by <see cref="KlingMedia"/>.</summary>
public static class KlingMediaLimits
{
    /// <summary>Largest accepted image: 10 MB (10 × 1024 × 1024 bytes).</summary>
    public const long MaxImageBytes = 10L * 1024 * 1024;

    /// <summary>Shortest accepted image side in pixels.</summary>
    public const int MinImageSide = 300;

    /// <summary>Widest accepted aspect ratio (long side / short side), i.e. 1:2.5 to 2.5:1.</summary>
    public const double MaxAspectRatio = 2.5;

    /// <summary>Largest accepted sound file: 5 MB (5 × 1024 × 1024 bytes).</summary>
    public const long MaxSoundBytes = 5L * 1024 * 1024;

    /// <summary>Shortest accepted sound.</summary>
    public static readonly TimeSpan MinSoundDuration = TimeSpan.FromSeconds(2);

    /// <summary>Longest sound CometAPI documents; longer sounds (up to <see cref="HardMaxSoundDuration"/>) produce a warning only.</summary>
    public static readonly TimeSpan DocumentedMaxSoundDuration = TimeSpan.FromSeconds(60);

    /// <summary>Longest sound Kling itself accepts; longer sounds are refused locally.</summary>
    public static readonly TimeSpan HardMaxSoundDuration = TimeSpan.FromSeconds(300);
}
