using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace KlingGen;

/// <summary>Encodes a stream as base64 in chunks, so the file is never held in memory as a whole byte array.</summary>
internal static class Base64Streaming
{
    private const int ChunkBytes = 3 * 16 * 1024; // a multiple of 3 keeps chunks independent

    /// <summary>Encodes the rest of a seekable stream into one string, allocating the string once.</summary>
    public static async Task<string> EncodeAsync(Stream stream, CancellationToken cancellationToken)
    {
        var length = stream.Length - stream.Position;
        if (length == 0)
        {
            return string.Empty;
        }

        var chars = checked((int)((length + 2) / 3 * 4));
#if NET8_0_OR_GREATER
        // string.Create takes a synchronous callback, so the chunks are read synchronously into the final string.
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return string.Create(chars, stream, static (span, source) =>
        {
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkBytes);
            try
            {
                var written = 0;
                while (true)
                {
                    var filled = StreamReading.ReadUpTo(source, buffer, ChunkBytes);
                    if (filled == 0)
                    {
                        break;
                    }

                    if (!Convert.TryToBase64Chars(buffer.AsSpan(0, filled), span.Slice(written), out var n))
                    {
                        throw new InvalidOperationException("The stream grew while it was being encoded.");
                    }

                    written += n;
                    if (filled < ChunkBytes)
                    {
                        break;
                    }
                }

                if (written != span.Length)
                {
                    throw new InvalidOperationException("The stream shrank while it was being encoded.");
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        });
#else
        var output = new char[chars];
        var written = 0;
        var input = new byte[ChunkBytes];
        while (true)
        {
            var filled = 0;
            while (filled < ChunkBytes)
            {
                var read = await stream.ReadAsync(input, filled, ChunkBytes - filled, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                filled += read;
            }

            if (filled == 0)
            {
                break;
            }

            written += Convert.ToBase64CharArray(input, 0, filled, output, written);
            if (filled < ChunkBytes)
            {
                break;
            }
        }

        return new string(output, 0, written);
#endif
    }
}
