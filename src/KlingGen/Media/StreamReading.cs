using System;
using System.IO;

namespace KlingGen;

/// <summary>Small helpers for reading container headers from a seekable stream.</summary>
internal static class StreamReading
{
    /// <summary>Reads up to <paramref name="buffer"/>.Length bytes; returns how many were read (fewer only at the end).</summary>
    public static int ReadUpTo(Stream stream, byte[] buffer, int count)
    {
        var total = 0;
        while (total < count)
        {
            var read = stream.Read(buffer, total, count - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes or returns false at the end of the stream.</summary>
    public static bool TryReadExactly(Stream stream, byte[] buffer, int count) => ReadUpTo(stream, buffer, count) == count;

    public static ushort BigEndian16(byte[] b, int offset) => (ushort)((b[offset] << 8) | b[offset + 1]);

    public static uint BigEndian32(byte[] b, int offset) =>
        ((uint)b[offset] << 24) | ((uint)b[offset + 1] << 16) | ((uint)b[offset + 2] << 8) | b[offset + 3];

    public static ulong BigEndian64(byte[] b, int offset) => ((ulong)BigEndian32(b, offset) << 32) | BigEndian32(b, offset + 4);

    public static uint LittleEndian32(byte[] b, int offset) =>
        b[offset] | ((uint)b[offset + 1] << 8) | ((uint)b[offset + 2] << 16) | ((uint)b[offset + 3] << 24);

    public static ushort LittleEndian16(byte[] b, int offset) => (ushort)(b[offset] | (b[offset + 1] << 8));

    public static bool StartsWith(byte[] b, int offset, string ascii)
    {
        if (offset + ascii.Length > b.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (b[offset + i] != (byte)ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Moves forward by <paramref name="count"/> bytes; false when that passes the end.</summary>
    public static bool Skip(Stream stream, long count)
    {
        if (count < 0 || stream.Position + count > stream.Length)
        {
            return false;
        }

        stream.Position += count;
        return true;
    }
}
