using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using KlingGen.Client.Models;
using KlingGen.Testing;
using Xunit;

namespace KlingGen.IntegrationTests;

/// <summary>Every injected fault is either survived or reported, and no fault ever produces a second paid task.</summary>
public sealed class FaultToleranceTests
{
    [Fact]
    public async Task Dropped_connection_after_the_task_was_created_does_not_create_a_second_task()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        sim.Inject(KlingFault.DropConnection(KlingSimulatorRoute.Create));

        var task = await client.CreateAvatarTaskAsync(await Sim.RequestAsync());

        var only = Assert.Single(sim.Tasks);
        Assert.Equal(only.TaskId, task.TaskId);
        Assert.Single(sim.Requests, r => r.Route == KlingSimulatorRoute.Create);
        Assert.Contains(sim.Requests, r => r.Route == KlingSimulatorRoute.Query && r.Path.EndsWith(only.ExternalTaskId!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gateway_error_after_the_task_was_created_returns_that_task()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        sim.Inject(KlingFault.ServerError(502, KlingSimulatorRoute.Create, createsTask: true));

        var task = await client.CreateAvatarTaskAsync(await Sim.RequestAsync());

        Assert.Equal(Assert.Single(sim.Tasks).TaskId, task.TaskId);
        Assert.Single(sim.Requests, r => r.Route == KlingSimulatorRoute.Create);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Server_error_without_a_task_is_sent_again_once_the_service_confirms_there_is_none(int status)
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        sim.Inject(KlingFault.ServerError(status, KlingSimulatorRoute.Create));

        var task = await client.CreateAvatarTaskAsync(await Sim.RequestAsync());

        Assert.Equal(Assert.Single(sim.Tasks).TaskId, task.TaskId);
        var creates = sim.Requests.Where(r => r.Route == KlingSimulatorRoute.Create).ToList();
        Assert.Equal(2, creates.Count);
        Assert.Equal(creates[0].ExternalTaskId, creates[1].ExternalTaskId);
    }

    [Fact]
    public async Task Rate_limit_with_retry_after_is_honoured_on_create()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        sim.Inject(KlingFault.RateLimited(TimeSpan.FromSeconds(1), KlingSimulatorRoute.Create));

        var stopwatch = Stopwatch.StartNew();
        var task = await client.CreateAvatarTaskAsync(await Sim.RequestAsync());

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {stopwatch.Elapsed}");
        Assert.Equal(Assert.Single(sim.Tasks).TaskId, task.TaskId);
        var creates = sim.Requests.Where(r => r.Route == KlingSimulatorRoute.Create).ToList();
        Assert.Equal(2, creates.Count);
        Assert.True(creates[1].ReceivedAt - creates[0].ReceivedAt >= TimeSpan.FromSeconds(0.9));
        Assert.DoesNotContain(sim.Requests, r => r.Route == KlingSimulatorRoute.Query);
    }

    [Fact]
    public async Task Large_media_body_is_streamed_intact_and_replayed_intact_after_a_rate_limit()
    {
        await using var sim = await Sim.StartAsync(o => o.MaxRecordedBodyChars = 4 * 1024 * 1024);
        var client = Sim.Client(sim);
        sim.Inject(KlingFault.RateLimited(TimeSpan.FromSeconds(1), KlingSimulatorRoute.Create));
        var bytes = TestMedia.Png(600, 800, 300_000);
        new Random(7).NextBytes(bytes.AsSpan(64));
        var image = await KlingMedia.PrepareImageAsync(new System.IO.MemoryStream(bytes), "large.png");
        var sound = await KlingMedia.PrepareSoundAsync(new System.IO.MemoryStream(TestMedia.Wav(6)), "voice.wav");
        var request = new AvatarImage2VideoRequest { Image = image.Base64, SoundFile = sound.Base64, Prompt = "Quote \" and ünïcode", ExternalTaskId = "big-1" };

        var task = await client.CreateAvatarTaskAsync(request);

        Assert.Equal(Assert.Single(sim.Tasks).TaskId, task.TaskId);
        var creates = sim.Requests.Where(r => r.Route == KlingSimulatorRoute.Create).ToList();
        Assert.Equal(2, creates.Count);
        foreach (var create in creates)
        {
            Assert.Equal("application/json", create.ContentType);
            Assert.Equal(create.Body!.Length, create.BodyLength);
            using var body = System.Text.Json.JsonDocument.Parse(create.Body!);
            Assert.Equal(image.Base64, body.RootElement.GetProperty("image").GetString());
            Assert.Equal(sound.Base64, body.RootElement.GetProperty("sound_file").GetString());
            Assert.Equal("Quote \" and ünïcode", body.RootElement.GetProperty("prompt").GetString());
            Assert.Equal("big-1", body.RootElement.GetProperty("external_task_id").GetString());
        }

        Assert.Equal(image.Base64, request.Image);
    }

    [Fact]
    public async Task Checked_files_are_streamed_as_base64_intact_and_replayed_intact_after_a_rate_limit()
    {
        await using var sim = await Sim.StartAsync(o => o.MaxRecordedBodyChars = 4 * 1024 * 1024);
        var client = Sim.Client(sim);
        sim.Inject(KlingFault.RateLimited(TimeSpan.FromSeconds(1), KlingSimulatorRoute.Create));
        var directory = System.IO.Directory.CreateTempSubdirectory("kling-files-");
        try
        {
            // Sizes that are not multiples of 3 or of the 48 KB encoding window, so padding and window edges are exercised.
            var imageBytes = TestMedia.Png(600, 800, 300_001);
            new Random(11).NextBytes(imageBytes.AsSpan(64));
            var soundBytes = TestMedia.Wav(6);
            var imagePath = System.IO.Path.Combine(directory.FullName, "large.png");
            var soundPath = System.IO.Path.Combine(directory.FullName, "voice.wav");
            await System.IO.File.WriteAllBytesAsync(imagePath, imageBytes);
            await System.IO.File.WriteAllBytesAsync(soundPath, soundBytes);
            var request = new AvatarImage2VideoRequest { Prompt = "Quote \" and ünïcode", ExternalTaskId = "files-1" };

            var task = await client.CreateAvatarTaskAsync(request, await KlingMedia.CheckImageFileAsync(imagePath), await KlingMedia.CheckSoundFileAsync(soundPath));

            Assert.Equal(Assert.Single(sim.Tasks).TaskId, task.TaskId);
            var creates = sim.Requests.Where(r => r.Route == KlingSimulatorRoute.Create).ToList();
            Assert.Equal(2, creates.Count);
            foreach (var create in creates)
            {
                Assert.Equal(create.Body!.Length, create.BodyLength);
                using var body = System.Text.Json.JsonDocument.Parse(create.Body!);
                Assert.Equal(Convert.ToBase64String(imageBytes), body.RootElement.GetProperty("image").GetString());
                Assert.Equal(Convert.ToBase64String(soundBytes), body.RootElement.GetProperty("sound_file").GetString());
                Assert.Equal("Quote \" and ünïcode", body.RootElement.GetProperty("prompt").GetString());
            }

            Assert.Null(request.Image);
            Assert.Null(request.SoundFile);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_checked_file_that_changed_before_sending_is_refused_and_nothing_is_created()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        var directory = System.IO.Directory.CreateTempSubdirectory("kling-files-");
        try
        {
            var imagePath = System.IO.Path.Combine(directory.FullName, "face.png");
            await System.IO.File.WriteAllBytesAsync(imagePath, TestMedia.Png(512, 512, 4096));
            var image = await KlingMedia.CheckImageFileAsync(imagePath);
            await System.IO.File.WriteAllBytesAsync(imagePath, TestMedia.Png(512, 512, 8192));

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.CreateAvatarTaskAsync(new AvatarImage2VideoRequest { AudioId = "audio-1" }, image));

            Assert.Contains("face.png changed", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(sim.Requests, r => r.Route == KlingSimulatorRoute.Create);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Slow_create_beyond_the_request_timeout_is_resolved_without_a_duplicate()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim, o => o.RequestTimeout = TimeSpan.FromMilliseconds(500));
        sim.Inject(KlingFault.Slow(TimeSpan.FromSeconds(3), KlingSimulatorRoute.Create));

        var task = await client.CreateAvatarTaskAsync(await Sim.RequestAsync());

        Assert.Equal(Assert.Single(sim.Tasks).TaskId, task.TaskId);
    }

    [Fact]
    public async Task Create_errors_that_prove_nothing_was_created_are_reported_not_repeated()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        sim.Inject(KlingFault.RateLimited(TimeSpan.FromSeconds(1), KlingSimulatorRoute.Create).Times(10));

        var error = await Assert.ThrowsAsync<KlingError>(async () => await client.CreateAvatarTaskAsync(await Sim.RequestAsync()));

        Assert.Equal(429, error.HttpStatus);
        Assert.Equal(1303, error.KlingCode);
        Assert.True(error.IsRetryable);
        Assert.Empty(sim.Tasks);
        Assert.DoesNotContain(sim.Requests, r => r.Route == KlingSimulatorRoute.Query);
    }

    [Fact]
    public async Task Polling_survives_server_errors_rate_limits_and_dropped_connections()
    {
        await using var sim = await Sim.StartAsync(o => o.ProcessingDuration = TimeSpan.FromMilliseconds(400));
        var client = Sim.Client(sim);
        var task = await client.CreateAvatarTaskAsync(await Sim.RequestAsync());
        sim.Inject(KlingFault.ServerError(500, KlingSimulatorRoute.Query));
        sim.Inject(KlingFault.ServerError(502, KlingSimulatorRoute.Query));
        sim.Inject(KlingFault.DropConnection(KlingSimulatorRoute.Query));
        sim.Inject(KlingFault.RateLimited(TimeSpan.FromSeconds(1), KlingSimulatorRoute.Query));
        sim.Inject(KlingFault.ServerError(503, KlingSimulatorRoute.Query));
        sim.Inject(KlingFault.Slow(TimeSpan.FromMilliseconds(200), KlingSimulatorRoute.Query));

        var done = await client.WaitForAvatarTaskAsync(task.TaskId!);

        Assert.Equal(KlingTaskStatus.Succeed, done.TaskStatus);
        Assert.True(sim.Requests.Count(r => r.Route == KlingSimulatorRoute.Query) >= 6);
    }

    [Fact]
    public async Task Unreachable_service_during_lookup_reports_an_unknown_outcome_with_the_external_id()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim, o => o.MaxOutcomeLookups = 2);
        sim.Inject(KlingFault.DropConnection(KlingSimulatorRoute.Create));
        sim.Inject(KlingFault.DropConnection(KlingSimulatorRoute.Query).Times(5));
        var request = await Sim.RequestAsync();

        var error = await Assert.ThrowsAsync<KlingTaskOutcomeUnknownException>(() => client.CreateAvatarTaskAsync(request));

        Assert.Equal(request.ExternalTaskId, error.ExternalTaskId);
        Assert.Single(sim.Tasks);
        Assert.Single(sim.Requests, r => r.Route == KlingSimulatorRoute.Create);
    }
}
