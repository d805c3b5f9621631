using System;
using System.Collections.Generic;

namespace KlingGen;

/// <summary>An image that passed the local checks, encoded as the bare base64 the <c>image</c> field expects.</summary>
public sealed class KlingPreparedImage
{
    internal KlingPreparedImage(string name, string base64, KlingImageFormat format, int width, int height, long length)
    {
        Name = name;
        Base64 = base64;
        Format = format;
        Width = width;
        Height = height;
        Length = length;
    }

    /// <summary>File name (or the name given for a stream).</summary>
    public string Name { get; }

    /// <summary>Bare base64 of the file, without a <c>data:</c> prefix.</summary>
    public string Base64 { get; }

    /// <summary>Detected container.</summary>
    public KlingImageFormat Format { get; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Size of the file in bytes.</summary>
    public long Length { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Format}, {Width}x{Height} px, {Length} bytes)";
}

/// <summary>A sound that passed the local checks, encoded as the bare base64 the <c>sound_file</c> field expects.</summary>
public sealed class KlingPreparedSound
{
    internal KlingPreparedSound(string name, string base64, KlingSoundFormat format, TimeSpan? duration, long length, IReadOnlyList<string> warnings)
    {
        Name = name;
        Base64 = base64;
        Format = format;
        Duration = duration;
        Length = length;
        Warnings = warnings;
    }

    /// <summary>File name (or the name given for a stream).</summary>
    public string Name { get; }

    /// <summary>Bare base64 of the file, without a <c>data:</c> prefix.</summary>
    public string Base64 { get; }

    /// <summary>Detected container.</summary>
    public KlingSoundFormat Format { get; }

    /// <summary>Duration read from the container (an estimate for MP3/AAC), or null when the container does not tell it.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>Size of the file in bytes.</summary>
    public long Length { get; }

    /// <summary>Findings that do not block the upload, e.g. a sound longer than the 60 s CometAPI documents.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Format}, {(Duration is { } d ? d.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s" : "duration unknown")}, {Length} bytes)";
}
