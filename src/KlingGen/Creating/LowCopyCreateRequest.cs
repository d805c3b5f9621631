using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Client;
using KlingGen.Client.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace KlingGen;

/// <summary>
/// Sends the create call with the generated request builder's request information, but with a body that streams the
/// large base64 fields straight from the request's strings instead of serializing a second full copy of them.
/// Everything else in the body (small fields, additional data) is still written by Kiota's serializer.
/// </summary>
internal static class LowCopyCreateRequest
{
    /// <summary>Fields shorter than this are serialized normally.</summary>
    private const int SpliceThreshold = 16 * 1024;

    /// <summary>The generated builder's error mapping; the adapter only reads it, so one instance serves every call.</summary>
    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new()
    {
        { "4XX", KlingError.CreateFromDiscriminatorValue },
        { "5XX", KlingError.CreateFromDiscriminatorValue },
    };

    public static async Task<KlingTaskResponse?> SendAsync(KlingApiClient client, AvatarImage2VideoRequest request, IRequestOption[] options, KlingImageFile? imageFile, KlingSoundFile? soundFile, CancellationToken cancellationToken)
    {
        var builder = client.Kling.V1.Videos.Avatar.Image2video;
        var image = request.Image;
        var sound = request.SoundFile;
        var spliceImage = imageFile is not null || IsSpliceable(image);
        var spliceSound = soundFile is not null || IsSpliceable(sound);
        if (!spliceImage && !spliceSound)
        {
            // What the generated PostAsync does, with the request options added directly and a shared error mapping.
            var plain = builder.ToPostRequestInformation(request);
            plain.AddRequestOptions(options);
            return await client.Adapter.SendAsync(plain, KlingTaskResponse.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken).ConfigureAwait(false);
        }

        // Placeholders are plain alphanumerics, so they pass the base64 rule and are written verbatim by the serializer.
        var imageMarker = "KlingGenSpliceImage" + Guid.NewGuid().ToString("N");
        var soundMarker = "KlingGenSpliceSound" + Guid.NewGuid().ToString("N");
        RequestInformation information;
        try
        {
            if (spliceImage)
            {
                request.Image = imageMarker;
            }

            if (spliceSound)
            {
                request.SoundFile = soundMarker;
            }

            information = builder.ToPostRequestInformation(request);
            information.AddRequestOptions(options);
        }
        finally
        {
            request.Image = image;
            request.SoundFile = sound;
        }

        var skeleton = ReadAll(information.Content);
        var segments = Splice(skeleton, new List<(string Marker, Func<SplicedJsonStream.Segment> Value)>
        {
            (spliceImage ? imageMarker : string.Empty, () => imageFile is null ? SplicedJsonStream.Segment.FromAscii(image!) : SplicedJsonStream.Segment.FromFileAsBase64(imageFile.Path, imageFile.Length)),
            (spliceSound ? soundMarker : string.Empty, () => soundFile is null ? SplicedJsonStream.Segment.FromAscii(sound!) : SplicedJsonStream.Segment.FromFileAsBase64(soundFile.Path, soundFile.Length)),
        });
        information.SetStreamContent(new SplicedJsonStream(segments), "application/json");

        return await client.Adapter.SendAsync(information, KlingTaskResponse.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsSpliceable(string? value)
    {
        if (value is null || value.Length < SpliceThreshold)
        {
            return false;
        }

        foreach (var c in value)
        {
            var plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
            if (!plain)
            {
                return false;
            }
        }

        return true;
    }

    private static byte[] ReadAll(Stream? content)
    {
        if (content is null)
        {
            return Array.Empty<byte>();
        }

        if (content is MemoryStream memory)
        {
            return memory.ToArray();
        }

        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }

    private static List<SplicedJsonStream.Segment> Splice(byte[] skeleton, List<(string Marker, Func<SplicedJsonStream.Segment> Value)> replacements)
    {
        var text = Encoding.UTF8.GetString(skeleton);
        var cuts = new List<(int At, int Length, Func<SplicedJsonStream.Segment> Value)>();
        foreach (var (marker, value) in replacements)
        {
            if (marker.Length == 0)
            {
                continue;
            }

            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException("The serialized request did not contain the expected media field.");
            }

            cuts.Add((at, marker.Length, value));
        }

        cuts.Sort((a, b) => a.At.CompareTo(b.At));
        var segments = new List<SplicedJsonStream.Segment>();
        var cursor = 0;
        try
        {
            foreach (var (at, length, value) in cuts)
            {
                segments.Add(SplicedJsonStream.Segment.FromBytes(Encoding.UTF8.GetBytes(text.Substring(cursor, at - cursor))));
                segments.Add(value());
                cursor = at + length;
            }
        }
        catch
        {
            // A file segment refused (file changed): close the files already opened.
            foreach (var segment in segments)
            {
                segment.Dispose();
            }

            throw;
        }

        segments.Add(SplicedJsonStream.Segment.FromBytes(Encoding.UTF8.GetBytes(text.Substring(cursor))));
        return segments;
    }
}
