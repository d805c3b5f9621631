using System;
using BenchmarkDotNet.Running;

namespace KlingGen.Benchmarks;

/// <summary>
/// Entry point: pick benchmark classes on the command line (e.g. <c>--filter '*Generation*' --job short</c>).
/// <c>--print-synthetic N</c> writes the synthetic document with N operations to stdout.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--print-synthetic")
        {
            Console.Write(SyntheticSpec.WithOperations(int.Parse(args[1])));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
