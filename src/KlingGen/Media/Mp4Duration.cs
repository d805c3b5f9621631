using System;
using System.IO;

namespace KlingGen;

/// <summary>Reads the movie duration from the <c>moov/mvhd</c> box of an MP4/M4A file.</summary>
internal static class Mp4Duration
{
    /// <summary>Returns the duration, or null when there is no readable <c>mvhd</c>.</summary>
    public static TimeSpan? Read(Stream stream)
    {
        var start = stream.Position;
        var end = stream.Length;
        var moov = FindBox(stream, start, end, "moov");
        if (moov is null)
        {
            return null;
        }

        var mvhd = FindBox(stream, moov.Value.ContentStart, moov.Value.End, "mvhd");
        if (mvhd is null)
        {
            return null;
        }

        stream.Position = mvhd.Value.ContentStart;
        var body = new byte[32];
        if (!StreamReading.TryReadExactly(stream, body, 4))
        {
            return null;
        }

        var version = body[0];
        var fieldsLength = version == 1 ? 28 : 16;
        if (!StreamReading.TryReadExactly(stream, body, fieldsLength))
        {
            return null;
        }

        uint timescale;
        ulong duration;
        if (version == 1)
        {
            timescale = StreamReading.BigEndian32(body, 16);
            duration = StreamReading.BigEndian64(body, 20);
        }
        else
        {
            timescale = StreamReading.BigEndian32(body, 8);
            duration = StreamReading.BigEndian32(body, 12);
        }

        return timescale == 0 ? null : TimeSpan.FromSeconds((double)duration / timescale);
    }

    private static (long ContentStart, long End)? FindBox(Stream stream, long from, long to, string type)
    {
        var header = new byte[16];
        var position = from;
        while (position + 8 <= to)
        {
            stream.Position = position;
            if (!StreamReading.TryReadExactly(stream, header, 8))
            {
                return null;
            }

            long size = StreamReading.BigEndian32(header, 0);
            var headerLength = 8L;
            if (size == 1)
            {
                if (!StreamReading.TryReadExactly(stream, header, 8))
                {
                    return null;
                }

                size = (long)StreamReading.BigEndian64(header, 0);
                headerLength = 16;
                stream.Position = position + 4;
                StreamReading.TryReadExactly(stream, header, 4);
            }
            else if (size == 0)
            {
                size = to - position;
            }

            if (size < headerLength)
            {
                return null;
            }

            if (StreamReading.StartsWith(header, 4, type) || (headerLength == 16 && StreamReading.StartsWith(header, 0, type)))
            {
                return (position + headerLength, Math.Min(position + size, to));
            }

            position += size;
        }

        return null;
    }
}
