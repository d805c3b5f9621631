using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using KlingGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace KlingGen.Generators.Tests;

/// <summary>
/// Bounded, deterministic fuzzing: damaged documents never make the generator throw or hang, and every error it
/// reports is a KLG0xx diagnostic located in the document. <c>KLINGGEN_FUZZ_CASES=5000</c> runs a longer campaign.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    public const int Seed = 20261124;
    public const int DefaultCases = 240;
    private static readonly TimeSpan PerCaseLimit = TimeSpan.FromSeconds(20);

    /// <summary>How many error-free cases are also compiled (compiling is the slow part; the long campaign compiles all).</summary>
    private static int CompileBudget => TestEnvironment.FuzzCases is null ? 25 : int.MaxValue;

    [Fact]
    public void Generator_survives_mutated_documents()
    {
        var count = TestEnvironment.FuzzCases ?? DefaultCases;
        var mutator = new SpecMutator(Seed, SpecMutator.DefaultSources());
        var failures = new List<string>();
        var known = new List<string>();
        var stats = new Dictionary<string, int>();
        var clock = Stopwatch.StartNew();
        var compileBudget = CompileBudget;

        foreach (var fuzzCase in mutator.Generate(count))
        {
            var problem = Check(fuzzCase, stats, ref compileBudget);
            if (problem is not null)
            {
                (KnownGeneratorIssues.Classify(problem) is not null ? known : failures).Add($"{fuzzCase}: {problem}");
            }
        }

        output.WriteLine($"{count} cases in {clock.Elapsed.TotalSeconds:F1} s; outcomes: " +
            string.Join(", ", stats.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}")));
        foreach (var line in known)
        {
            output.WriteLine("known issue: " + line);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {count} cases failed (seed {Seed}):\n" + string.Join("\n", failures.Take(15)));
    }

    [Fact]
    public void Mutations_are_deterministic_and_cover_every_kind()
    {
        var sources = SpecMutator.DefaultSources();
        var first = new SpecMutator(Seed, sources).Generate(DefaultCases).ToList();
        var second = new SpecMutator(Seed, sources).Generate(DefaultCases).ToList();

        Assert.Equal(first.Select(c => (c.Mutation, c.Spec.Content)), second.Select(c => (c.Mutation, c.Spec.Content)));
        var kinds = first.SelectMany(c => c.Mutation.Split('+')).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "drop-line", "drop-block", "duplicate-line", "duplicate-block", "retype", "break-ref", "truncate", "huge-string",
            "deep-nesting", "cyclic-refs", "odd-scalar", "odd-name", "odd-path", "duplicate-operation-id", "invalid-utf8",
        }, kinds);
        var original = sources.ToDictionary(s => s.Name, s => s.Text);
        var changed = first.Count(c => c.Spec.Content != original[c.Source]);
        Assert.True(changed >= DefaultCases * 9 / 10, $"only {changed} of {DefaultCases} cases differ from their source");
    }

    private static string? Check(FuzzCase fuzzCase, Dictionary<string, int> stats, ref int compileBudget)
    {
        var work = Task.Run(() => GeneratorHarness.Run([fuzzCase.Spec], ReferenceSet.Net10));
        if (!work.Wait(PerCaseLimit))
        {
            return $"did not finish within {PerCaseLimit.TotalSeconds} s";
        }

        var run = work.Result;
        try
        {
            run.AssertDidNotThrow();
        }
        catch (Exception e)
        {
            return e.Message.Split('\n')[0];
        }

        var lineCount = fuzzCase.Spec.Text?.Lines.Count ?? 1;
        foreach (var error in run.Errors)
        {
            if (!error.Id.StartsWith("KLG0", StringComparison.Ordinal))
            {
                return $"error {error.Id} is not a generator diagnostic: {error.GetMessage()}";
            }

            if (error.Id == "KLG008")
            {
                return $"{error.Id} internal error (an exception inside the generator): {error.GetMessage()}";
            }

            var span = error.Location.GetLineSpan();
            if (span.Path != fuzzCase.Spec.Path)
            {
                return $"{error.Id} is located in '{span.Path}', not in the document: {error.GetMessage()}";
            }

            var line = span.StartLinePosition.Line + 1;
            if (line < 1 || line > lineCount)
            {
                return $"{error.Id} points at line {line} of a {lineCount}-line document";
            }
        }

        var syntaxErrors = run.Sources.SelectMany(s => s.SyntaxTree.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (syntaxErrors.Count > 0)
        {
            return "generated code has syntax errors: " + GeneratorRun.Describe(syntaxErrors, 3);
        }

        // Without an error diagnostic, whatever was generated must compile.
        if (!run.Errors.Any() && run.Sources.Length > 0 && compileBudget-- > 0)
        {
            var compileErrors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (compileErrors.Count > 0)
            {
                return "no error was reported but the generated code does not compile: " + GeneratorRun.Describe(compileErrors, 3);
            }
        }

        var outcome = run.Errors.Any() ? "errors:" + string.Join("/", run.Errors.Select(e => e.Id).Distinct().Order())
            : run.Diagnostics.Any() ? "warnings" : run.Sources.Length > 0 ? "generated" : "nothing";
        lock (stats)
        {
            stats[outcome] = stats.GetValueOrDefault(outcome) + 1;
        }

        return null;
    }
}
