using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace KlingGen.Analyzers.Tests;

/// <summary>
/// The analyzers run on every keystroke, so they see mostly broken code: they must never throw. Every line
/// prefix of realistic samples, and samples with random tokens deleted, are analyzed with all rules.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<CSharpCompilation> SdkCompilation = new(() => CSharpCompilation.Create(
        "Consumer",
        new[] { CSharpSyntaxTree.ParseText(TestSdk.Source, ParseOptions, "KlingSdk.g.cs") },
        TestReferences.Framework,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)));

    public static TheoryData<string> Samples() => new("CreateAvatarVideo.cs", "SpeechThenAvatar.cs", "BatchSubmitter.cs");

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Complete_sample_compiles_and_gets_the_expected_rules(string sample)
    {
        var source = ReadSample(sample);
        var compilation = SdkCompilation.Value.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, ParseOptions, sample));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var (diagnostics, exceptions) = await AnalyzeAsync(compilation);
        Assert.Empty(exceptions);
        var ids = diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        var expected = sample switch
        {
            "SpeechThenAvatar.cs" => new[] { "KLG101", "KLG104", "KLG106" },
            "BatchSubmitter.cs" => new[] { "KLG108" },
            _ => Array.Empty<string>(),
        };
        Assert.Equal(expected, ids);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_line_prefix_is_analyzed_without_exceptions(string sample)
    {
        var lines = ReadSample(sample).Split('\n');
        var prefixes = Enumerable.Range(1, lines.Length).Select(count => string.Join("\n", lines.Take(count)));
        await AssertNoExceptionsAsync(sample, prefixes);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Random_token_deletions_are_analyzed_without_exceptions(string sample)
    {
        var source = ReadSample(sample);
        var tokens = CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot().DescendantTokens().ToArray();
        var random = new Random(20241124 + sample.Length);
        var variants = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var removed = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => tokens[random.Next(tokens.Length)].Span).OrderByDescending(s => s.Start).Distinct();
            var text = source;
            foreach (var span in removed)
            {
                text = text.Remove(span.Start, span.Length);
            }

            variants.Add(text);
        }

        await AssertNoExceptionsAsync(sample, variants);
    }

    private static async Task AssertNoExceptionsAsync(string sample, IEnumerable<string> sources)
    {
        var failures = new List<string>();
        foreach (var source in sources)
        {
            var compilation = SdkCompilation.Value.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, ParseOptions, sample));
            var (_, exceptions) = await AnalyzeAsync(compilation);
            failures.AddRange(exceptions.Select(e => e + Environment.NewLine + "--- source ---" + Environment.NewLine + source));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(3)));
    }

    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Exceptions)> AnalyzeAsync(Compilation compilation)
    {
        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Create(), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
        {
            exceptions.Add(diagnostic.ToString());
        }

        return (diagnostics.Where(d => d.Id != "AD0001").ToImmutableArray(), exceptions.ToArray());
    }

    private static string ReadSample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name)).Replace("\r\n", "\n");
}
