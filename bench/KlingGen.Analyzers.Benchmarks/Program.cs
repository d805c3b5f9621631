using BenchmarkDotNet.Running;

namespace KlingGen.Analyzers.Benchmarks;

public static class Program
{
    // dotnet run -c Release --project bench/KlingGen.Analyzers.Benchmarks -- --job short --filter '*'
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
