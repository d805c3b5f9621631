using System;
using System.IO;
using System.Threading.Tasks;
using KlingGen.Testing;
using Xunit;

namespace KlingGen.IntegrationTests;

public sealed class MediaPreflightTests
{
    [Fact]
    public async Task Png_within_limits_is_encoded_as_bare_base64()
    {
        var bytes = TestMedia.Png(512, 768, 1000);
        var image = await KlingMedia.PrepareImageAsync(new MemoryStream(bytes), "face.png");

        Assert.Equal(KlingImageFormat.Png, image.Format);
        Assert.Equal((512, 768), (image.Width, image.Height));
        Assert.Equal(Convert.ToBase64String(bytes), image.Base64);
        Assert.DoesNotContain("data:", image.Base64, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jpeg_size_is_read_from_the_frame_header_after_other_segments()
    {
        var bytes = TestMedia.Jpeg(1080, 1920, exifPadding: 5000);
        var image = await KlingMedia.PrepareImageAsync(new MemoryStream(bytes), "portrait.jpg");

        Assert.Equal(KlingImageFormat.Jpeg, image.Format);
        Assert.Equal((1080, 1920), (image.Width, image.Height));
        Assert.Equal(Convert.ToBase64String(bytes), image.Base64);
    }

    [Fact]
    public async Task Image_from_a_file_path_is_checked_and_named_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kling-small-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(path, TestMedia.Png(200, 400));
        try
        {
            var error = await Assert.ThrowsAsync<MediaValidationException>(() => KlingMedia.PrepareImageAsync(path));
            Assert.Equal("minSide", error.Rule);
            Assert.Equal("200x400 px", error.ActualValue);
            Assert.Contains(Path.GetFileName(path), error.Message, StringComparison.Ordinal);
            Assert.Contains("300 px", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(300, 751, "aspectRatio")]
    [InlineData(800, 300, "aspectRatio")]
    [InlineData(299, 600, "minSide")]
    public async Task Image_geometry_rules_are_enforced(int width, int height, string rule)
    {
        var error = await Assert.ThrowsAsync<MediaValidationException>(
            () => KlingMedia.PrepareImageAsync(new MemoryStream(TestMedia.Png(width, height)), "x.png"));
        Assert.Equal(rule, error.Rule);
        Assert.Contains($"{width}x{height}", error.ActualValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aspect_ratio_exactly_two_and_a_half_is_accepted()
    {
        var image = await KlingMedia.PrepareImageAsync(new MemoryStream(TestMedia.Png(300, 750)), "tall.png");
        Assert.Equal(750, image.Height);
    }

    [Fact]
    public async Task Image_over_ten_megabytes_is_refused_with_its_size()
    {
        var bytes = TestMedia.Padded(TestMedia.Png(1000, 1000), KlingMediaLimits.MaxImageBytes + 1);
        var error = await Assert.ThrowsAsync<MediaValidationException>(() => KlingMedia.PrepareImageAsync(new MemoryStream(bytes), "big.png"));
        Assert.Equal("maxSize", error.Rule);
        Assert.Equal($"{KlingMediaLimits.MaxImageBytes + 1} bytes", error.ActualValue);
    }

    [Fact]
    public async Task Gif_is_refused_by_its_magic_bytes()
    {
        var gif = System.Text.Encoding.ASCII.GetBytes("GIF89a........................");
        var error = await Assert.ThrowsAsync<MediaValidationException>(() => KlingMedia.PrepareImageAsync(new MemoryStream(gif), "anim.gif"));
        Assert.Equal("format", error.Rule);
        Assert.Contains("47-49-46-38", error.ActualValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forward_only_streams_are_accepted()
    {
        var bytes = TestMedia.Png(400, 400, 300_000);
        var image = await KlingMedia.PrepareImageAsync(new ForwardOnlyStream(bytes), "pipe.png");
        Assert.Equal(Convert.ToBase64String(bytes), image.Base64);
    }

    [Fact]
    public async Task Wav_duration_comes_from_its_header()
    {
        var sound = await KlingMedia.PrepareSoundAsync(new MemoryStream(TestMedia.Wav(3)), "voice.wav");
        Assert.Equal(KlingSoundFormat.Wav, sound.Format);
        Assert.Equal(3, sound.Duration!.Value.TotalSeconds, 2);
        Assert.Empty(sound.Warnings);
    }

    [Fact]
    public async Task Sound_shorter_than_two_seconds_is_refused()
    {
        var error = await Assert.ThrowsAsync<MediaValidationException>(() => KlingMedia.PrepareSoundAsync(new MemoryStream(TestMedia.Wav(1.5)), "short.wav"));
        Assert.Equal("minDuration", error.Rule);
        Assert.Equal("1.5 s", error.ActualValue);
        Assert.Contains("short.wav", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sound_between_sixty_and_three_hundred_seconds_only_warns()
    {
        var sound = await KlingMedia.PrepareSoundAsync(new MemoryStream(TestMedia.Wav(90, sampleRate: 4000)), "long.wav");
        Assert.Equal(90, sound.Duration!.Value.TotalSeconds, 2);
        Assert.Contains(sound.Warnings, w => w.Contains("60 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sound_over_three_hundred_seconds_is_refused()
    {
        var error = await Assert.ThrowsAsync<MediaValidationException>(() => KlingMedia.PrepareSoundAsync(new MemoryStream(TestMedia.Wav(301, sampleRate: 4000)), "huge.wav"));
        Assert.Equal("maxDuration", error.Rule);
    }

    [Fact]
    public async Task Sound_over_five_megabytes_is_refused()
    {
        var bytes = TestMedia.Padded(TestMedia.Mp3(10), KlingMediaLimits.MaxSoundBytes + 10);
        var error = await Assert.ThrowsAsync<MediaValidationException>(() => KlingMedia.PrepareSoundAsync(new MemoryStream(bytes), "big.mp3"));
        Assert.Equal("maxSize", error.Rule);
    }

    [Fact]
    public async Task Mp3_duration_is_estimated_from_the_bitrate()
    {
        var sound = await KlingMedia.PrepareSoundAsync(new MemoryStream(TestMedia.Mp3(4)), "voice.mp3");
        Assert.Equal(KlingSoundFormat.Mp3, sound.Format);
        Assert.Equal(4, sound.Duration!.Value.TotalSeconds, 1);
    }

    [Fact]
    public async Task Aac_duration_is_counted_from_adts_frames()
    {
        var sound = await KlingMedia.PrepareSoundAsync(new MemoryStream(TestMedia.Aac(5)), "voice.aac");
        Assert.Equal(KlingSoundFormat.Aac, sound.Format);
        Assert.Equal(5, sound.Duration!.Value.TotalSeconds, 1);
    }

    [Fact]
    public async Task M4a_duration_comes_from_the_movie_header()
    {
        var sound = await KlingMedia.PrepareSoundAsync(new MemoryStream(Mp4Sample.Create(TimeSpan.FromSeconds(7.5))), "voice.m4a");
        Assert.Equal(KlingSoundFormat.M4a, sound.Format);
        Assert.Equal(7.5, sound.Duration!.Value.TotalSeconds, 2);
    }

    [Fact]
    public async Task Unknown_sound_format_is_refused()
    {
        var error = await Assert.ThrowsAsync<MediaValidationException>(
            () => KlingMedia.PrepareSoundAsync(new MemoryStream(System.Text.Encoding.ASCII.GetBytes("OggS0000000000000000")), "voice.ogg"));
        Assert.Equal("format", error.Rule);
        Assert.Contains("MP3, WAV, M4A or AAC", error.Message, StringComparison.Ordinal);
    }

    private sealed class ForwardOnlyStream : MemoryStream
    {
        public ForwardOnlyStream(byte[] bytes)
            : base(bytes)
        {
        }

        public override bool CanSeek => false;
    }
}
