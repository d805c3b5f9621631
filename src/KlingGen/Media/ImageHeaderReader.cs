using System;
using System.IO;

namespace KlingGen;

/// <summary>Reads the format and pixel size of a PNG (IHDR) or JPEG (SOFn) from its header, without decoding pixels.</summary>
internal static class ImageHeaderReader
{
    /// <summary>Identifies the image and reads its size; the stream must be seekable and positioned at the start.</summary>
    /// <exception cref="MediaValidationException">Not a PNG/JPEG, or the header is damaged.</exception>
    public static (KlingImageFormat Format, int Width, int Height) Read(Stream stream, string name)
    {
        var start = stream.Position;
        var head = new byte[24];
        var got = StreamReading.ReadUpTo(stream, head, head.Length);
        try
        {
            if (got >= 24 && head[0] == 0x89 && StreamReading.StartsWith(head, 1, "PNG\r\n\u001a\n"))
            {
                if (!StreamReading.StartsWith(head, 12, "IHDR"))
                {
                    throw Damaged(name, "PNG without IHDR as its first chunk");
                }

                return (KlingImageFormat.Png, checked((int)StreamReading.BigEndian32(head, 16)), checked((int)StreamReading.BigEndian32(head, 20)));
            }

            if (got >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
            {
                stream.Position = start + 2;
                var (w, h) = ReadJpegSize(stream, name);
                return (KlingImageFormat.Jpeg, w, h);
            }
        }
        catch (OverflowException)
        {
            throw Damaged(name, "size field out of range");
        }

        throw new MediaValidationException(name, "format", DescribeMagic(head, got), "the image must be a JPG/JPEG or PNG file");
    }

    private static (int Width, int Height) ReadJpegSize(Stream stream, string name)
    {
        var marker = new byte[4];
        var sof = new byte[5];
        while (true)
        {
            // Markers may be padded with any number of 0xFF bytes.
            var b = stream.ReadByte();
            if (b < 0)
            {
                break;
            }

            if (b != 0xFF)
            {
                throw Damaged(name, $"JPEG marker expected at byte {stream.Position - 1}");
            }

            int code;
            do
            {
                code = stream.ReadByte();
            }
            while (code == 0xFF);

            if (code < 0)
            {
                break;
            }

            // Stand-alone markers have no length field.
            if (code == 0x01 || (code >= 0xD0 && code <= 0xD8))
            {
                continue;
            }

            if (code == 0xD9 || code == 0xDA)
            {
                break; // end of image or start of scan: no frame header came first
            }

            if (!StreamReading.TryReadExactly(stream, marker, 2))
            {
                break;
            }

            var length = StreamReading.BigEndian16(marker, 0);
            if (length < 2)
            {
                throw Damaged(name, "JPEG segment length below 2");
            }

            var isFrameHeader = code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC;
            if (isFrameHeader)
            {
                if (!StreamReading.TryReadExactly(stream, sof, 5))
                {
                    break;
                }

                // precision(1) height(2) width(2)
                return (StreamReading.BigEndian16(sof, 3), StreamReading.BigEndian16(sof, 1));
            }

            if (!StreamReading.Skip(stream, length - 2))
            {
                break;
            }
        }

        throw Damaged(name, "JPEG without a frame header (SOFn)");
    }

    private static MediaValidationException Damaged(string name, string what) =>
        new(name, "header", what, "the image header must be readable");

    internal static string DescribeMagic(byte[] head, int count)
    {
        if (count == 0)
        {
            return "an empty file";
        }

        var n = Math.Min(count, 8);
        return "bytes " + BitConverter.ToString(head, 0, n);
    }
}
