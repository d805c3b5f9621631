using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace KlingGen.Quickstart;

/// <summary>Makes the bundled sample media in code: a simple drawn face (PNG) and a 3-second voice-like tone (WAV).</summary>
internal static class SampleMedia
{
    /// <summary>A 512×512 RGB PNG of a cartoon face.</summary>
    public static byte[] FacePng(int size = 512)
    {
        var raw = new byte[size * ((size * 3) + 1)];
        var center = size / 2.0;
        for (var y = 0; y < size; y++)
        {
            var row = y * ((size * 3) + 1);
            raw[row] = 0; // filter: none
            for (var x = 0; x < size; x++)
            {
                var (r, g, b) = Pixel(x, y, center, size);
                var at = row + 1 + (x * 3);
                raw[at] = r;
                raw[at + 1] = g;
                raw[at + 2] = b;
            }
        }

        using var png = new MemoryStream();
        png.Write(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        var header = new byte[13];
        WriteBigEndian(header, 0, (uint)size);
        WriteBigEndian(header, 4, (uint)size);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        WriteChunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            WriteChunk(png, "IDAT", compressed.ToArray());
        }

        WriteChunk(png, "IEND", Array.Empty<byte>());
        return png.ToArray();
    }

    /// <summary>A 16 kHz mono WAV: a gently modulated tone, loud enough to animate a mouth.</summary>
    public static byte[] VoiceWav(double seconds = 3, int sampleRate = 16000)
    {
        var samples = (int)(seconds * sampleRate);
        var bytes = new byte[44 + (samples * 2)];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(bytes, 0);
        BitConverter.GetBytes(36 + (samples * 2)).CopyTo(bytes, 4);
        Encoding.ASCII.GetBytes("WAVEfmt ").CopyTo(bytes, 8);
        BitConverter.GetBytes(16).CopyTo(bytes, 16);
        BitConverter.GetBytes((short)1).CopyTo(bytes, 20);
        BitConverter.GetBytes((short)1).CopyTo(bytes, 22);
        BitConverter.GetBytes(sampleRate).CopyTo(bytes, 24);
        BitConverter.GetBytes(sampleRate * 2).CopyTo(bytes, 28);
        BitConverter.GetBytes((short)2).CopyTo(bytes, 32);
        BitConverter.GetBytes((short)16).CopyTo(bytes, 34);
        Encoding.ASCII.GetBytes("data").CopyTo(bytes, 36);
        BitConverter.GetBytes(samples * 2).CopyTo(bytes, 40);
        for (var i = 0; i < samples; i++)
        {
            var t = (double)i / sampleRate;
            var syllables = 0.5 + (0.5 * Math.Sin(2 * Math.PI * 3 * t)); // about three "syllables" a second
            var pitch = 140 + (20 * Math.Sin(2 * Math.PI * 0.5 * t));
            var value = 0.4 * syllables * (Math.Sin(2 * Math.PI * pitch * t) + (0.3 * Math.Sin(2 * Math.PI * 2 * pitch * t)));
            BitConverter.GetBytes((short)(value * short.MaxValue * 0.7)).CopyTo(bytes, 44 + (i * 2));
        }

        return bytes;
    }

    private static (byte R, byte G, byte B) Pixel(int x, int y, double center, int size)
    {
        double Distance(double cx, double cy) => Math.Sqrt(((x - cx) * (x - cx)) + ((y - cy) * (y - cy)));
        var unit = size / 512.0;
        if (Distance(center - (70 * unit), center - (50 * unit)) < 22 * unit || Distance(center + (70 * unit), center - (50 * unit)) < 22 * unit)
        {
            return (40, 30, 30); // eyes
        }

        var mouthY = y - (center + (80 * unit));
        if (Math.Abs(x - center) < 70 * unit && mouthY > 0 && mouthY < 14 * unit)
        {
            return (150, 50, 60); // mouth
        }

        if (((x - center) * (x - center) / (170 * 170 * unit * unit)) + ((y - center) * (y - center) / (210 * 210 * unit * unit)) < 1)
        {
            return (238, 196, 160); // face
        }

        return (90, 140, 200); // background
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, (uint)data.Length);
        png.Write(length);
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type).CopyTo(typeAndData, 0);
        data.CopyTo(typeAndData, 4);
        png.Write(typeAndData);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, Crc32(typeAndData));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static void WriteBigEndian(byte[] bytes, int offset, uint value)
    {
        bytes[offset] = (byte)(value >> 24);
        bytes[offset + 1] = (byte)(value >> 16);
        bytes[offset + 2] = (byte)(value >> 8);
        bytes[offset + 3] = (byte)value;
    }
}
