using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using KlingGen.Client.Models;
using KlingGen.TestSupport;

namespace KlingGen.Runtime.Benchmarks;

/// <summary>One create and one query of an avatar task, against the simulator on loopback (in another process).</summary>
[MemoryDiagnoser]
public class CreateAndQueryBenchmarks
{
    private SimulatorProcess? simulator;
    private ClientVariants? clients;

    [GlobalSetup]
    public void Setup()
    {
        simulator = SimulatorProcess.Start();
        clients = new ClientVariants(simulator.BaseUrl, simulator.ApiKey);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        clients?.Dispose();
        simulator?.Dispose();
    }

    /// <summary>HttpClient + source-generated System.Text.Json, no validation, no retries.</summary>
    [Benchmark(Baseline = true)]
    public Task<string?> HandWritten() => CreateAndQuery.HandWrittenAsync(clients!.HandWritten);

    /// <summary>The generated client over a plain HttpClient: Kiota request information, serialization and parse nodes, validation.</summary>
    [Benchmark]
    public Task<KlingTaskStatus?> GeneratedPlainHttp() => CreateAndQuery.GeneratedAsync(clients!.GeneratedPlain);

    /// <summary>The generated client over Kiota's default middleware.</summary>
    [Benchmark]
    public Task<KlingTaskStatus?> GeneratedKiotaDefaults() => CreateAndQuery.GeneratedAsync(clients!.GeneratedKiotaDefaults);

    /// <summary>The SDK as created by KlingApiClient.Create: Kiota's default middleware, logging handler, duplicate-free create.</summary>
    [Benchmark]
    public Task<KlingTaskStatus?> KlingGenRuntime() => CreateAndQuery.SdkAsync(clients!.Sdk);

    /// <summary>The SDK with <c>KlingMiddleware.Minimal</c>.</summary>
    [Benchmark]
    public Task<KlingTaskStatus?> KlingGenRuntimeMinimal() => CreateAndQuery.SdkAsync(clients!.SdkMinimal);
}
