using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KlingGen.Analyzers.Tests.Infrastructure;

/// <summary>Runs one analyzer over a test source (plus the stand-in SDK) and checks the <c>{|KLG1xx:...|}</c> markup.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, withSdk: true, expected);

    /// <summary>Verifies a program made of top-level statements.</summary>
    public static Task VerifyProgramAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, withSdk: true, OutputKind.ConsoleApplication, expected);

    public static Task VerifyAsync(string source, bool withSdk, params DiagnosticResult[] expected) =>
        VerifyAsync(source, withSdk, OutputKind.DynamicallyLinkedLibrary, expected);

    private static Task VerifyAsync(string source, bool withSdk, OutputKind outputKind, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.OutputKind = outputKind;
        test.TestState.AdditionalReferences.AddRange(TestReferences.Framework);
        if (withSdk)
        {
            test.TestState.Sources.Add((TestSdk.FileName, TestSdk.Source));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
