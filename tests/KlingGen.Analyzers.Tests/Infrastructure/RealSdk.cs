using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KlingGen.Analyzers.Tests.Infrastructure;

/// <summary>The compiled KlingGen assembly (generated client) and the Kiota runtime it depends on, as metadata references.</summary>
internal static class RealSdk
{
    public static readonly ImmutableArray<MetadataReference> References = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        var sdk = typeof(KlingGen.Client.Models.AvatarImage2VideoRequest).Assembly.Location;
        var kiota = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => Path.GetFileName(path) is var name
                && (name.StartsWith("Microsoft.Kiota.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name.StartsWith("Std.UriTemplate", StringComparison.Ordinal)));
        return kiota.Prepend(sdk).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }

    /// <summary>Runs all rules over a source that uses the real SDK.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AllRulesTest
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Framework);
        test.TestState.AdditionalReferences.AddRange(References);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private sealed class AllRulesTest : CSharpAnalyzerTest<EmptyAnalyzer, DefaultVerifier>
    {
        protected override System.Collections.Generic.IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => AllAnalyzers.Create();
    }
}
