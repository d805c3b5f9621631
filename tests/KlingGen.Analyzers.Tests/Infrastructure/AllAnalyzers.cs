using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using KlingGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KlingGen.Analyzers.Tests.Infrastructure;

/// <summary>Every KlingGen analyzer, found by reflection so that a new rule is covered without editing the tests.</summary>
internal static class AllAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Create() =>
        typeof(KlingAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(KlingAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>Runs all rules at once over a source, with or without the stand-in SDK.</summary>
    public static Task VerifyAsync(string source, bool withSdk = true, params DiagnosticResult[] expected)
    {
        var test = new Test
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Framework);
        if (withSdk)
        {
            test.TestState.Sources.Add((TestSdk.FileName, TestSdk.Source));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private sealed class Test : CSharpAnalyzerTest<EmptyAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Create();
    }
}
