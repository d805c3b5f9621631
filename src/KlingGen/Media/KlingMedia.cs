using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace KlingGen;

/// <summary>
/// Checks local images and sounds against Kling's documented limits and encodes them as the bare base64
/// the avatar route expects, so a bad file fails here with a clear message instead of after an upload.
/// </summary>
public static class KlingMedia
{
    /// <summary>Checks an image file (JPG/PNG, ≤ 10 MB, ≥ 300 px each side, aspect 1:2.5..2.5:1) and encodes it.</summary>
    /// <exception cref="MediaValidationException">The file breaks a rule.</exception>
    public static async Task<KlingPreparedImage> PrepareImageAsync(string path, CancellationToken cancellationToken = default)
    {
        using var stream = OpenRead(path);
        return await PrepareImageAsync(stream, Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks an image file like <see cref="PrepareImageAsync(string, CancellationToken)"/> without encoding it: the
    /// create call reads it as base64 while sending, so a 10 MB image costs no 27 MB base64 string.
    /// </summary>
    /// <exception cref="MediaValidationException">The file breaks a rule.</exception>
    public static Task<KlingImageFile> CheckImageFileAsync(string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var stream = OpenRead(path);
        var name = Path.GetFileName(path);
        var info = InspectImage(stream, name);
        return Task.FromResult(new KlingImageFile(Path.GetFullPath(path), name, info.Format, info.Width, info.Height, info.Length));
    }

    /// <summary>
    /// Checks a sound file like <see cref="PrepareSoundAsync(string, CancellationToken)"/> without encoding it: the
    /// create call reads it as base64 while sending.
    /// </summary>
    /// <exception cref="MediaValidationException">The file breaks a rule.</exception>
    public static Task<KlingSoundFile> CheckSoundFileAsync(string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var stream = OpenRead(path);
        var name = Path.GetFileName(path);
        var info = InspectSound(stream, name, out var warnings);
        return Task.FromResult(new KlingSoundFile(Path.GetFullPath(path), name, info.Format, info.Duration, info.Length, warnings));
    }

    /// <summary>Checks an image read from <paramref name="stream"/> and encodes it; <paramref name="name"/> appears in errors.</summary>
    /// <exception cref="MediaValidationException">The image breaks a rule.</exception>
    public static async Task<KlingPreparedImage> PrepareImageAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var seekable = await EnsureSeekableAsync(stream, name, KlingMediaLimits.MaxImageBytes, "image", cancellationToken).ConfigureAwait(false);
        try
        {
            var start = seekable.Position;
            var info = InspectImage(seekable, name);
            seekable.Position = start;
            var base64 = await Base64Streaming.EncodeAsync(seekable, cancellationToken).ConfigureAwait(false);
            return new KlingPreparedImage(name, base64, info.Format, info.Width, info.Height, info.Length);
        }
        finally
        {
            if (!ReferenceEquals(seekable, stream))
            {
                seekable.Dispose();
            }
        }
    }

    /// <summary>Checks a sound file (MP3/WAV/M4A/AAC, ≤ 5 MB, 2–300 s with a warning above 60 s) and encodes it.</summary>
    /// <exception cref="MediaValidationException">The file breaks a rule.</exception>
    public static async Task<KlingPreparedSound> PrepareSoundAsync(string path, CancellationToken cancellationToken = default)
    {
        using var stream = OpenRead(path);
        return await PrepareSoundAsync(stream, Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks a sound read from <paramref name="stream"/> and encodes it; <paramref name="name"/> appears in errors.</summary>
    /// <exception cref="MediaValidationException">The sound breaks a rule.</exception>
    public static async Task<KlingPreparedSound> PrepareSoundAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var seekable = await EnsureSeekableAsync(stream, name, KlingMediaLimits.MaxSoundBytes, "sound", cancellationToken).ConfigureAwait(false);
        try
        {
            var start = seekable.Position;
            var info = InspectSound(seekable, name, out var warnings);
            seekable.Position = start;
            var base64 = await Base64Streaming.EncodeAsync(seekable, cancellationToken).ConfigureAwait(false);
            return new KlingPreparedSound(name, base64, info.Format, info.Duration, info.Length, warnings);
        }
        finally
        {
            if (!ReferenceEquals(seekable, stream))
            {
                seekable.Dispose();
            }
        }
    }

    /// <summary>Runs the image checks on a seekable stream without encoding it; the position moves.</summary>
    /// <exception cref="MediaValidationException">The image breaks a rule.</exception>
    public static (KlingImageFormat Format, int Width, int Height, long Length) InspectImage(Stream stream, string name)
    {
        var length = stream.Length - stream.Position;
        CheckSize(name, length, KlingMediaLimits.MaxImageBytes, "image");
        var (format, width, height) = ImageHeaderReader.Read(stream, name);
        var shortSide = Math.Min(width, height);
        if (shortSide < KlingMediaLimits.MinImageSide)
        {
            throw new MediaValidationException(name, "minSide", $"{width}x{height} px", $"each side of the image must be at least {KlingMediaLimits.MinImageSide} px");
        }

        var ratio = (double)Math.Max(width, height) / shortSide;
        if (ratio > KlingMediaLimits.MaxAspectRatio)
        {
            throw new MediaValidationException(
                name,
                "aspectRatio",
                $"{width}x{height} px, ratio {ratio.ToString("0.##", CultureInfo.InvariantCulture)}:1",
                "the aspect ratio of the image must be between 1:2.5 and 2.5:1");
        }

        return (format, width, height, length);
    }

    /// <summary>Runs the sound checks on a seekable stream without encoding it; the position moves.</summary>
    /// <exception cref="MediaValidationException">The sound breaks a rule.</exception>
    public static (KlingSoundFormat Format, TimeSpan? Duration, long Length) InspectSound(Stream stream, string name, out IReadOnlyList<string> warnings)
    {
        var length = stream.Length - stream.Position;
        CheckSize(name, length, KlingMediaLimits.MaxSoundBytes, "sound");
        var (format, duration) = SoundHeaderReader.Read(stream, name);
        var found = new List<string>();
        if (duration is { } d)
        {
            var seconds = d.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture) + " s";
            if (d < KlingMediaLimits.MinSoundDuration)
            {
                throw new MediaValidationException(name, "minDuration", seconds, "the sound must last at least 2 s");
            }

            if (d > KlingMediaLimits.HardMaxSoundDuration)
            {
                throw new MediaValidationException(name, "maxDuration", seconds, "the sound must last at most 300 s");
            }

            if (d > KlingMediaLimits.DocumentedMaxSoundDuration)
            {
                found.Add($"{name}: the sound lasts {seconds}; CometAPI documents 60 s as the limit (Kling accepts up to 300 s), so the request may be refused.");
            }
        }
        else
        {
            found.Add($"{name}: the {format} container does not state its duration; the 2-60 s rule was not checked locally.");
        }

        warnings = found;
        return (format, duration, length);
    }

    private static void CheckSize(string name, long length, long max, string what)
    {
        if (length > max)
        {
            throw new MediaValidationException(name, "maxSize", $"{length} bytes", $"the {what} must be at most {max / (1024 * 1024)} MB ({max} bytes)");
        }

        if (length == 0)
        {
            throw new MediaValidationException(name, "format", "an empty file", $"the {what} must not be empty");
        }
    }

    private static FileStream OpenRead(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
    }

    /// <summary>Copies a forward-only stream into memory (refusing it once it passes the size limit); seekable streams are used as they are.</summary>
    private static async Task<Stream> EnsureSeekableAsync(Stream stream, string name, long max, string what, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > max)
            {
                copy.Dispose();
                throw new MediaValidationException(name, "maxSize", $"more than {max} bytes", $"the {what} must be at most {max / (1024 * 1024)} MB ({max} bytes)");
            }
        }

        copy.Position = 0;
        return copy;
    }
}
