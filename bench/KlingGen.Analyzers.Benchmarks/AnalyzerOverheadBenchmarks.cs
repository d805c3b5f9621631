using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using KlingGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KlingGen.Analyzers.Benchmarks;

/// <summary>
/// Full semantic analysis of a 500-file consumer without analyzers, with an empty analyzer and with KlingGen's
/// analyzers; for a project that uses the request types and one that only references the SDK.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerOverheadBenchmarks
{
    private ImmutableArray<MetadataReference> _references;
    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<DiagnosticAnalyzer> _klingAnalyzers;

    [Params("UsesRequests", "NeverUsesRequests")]
    public string Project { get; set; } = "UsesRequests";

    [GlobalSetup]
    public void Setup()
    {
        _references = ConsumerProjects.CreateReferences();
        _trees = Project == "UsesRequests" ? ConsumerProjects.UsingRequests() : ConsumerProjects.NeverUsingRequests();
        _klingAnalyzers = typeof(KlingAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(KlingAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var errors = NewCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The synthetic project does not compile: " + errors[0]);
        }
    }

    [Benchmark(Baseline = true)]
    public int NoAnalyzer() => NewCompilation().GetDiagnostics().Length;

    [Benchmark]
    public Task<int> EmptyAnalyzer() => RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()));

    [Benchmark]
    public Task<int> EmptyOperationAnalyzer() => RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer()));

    [Benchmark]
    public Task<int> KlingGenAnalyzers() => RunAsync(_klingAnalyzers);

    /// <summary>Runs one KlingGen analyzer alone (for attributing costs in the quick mode).</summary>
    public Task<int> SingleAnalyzer(int index) => RunAsync(ImmutableArray.Create(_klingAnalyzers[index]));

    public int AnalyzerCount => _klingAnalyzers.Length;

    public string AnalyzerName(int index) => _klingAnalyzers[index].GetType().Name;

    private async Task<int> RunAsync(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await NewCompilation().WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        return diagnostics.Length;
    }

    private CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create("Consumer", _trees, _references, ConsumerProjects.CompilationOptions);
}
