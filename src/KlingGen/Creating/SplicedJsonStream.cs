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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var segment in segments)
            {
                segment.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>A piece of the body: bytes, an ASCII string, or a file read as base64.</summary>
    internal abstract class Segment : IDisposable
    {
        public abstract int Length { get; }

        public static Segment FromBytes(byte[] bytes) => new BytesSegment(bytes);

        public static Segment FromAscii(string value) => new AsciiSegment(value);

        public static Segment FromFileAsBase64(string path, long length) => new FileBase64Segment(path, length);

        public abstract void CopyTo(int from, byte[] destination, int destinationOffset, int count);

        public virtual void Dispose()
        {
        }
    }

    private sealed class BytesSegment : Segment
    {
        private readonly byte[] bytes;

        public BytesSegment(byte[] bytes) => this.bytes = bytes;

        public override int Length => bytes.Length;

        public override void CopyTo(int from, byte[] destination, int destinationOffset, int count) => Buffer.BlockCopy(bytes, from, destination, destinationOffset, count);
    }

    private sealed class AsciiSegment : Segment
    {
        private readonly string ascii;

        public AsciiSegment(string ascii) => this.ascii = ascii;

        public override int Length => ascii.Length;

        public override void CopyTo(int from, byte[] destination, int destinationOffset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                destination[destinationOffset + i] = (byte)ascii[from + i];
            }
        }
    }

    /// <summary>
    /// A file encoded to base64 on the fly, one 64 KB window at a time, at any position (the stream may be rewound for a
    /// retry). Each window of output starts on a 3-byte boundary of the input, so windows encode independently.
    /// </summary>
    private sealed class FileBase64Segment : Segment
    {
        private const int WindowInput = 3 * 16 * 1024;
        private const int WindowOutput = 4 * 16 * 1024;

        private readonly string path;
        private readonly long inputLength;
        private readonly int length;
        private FileStream? file;
        private byte[]? input;
        private byte[]? output;
        private long windowStart = -1;
        private int windowCount;

        /// <exception cref="InvalidOperationException">The file's size is no longer the checked one (refused before anything is sent).</exception>
        public FileBase64Segment(string path, long inputLength)
        {
            this.path = path;
            this.inputLength = inputLength;
            length = checked((int)((inputLength + 2) / 3 * 4));
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (file.Length != inputLength)
            {
                var now = file.Length;
                file.Dispose();
                throw new InvalidOperationException($"The file {System.IO.Path.GetFileName(path)} changed since it was checked ({inputLength} bytes, now {now}).");
            }
        }

        public override int Length => length;

        public override void CopyTo(int from, byte[] destination, int destinationOffset, int count)
        {
            while (count > 0)
            {
                if (windowStart < 0 || from < windowStart || from >= windowStart + windowCount)
                {
                    Fill(from / WindowOutput * (long)WindowOutput);
                }

                var at = (int)(from - windowStart);
                var take = Math.Min(count, windowCount - at);
                Buffer.BlockCopy(output!, at, destination, destinationOffset, take);
                from += take;
                destinationOffset += take;
                count -= take;
            }
        }

        public override void Dispose()
        {
            file?.Dispose();
            file = null;
        }

        private void Fill(long outputStart)
        {
            if (file is null)
            {
                throw new ObjectDisposedException(nameof(SplicedJsonStream));
            }

            input ??= new byte[WindowInput];
            output ??= new byte[WindowOutput];

            file.Position = outputStart / 4 * 3;
            var read = StreamReading.ReadUpTo(file, input!, WindowInput);
            if (read == 0 || (read < WindowInput && file.Position != inputLength))
            {
                throw new InvalidOperationException($"The file {System.IO.Path.GetFileName(path)} changed while it was being sent.");
            }

            var status = System.Buffers.Text.Base64.EncodeToUtf8(new ReadOnlySpan<byte>(input, 0, read), output, out _, out var written);
            if (status != System.Buffers.OperationStatus.Done)
            {
                throw new InvalidOperationException("Base64 encoding failed: " + status);
            }

            windowStart = outputStart;
            windowCount = written;
        }
    }
}
