using System;
using System.Collections.Generic;
using System.IO;

namespace KlingGen;

/// <summary>
/// A read-only, seekable stream that concatenates small UTF-8 byte segments with large ASCII strings (the base64 media),
/// transcoding the strings chunk by chunk as they are read. The request body is therefore never materialized a second
/// time next to the base64 strings the request already holds.
/// </summary>
internal sealed class SplicedJsonStream : Stream
{
    private readonly IReadOnlyList<Segment> segments;
    private readonly long length;
    private long position;

    public SplicedJsonStream(IReadOnlyList<Segment> segments)
    {
        this.segments = segments;
        foreach (var segment in segments)
        {
            length += segment.Length;
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => position = value >= 0 && value <= length ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        var segmentStart = 0L;
        foreach (var segment in segments)
        {
            var segmentEnd = segmentStart + segment.Length;
            if (position < segmentEnd && written < count)
            {
                var from = (int)(position - segmentStart);
                var take = (int)Math.Min(count - written, segment.Length - from);
                segment.CopyTo(from, buffer, offset + written, take);
                written += take;
                position += take;
            }

            if (written == count)
            {
                break;
            }

            segmentStart = segmentEnd;
        }

        return written;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => length + offset,
        };
        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>A run of bytes: either literal UTF-8 bytes or an ASCII-only string.</summary>
    internal readonly struct Segment
    {
        private readonly byte[]? bytes;
        private readonly string? ascii;

        private Segment(byte[]? bytes, string? ascii)
        {
            this.bytes = bytes;
            this.ascii = ascii;
        }

        public int Length => bytes?.Length ?? ascii!.Length;

        public static Segment FromBytes(byte[] bytes) => new(bytes, null);

        /// <summary>Wraps a string that must contain only ASCII characters needing no JSON escaping (e.g. base64).</summary>
        public static Segment FromAscii(string value) => new(null, value);

        public void CopyTo(int from, byte[] destination, int destinationOffset, int count)
        {
            if (bytes is not null)
            {
                Buffer.BlockCopy(bytes, from, destination, destinationOffset, count);
                return;
            }

            for (var i = 0; i < count; i++)
            {
                destination[destinationOffset + i] = (byte)ascii![from + i];
            }
        }
    }
}
