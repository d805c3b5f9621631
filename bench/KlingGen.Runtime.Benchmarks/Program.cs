using BenchmarkDotNet.Running;

namespace KlingGen.Runtime.Benchmarks;

/// <summary>Runs the runtime benchmarks: <c>dotnet run -c Release --project bench/KlingGen.Runtime.Benchmarks -- --filter *</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
