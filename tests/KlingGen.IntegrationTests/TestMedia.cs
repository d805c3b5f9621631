using System;
using System.IO;
using System.Text;

namespace KlingGen.IntegrationTests;

/// <summary>Builds tiny media files whose headers say what the tests need; the payload is filler.</summary>
internal static class TestMedia
{
    public static byte[] Png(int width, int height, int totalLength = 64)
    {
        var bytes = new byte[Math.Max(totalLength, 33)];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        WriteBigEndian(bytes, 8, 13);
        Encoding.ASCII.GetBytes("IHDR").CopyTo(bytes, 12);
        WriteBigEndian(bytes, 16, (uint)width);
        WriteBigEndian(bytes, 20, (uint)height);
        bytes[24] = 8;
        bytes[25] = 2;
        return bytes;
    }

    public static byte[] Jpeg(int width, int height, int exifPadding = 100)
    {
        using var s = new MemoryStream();
        s.Write(new byte[] { 0xFF, 0xD8 });
        // APP1 segment of filler, to prove the reader skips segments.
        s.Write(new byte[] { 0xFF, 0xE1, (byte)((exifPadding + 2) >> 8), (byte)((exifPadding + 2) & 0xFF) });
        s.Write(new byte[exifPadding]);
        s.Write(new byte[] { 0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03 });
        s.Write(new byte[9]);
        s.Write(new byte[] { 0xFF, 0xD9 });
        return s.ToArray();
    }

    /// <summary>16-bit mono PCM WAV; real silence so it is a playable file.</summary>
    public static byte[] Wav(double seconds, int sampleRate = 8000)
    {
        var dataBytes = (int)(seconds * sampleRate) * 2;
        var bytes = new byte[44 + dataBytes];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(bytes, 0);
        BitConverter.GetBytes(36 + dataBytes).CopyTo(bytes, 4);
        Encoding.ASCII.GetBytes("WAVEfmt ").CopyTo(bytes, 8);
        BitConverter.GetBytes(16).CopyTo(bytes, 16);
        BitConverter.GetBytes((short)1).CopyTo(bytes, 20);
        BitConverter.GetBytes((short)1).CopyTo(bytes, 22);
        BitConverter.GetBytes(sampleRate).CopyTo(bytes, 24);
        BitConverter.GetBytes(sampleRate * 2).CopyTo(bytes, 28);
        BitConverter.GetBytes((short)2).CopyTo(bytes, 32);
        BitConverter.GetBytes((short)16).CopyTo(bytes, 34);
        Encoding.ASCII.GetBytes("data").CopyTo(bytes, 36);
        BitConverter.GetBytes(dataBytes).CopyTo(bytes, 40);
        return bytes;
    }

    /// <summary>An ID3 tag followed by constant-bitrate MPEG-1 Layer III frames at 128 kbit/s, 44.1 kHz.</summary>
    public static byte[] Mp3(double seconds)
    {
        var audioBytes = (int)(seconds * 128000 / 8);
        var bytes = new byte[10 + audioBytes];
        Encoding.ASCII.GetBytes("ID3").CopyTo(bytes, 0);
        bytes[3] = 4;
        new byte[] { 0xFF, 0xFB, 0x90, 0x64 }.CopyTo(bytes, 10);
        return bytes;
    }

    /// <summary>ADTS AAC frames (44.1 kHz), each 1024 samples and 20 bytes long.</summary>
    public static byte[] Aac(double seconds)
    {
        var frames = (int)Math.Ceiling(seconds * 44100 / 1024);
        const int frameLength = 20;
        var bytes = new byte[frames * frameLength];
        for (var i = 0; i < frames; i++)
        {
            var o = i * frameLength;
            bytes[o] = 0xFF;
            bytes[o + 1] = 0xF1;
            bytes[o + 2] = (byte)((1 << 6) | (4 << 2));
            bytes[o + 3] = (byte)(0x80 | ((frameLength >> 11) & 0x03));
            bytes[o + 4] = (byte)((frameLength >> 3) & 0xFF);
            bytes[o + 5] = (byte)(((frameLength & 0x07) << 5) | 0x1F);
            bytes[o + 6] = 0xFC;
        }

        return bytes;
    }

    public static byte[] Padded(byte[] header, long totalLength)
    {
        var bytes = new byte[totalLength];
        header.CopyTo(bytes, 0);
        return bytes;
    }

    private static void WriteBigEndian(byte[] bytes, int offset, uint value)
    {
        bytes[offset] = (byte)(value >> 24);
        bytes[offset + 1] = (byte)(value >> 16);
        bytes[offset + 2] = (byte)(value >> 8);
        bytes[offset + 3] = (byte)value;
    }
}
