using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using KlingGen.Client;
using KlingGen.Client.Models;

namespace KlingGen.Runtime.Benchmarks;

/// <summary>One create and one query of an avatar task, against the simulator on loopback (in another process).</summary>
[MemoryDiagnoser]
public class CreateAndQueryBenchmarks
{
    private const string Image = "https://example.com/portrait.png";
    private SimulatorProcess? simulator;
    private KlingApiClient? kling;
    private HandWrittenClient? handWritten;

    [GlobalSetup]
    public void Setup()
    {
        simulator = SimulatorProcess.Start();
        kling = KlingApiClient.Create(simulator.ApiKey, new KlingClientOptions { BaseUrl = simulator.BaseUrl });
        handWritten = new HandWrittenClient(simulator.BaseUrl, simulator.ApiKey);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        handWritten?.Dispose();
        simulator?.Dispose();
    }

    /// <summary>HttpClient + source-generated System.Text.Json, no validation, no retries.</summary>
    [Benchmark(Baseline = true)]
    public async Task<string?> HandWritten()
    {
        var id = await handWritten!.CreateAsync(new CreateBody { Image = Image, AudioId = "audio-1", Prompt = "Smile.", ExternalTaskId = Guid.NewGuid().ToString("N") });
        return await handWritten!.QueryAsync(id);
    }

    /// <summary>The SDK: validation, duplicate-free create, Kiota middleware and serialization.</summary>
    [Benchmark]
    public async Task<KlingTaskStatus?> KlingGenRuntime()
    {
        var task = await kling!.CreateAvatarTaskAsync(new AvatarImage2VideoRequest { Image = Image, AudioId = "audio-1", Prompt = "Smile." });
        var response = await kling!.Kling.V1.Videos.Avatar.Image2video[task.TaskId!].GetAsync();
        return response?.Data?.TaskStatus;
    }
}
