using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Client;
using KlingGen.Client.Models;
using KlingGen.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace KlingGen.IntegrationTests;

/// <summary>
/// Measures (does not assert) what a create call with a 10 MB image and a 5 MB sound costs in managed memory.
/// The simulator runs in another process so only the client's allocations are counted.
/// </summary>
[Collection(MemoryCollection.Name)]
public sealed class MemoryMeasurementTests
{
    private readonly ITestOutputHelper output;

    public MemoryMeasurementTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task Create_with_ten_megabyte_image_and_five_megabyte_sound()
    {
        await using var sim = SimulatorProcess.Start("--submitted-ms", "50", "--processing-ms", "100");
        var directory = Directory.CreateTempSubdirectory("kling-memory-");
        var imagePath = Path.Combine(directory.FullName, "face.png");
        var soundPath = Path.Combine(directory.FullName, "voice.wav");
        await File.WriteAllBytesAsync(imagePath, TestMedia.Padded(TestMedia.Png(1024, 1024), KlingMediaLimits.MaxImageBytes - 1024));
        await File.WriteAllBytesAsync(soundPath, TestMedia.Wav(29.5, sampleRate: 88200));
        var payload = new FileInfo(imagePath).Length + new FileInfo(soundPath).Length;

        try
        {
            var client = KlingApiClient.Create(sim.ApiKey, new KlingClientOptions { BaseUrl = sim.BaseUrl });

            // Warm up code paths once with small files so JIT and connection setup are not measured.
            await client.CreateAvatarTaskAsync(await Sim.RequestAsync());

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            long peak = baseline;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    await Task.Delay(1);
                }
            });

            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var image = await KlingMedia.PrepareImageAsync(imagePath);
            var sound = await KlingMedia.PrepareSoundAsync(soundPath);
            var allocatedAfterEncoding = GC.GetTotalAllocatedBytes(precise: true);
            var task = await client.CreateAvatarTaskAsync(new AvatarImage2VideoRequest { Image = image.Base64, SoundFile = sound.Base64 });
            var allocatedAfter = GC.GetTotalAllocatedBytes(precise: true);
            stop.Cancel();
            await sampler;

            Assert.False(string.IsNullOrEmpty(task.TaskId));
            var report =
                $"payload {payload / 1e6:0.0} MB (raw files); " +
                $"encoding allocated {(allocatedAfterEncoding - allocatedBefore) / 1e6:0.0} MB ({(double)(allocatedAfterEncoding - allocatedBefore) / payload:0.00}x); " +
                $"create call allocated {(allocatedAfter - allocatedAfterEncoding) / 1e6:0.0} MB ({(double)(allocatedAfter - allocatedAfterEncoding) / payload:0.00}x); " +
                $"total {(allocatedAfter - allocatedBefore) / 1e6:0.0} MB ({(double)(allocatedAfter - allocatedBefore) / payload:0.00}x); " +
                $"sampled peak managed heap growth {(peak - baseline) / 1e6:0.0} MB ({(double)(peak - baseline) / payload:0.00}x)";
            output.WriteLine(report);
            Console.WriteLine("[memory] " + report);
            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "memory-measurement.txt"), report + Environment.NewLine);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Create_streaming_ten_megabyte_image_and_five_megabyte_sound_from_checked_files()
    {
        await using var sim = SimulatorProcess.Start("--submitted-ms", "50", "--processing-ms", "100");
        var directory = Directory.CreateTempSubdirectory("kling-memory-");
        var imagePath = Path.Combine(directory.FullName, "face.png");
        var soundPath = Path.Combine(directory.FullName, "voice.wav");
        var imageBytes = TestMedia.Padded(TestMedia.Png(1024, 1024), KlingMediaLimits.MaxImageBytes - 1024);
        var soundBytes = TestMedia.Wav(29.5, sampleRate: 88200);
        await File.WriteAllBytesAsync(imagePath, imageBytes);
        await File.WriteAllBytesAsync(soundPath, soundBytes);
        long payload = imageBytes.Length + soundBytes.Length;

        try
        {
            var client = KlingApiClient.Create(sim.ApiKey, new KlingClientOptions { BaseUrl = sim.BaseUrl });
            await client.CreateAvatarTaskAsync(await Sim.RequestAsync());

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            long peak = baseline;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    await Task.Delay(1);
                }
            });

            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var image = await KlingMedia.CheckImageFileAsync(imagePath);
            var sound = await KlingMedia.CheckSoundFileAsync(soundPath);
            var request = new AvatarImage2VideoRequest { Prompt = "Smile." };
            var task = await client.CreateAvatarTaskAsync(request, image, sound);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            stop.Cancel();
            await sampler;

            Assert.False(string.IsNullOrEmpty(task.TaskId));
            Assert.Null(request.Image);
            Assert.Null(request.SoundFile);
            var report =
                $"payload {payload / 1e6:0.0} MB (raw files); checks + create call streaming the files allocated {allocated / 1e6:0.00} MB ({(double)allocated / payload:0.000}x); " +
                $"sampled peak managed heap growth {(peak - baseline) / 1e6:0.00} MB ({(double)(peak - baseline) / payload:0.000}x)";
            output.WriteLine(report);
            Console.WriteLine("[memory] " + report);
            Assert.True(allocated <= 2.5 * payload, report);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

/// <summary>Runs the memory measurement alone, so other tests' allocations do not pollute it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "memory";
}
