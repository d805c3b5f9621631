using System;
using System.IO;

namespace KlingGen;

/// <summary>Identifies MP3/WAV/M4A/AAC by magic bytes and reads (or estimates) the duration from the container.</summary>
internal static class SoundHeaderReader
{
    private static readonly int[] AdtsSampleRates = { 96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350 };

    // Layer III bitrates in kbit/s: [MPEG-1, MPEG-2/2.5][index]
    private static readonly int[,] Mp3Bitrates =
    {
        { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0 },
        { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0 },
    };

    private static readonly int[] Mp3SampleRatesMpeg1 = { 44100, 48000, 32000, 0 };

    /// <summary>Identifies the sound and reads its duration when the container tells it (null otherwise).</summary>
    public static (KlingSoundFormat Format, TimeSpan? Duration) Read(Stream stream, string name)
    {
        var start = stream.Position;
        var head = new byte[12];
        var got = StreamReading.ReadUpTo(stream, head, head.Length);
        stream.Position = start;

        if (got >= 12 && StreamReading.StartsWith(head, 0, "RIFF") && StreamReading.StartsWith(head, 8, "WAVE"))
        {
            return (KlingSoundFormat.Wav, ReadWavDuration(stream, name));
        }

        if (got >= 8 && StreamReading.StartsWith(head, 4, "ftyp"))
        {
            return (KlingSoundFormat.M4a, Mp4Duration.Read(stream));
        }

        if (got >= 3 && StreamReading.StartsWith(head, 0, "ID3"))
        {
            return (KlingSoundFormat.Mp3, EstimateMp3Duration(stream, start));
        }

        if (got >= 2 && head[0] == 0xFF && (head[1] & 0xF0) == 0xF0 && (head[1] & 0x06) == 0)
        {
            return (KlingSoundFormat.Aac, EstimateAdtsDuration(stream));
        }

        if (got >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0)
        {
            return (KlingSoundFormat.Mp3, EstimateMp3Duration(stream, start));
        }

        throw new MediaValidationException(name, "format", ImageHeaderReader.DescribeMagic(head, got), "the sound must be an MP3, WAV, M4A or AAC file");
    }

    private static TimeSpan? ReadWavDuration(Stream stream, string name)
    {
        var chunk = new byte[16];
        stream.Position += 12;
        uint byteRate = 0;
        while (StreamReading.TryReadExactly(stream, chunk, 8))
        {
            var size = StreamReading.LittleEndian32(chunk, 4);
            if (StreamReading.StartsWith(chunk, 0, "fmt "))
            {
                if (size < 16 || !StreamReading.TryReadExactly(stream, chunk, 16))
                {
                    throw new MediaValidationException(name, "header", "a fmt chunk shorter than 16 bytes", "the WAV header must be readable");
                }

                byteRate = StreamReading.LittleEndian32(chunk, 8);
                if (!StreamReading.Skip(stream, size - 16 + (size & 1)))
                {
                    return null;
                }

                continue;
            }

            if (StreamReading.StartsWith(chunk, 0, "data"))
            {
                if (byteRate == 0)
                {
                    return null;
                }

                // A streaming writer may leave the size at its maximum; trust what the file really holds.
                var available = stream.Length - stream.Position;
                var dataBytes = Math.Min(size, available);
                return TimeSpan.FromSeconds((double)dataBytes / byteRate);
            }

            if (!StreamReading.Skip(stream, size + (size & 1)))
            {
                return null;
            }
        }

        return null;
    }

    private static TimeSpan? EstimateAdtsDuration(Stream stream)
    {
        var header = new byte[7];
        long frames = 0;
        var sampleRate = 0;
        while (StreamReading.TryReadExactly(stream, header, 7))
        {
            if (header[0] != 0xFF || (header[1] & 0xF0) != 0xF0)
            {
                break;
            }

            var rateIndex = (header[2] >> 2) & 0x0F;
            if (rateIndex >= AdtsSampleRates.Length)
            {
                break;
            }

            sampleRate = AdtsSampleRates[rateIndex];
            var frameLength = ((header[3] & 0x03) << 11) | (header[4] << 3) | (header[5] >> 5);
            var blocks = (header[6] & 0x03) + 1;
            if (frameLength < 7)
            {
                break;
            }

            frames += blocks;
            if (!StreamReading.Skip(stream, frameLength - 7))
            {
                break;
            }
        }

        return frames == 0 || sampleRate == 0 ? null : TimeSpan.FromSeconds(frames * 1024.0 / sampleRate);
    }

    /// <summary>Estimates the duration from the first frame: Xing/Info frame count when present, otherwise a constant-bitrate estimate.</summary>
    private static TimeSpan? EstimateMp3Duration(Stream stream, long start)
    {
        var buffer = new byte[10];
        stream.Position = start;
        if (!StreamReading.TryReadExactly(stream, buffer, 10))
        {
            return null;
        }

        long audioStart = start;
        if (StreamReading.StartsWith(buffer, 0, "ID3"))
        {
            var tagSize = (buffer[6] << 21) | (buffer[7] << 14) | (buffer[8] << 7) | buffer[9];
            audioStart = start + 10 + tagSize;
        }

        stream.Position = audioStart;
        var frame = new byte[4 + 32 + 12];
        var got = StreamReading.ReadUpTo(stream, frame, frame.Length);
        if (got < 4 || frame[0] != 0xFF || (frame[1] & 0xE0) != 0xE0)
        {
            return null;
        }

        var versionBits = (frame[1] >> 3) & 0x03; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
        var layerBits = (frame[1] >> 1) & 0x03;   // 1 = Layer III
        if (layerBits != 1 || versionBits == 1)
        {
            return null;
        }

        var mpeg1 = versionBits == 3;
        var bitrate = Mp3Bitrates[mpeg1 ? 0 : 1, (frame[2] >> 4) & 0x0F] * 1000;
        var baseRate = Mp3SampleRatesMpeg1[(frame[2] >> 2) & 0x03];
        if (bitrate == 0 || baseRate == 0)
        {
            return null;
        }

        var sampleRate = versionBits switch { 3 => baseRate, 2 => baseRate / 2, _ => baseRate / 4 };
        var samplesPerFrame = mpeg1 ? 1152 : 576;
        var mono = ((frame[3] >> 6) & 0x03) == 3;
        var sideInfo = mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17);
        var xing = 4 + sideInfo;
        if (got >= xing + 12 && (StreamReading.StartsWith(frame, xing, "Xing") || StreamReading.StartsWith(frame, xing, "Info")) && (frame[xing + 7] & 0x01) != 0)
        {
            var frameCount = StreamReading.BigEndian32(frame, xing + 8);
            return TimeSpan.FromSeconds((double)frameCount * samplesPerFrame / sampleRate);
        }

        var audioBytes = stream.Length - audioStart;
        return TimeSpan.FromSeconds(audioBytes * 8.0 / bitrate);
    }
}
