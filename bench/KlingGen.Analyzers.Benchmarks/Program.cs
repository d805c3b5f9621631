using System;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Running;

namespace KlingGen.Analyzers.Benchmarks;

public static class Program
{
    // dotnet run -c Release --project bench/KlingGen.Analyzers.Benchmarks -- --job short --filter '*'
    // dotnet run -c Release --project bench/KlingGen.Analyzers.Benchmarks -- --quick   (stopwatch medians, no BenchmarkDotNet)
    public static void Main(string[] args)
    {
        if (args.Contains("--quick"))
        {
            Quick();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Quick()
    {
        foreach (var project in new[] { "UsesRequests", "NeverUsesRequests" })
        {
            var bench = new AnalyzerOverheadBenchmarks { Project = project };
            bench.Setup();
            Measure(project, "NoAnalyzer", () => bench.NoAnalyzer());
            Measure(project, "EmptyAnalyzer", () => bench.EmptyAnalyzer().GetAwaiter().GetResult());
            Measure(project, "EmptyOperationAnalyzer", () => bench.EmptyOperationAnalyzer().GetAwaiter().GetResult());
            Measure(project, "KlingGenAnalyzers", () => bench.KlingGenAnalyzers().GetAwaiter().GetResult());
        }
    }

    private static void Measure(string project, string name, Func<int> run)
    {
        run();
        var process = Process.GetCurrentProcess();
        var wall = new double[9];
        var cpu = new double[9];
        for (var i = 0; i < wall.Length; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            run();
            wall[i] = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        }

        Array.Sort(wall);
        Array.Sort(cpu);
        // CPU time is less disturbed than wall time when other processes share the machine.
        Console.WriteLine($"{project,-18} {name,-24} wall median {wall[wall.Length / 2],7:F0} ms   cpu median {cpu[cpu.Length / 2],7:F0} ms");
    }
}
