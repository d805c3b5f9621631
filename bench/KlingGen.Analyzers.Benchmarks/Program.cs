using System;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Running;

namespace KlingGen.Analyzers.Benchmarks;

public static class Program
{
    // dotnet run -c Release --project bench/KlingGen.Analyzers.Benchmarks -- --job short --filter '*'
    // dotnet run -c Release --project bench/KlingGen.Analyzers.Benchmarks -- --quick   (stopwatch medians, no BenchmarkDotNet)
    // dotnet run -c Release --project bench/KlingGen.Analyzers.Benchmarks -- --real-build [rounds]   (packed SDK, real dotnet build)
    public static void Main(string[] args)
    {
        var realBuild = Array.IndexOf(args, "--real-build");
        if (realBuild >= 0)
        {
            var rounds = realBuild + 1 < args.Length && int.TryParse(args[realBuild + 1], out var n) && n > 0 ? n : 5;
            RealBuildBenchmark.Run(rounds);
            return;
        }

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
            for (var i = 0; i < bench.AnalyzerCount; i++)
            {
                var index = i;
                Measure(project, "  " + bench.AnalyzerName(index), () => bench.SingleAnalyzer(index).GetAwaiter().GetResult());
            }
        }
    }

    private static void Measure(string project, string name, Func<int> run)
    {
        run();
        var process = Process.GetCurrentProcess();
        var wall = new double[5];
        var cpu = new double[5];
        var allocated = new double[5];
        for (var i = 0; i < wall.Length; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var bytesBefore = GC.GetTotalAllocatedBytes(precise: false);
            var watch = Stopwatch.StartNew();
            run();
            wall[i] = watch.Elapsed.TotalMilliseconds;
            allocated[i] = (GC.GetTotalAllocatedBytes(precise: false) - bytesBefore) / 1048576.0;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        }

        Array.Sort(wall);
        Array.Sort(cpu);
        Array.Sort(allocated);
        // CPU time is less disturbed than wall time when other processes share the machine.
        Console.WriteLine($"{project,-18} {name,-34} wall median {wall[wall.Length / 2],7:F0} ms   cpu median {cpu[cpu.Length / 2],7:F0} ms   allocated {allocated[allocated.Length / 2],6:F1} MB");
    }
}
