using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using KlingGen.TestSupport;

namespace KlingGen.Runtime.Benchmarks;

/// <summary>
/// Client-process CPU time, wall time and allocated bytes per create + query for every client variant, measured in
/// interleaved rounds in one process (the simulator runs in another, so its CPU time is not counted). Prints medians
/// over the rounds and ratios to the hand-written client.
/// </summary>
internal static class SideBySide
{
    public static async Task RunAsync(int rounds, int operationsPerRound, string[] only)
    {
        using var simulator = SimulatorProcess.Start();
        using var clients = new ClientVariants(simulator.BaseUrl, simulator.ApiKey);
        var variants = new (string Name, Func<Task> Run)[]
        {
            ("HandWritten", () => CreateAndQuery.HandWrittenAsync(clients.HandWritten)),
            ("GeneratedPlainHttp", () => CreateAndQuery.GeneratedAsync(clients.GeneratedPlain)),
            ("GeneratedKiotaDefaults", () => CreateAndQuery.GeneratedAsync(clients.GeneratedKiotaDefaults)),
            ("KlingGenRuntime", () => CreateAndQuery.SdkAsync(clients.Sdk)),
            ("KlingGenRuntimeMinimal", () => CreateAndQuery.SdkAsync(clients.SdkMinimal)),
        };
        if (only.Length > 0)
        {
            variants = variants.Where(v => v.Name == "HandWritten" || only.Contains(v.Name)).ToArray();
        }

        foreach (var (_, run) in variants)
        {
            for (var i = 0; i < Math.Max(50, operationsPerRound); i++)
            {
                await run();
            }
        }

        var cpu = variants.Select(_ => new List<double>()).ToArray();
        var wall = variants.Select(_ => new List<double>()).ToArray();
        var allocated = variants.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < variants.Length; k++)
            {
                var v = (k + round) % variants.Length;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var bytes0 = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < operationsPerRound; i++)
                {
                    await variants[v].Run();
                }

                wall[v].Add(clock.Elapsed.TotalMicroseconds / operationsPerRound);
                cpu[v].Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMicroseconds / operationsPerRound);
                allocated[v].Add((GC.GetTotalAllocatedBytes(precise: true) - bytes0) / (double)operationsPerRound);
            }
        }

        Console.WriteLine($"Side by side: {rounds} rounds x {operationsPerRound} create+query per variant, interleaved; medians over rounds.");
        Console.WriteLine();
        Console.WriteLine("| Variant | CPU µs/op | CPU ratio | Wall µs/op | Wall ratio | Allocated B/op | Alloc ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var baseCpu = Median(cpu[0]);
        var baseWall = Median(wall[0]);
        var baseBytes = Median(allocated[0]);
        for (var v = 0; v < variants.Length; v++)
        {
            var c = Median(cpu[v]);
            var w = Median(wall[v]);
            var b = Median(allocated[v]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {variants[v].Name} | {c:F0} | {c / baseCpu:F2} | {w:F0} | {w / baseWall:F2} | {b:F0} | {b / baseBytes:F2} |"));
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(x => x).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
