using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;

namespace KlingGen.Runtime.Benchmarks;

/// <summary>
/// Runs the runtime benchmarks: <c>dotnet run -c Release --project bench/KlingGen.Runtime.Benchmarks -- --filter *</c>,
/// <c>-- --side-by-side [rounds] [operations per round] [variant names]</c> for client CPU time per operation, or
/// <c>-- --stages [iterations]</c> for the cost of each client-side stage without the network.
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--side-by-side")
        {
            var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
            var operations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
            SideBySide.RunAsync(rounds, operations, args.Skip(3).ToArray()).GetAwaiter().GetResult();
            return;
        }

        if (args.Length > 0 && args[0] == "--stages")
        {
            Stages.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20000).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
