using Microsoft.CodeAnalysis;

namespace KlingGen.Analyzers.Benchmarks;

/// <summary>
/// A descriptor the baseline analyzers declare but never report: the analyzer driver skips analyzers that
/// support no diagnostic at all, which would make them measure nothing.
/// </summary>
internal static class NeverReported
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "BENCH001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
