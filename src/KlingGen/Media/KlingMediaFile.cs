using System;
using System.Collections.Generic;

namespace KlingGen;

/// <summary>
/// A media file that passed the local checks and is read again, as base64, while the create call sends it: the base64
/// never exists as a string. Pass it to <c>CreateAvatarTaskAsync(request, image, sound)</c>. The file must not change
/// until the call returns (a changed size is refused).
/// </summary>
public abstract class KlingMediaFile
{
    private protected KlingMediaFile(string path, string name, long length)
    {
        Path = path;
        Name = name;
        Length = length;
    }

    /// <summary>Full path of the file.</summary>
    public string Path { get; }

    /// <summary>File name.</summary>
    public string Name { get; }

    /// <summary>Size of the file in bytes when it was checked.</summary>
    public long Length { get; }
}

/// <summary>An image file that passed the checks (see <see cref="KlingMedia.CheckImageFileAsync"/>).</summary>
public sealed class KlingImageFile : KlingMediaFile
{
    internal KlingImageFile(string path, string name, KlingImageFormat format, int width, int height, long length)
        : base(path, name, length)
    {
        Format = format;
        Width = width;
        Height = height;
    }

    /// <summary>Detected container.</summary>
    public KlingImageFormat Format { get; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Format}, {Width}x{Height} px, {Length} bytes)";
}

/// <summary>A sound file that passed the checks (see <see cref="KlingMedia.CheckSoundFileAsync"/>).</summary>
public sealed class KlingSoundFile : KlingMediaFile
{
    internal KlingSoundFile(string path, string name, KlingSoundFormat format, TimeSpan? duration, long length, IReadOnlyList<string> warnings)
        : base(path, name, length)
    {
        Format = format;
        Duration = duration;
        Warnings = warnings;
    }

    /// <summary>Detected format.</summary>
    public KlingSoundFormat Format { get; }

    /// <summary>Duration read from the headers, when they carry one.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>Checks that passed with a warning (e.g. longer than 60 s).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Format}, {Length} bytes)";
}
