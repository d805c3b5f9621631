using System.Collections.Generic;
using System.Linq;
using KlingGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KlingGen.Generators.Tests;

/// <summary>Defective documents produce a KLG0xx diagnostic with the right severity, file and line; the generator never throws.</summary>
public sealed class DiagnosticTests
{
    public static IEnumerable<object[]> Cases() => MalformedSpecCases.All.Keys.Order().Select(k => new object[] { k });

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Defective_document_is_reported_at_the_offending_line(string name)
    {
        Skip.If(GeneratorStatus.Descriptors.Length == 0, "the generator defines no diagnostics yet");
        var testCase = MalformedSpecCases.All[name];
        AssertReported(testCase);
    }

    private static void AssertReported(MalformedSpecCase testCase)
    {
        var spec = testCase.Load();
        var run = GeneratorHarness.Run(spec);

        run.AssertDidNotThrow();
        var internalErrors = run.Diagnostics.Where(d => d.Id == "KLG008").ToList();
        Assert.True(internalErrors.Count == 0, GeneratorRun.Describe(internalErrors));
        var matching = run.Diagnostics.Where(d => testCase.Ids.Contains(d.Id)).ToList();
        Assert.True(matching.Count > 0,
            $"Expected {string.Join(" or ", testCase.Ids)}; got:\n{GeneratorRun.Describe(run.Diagnostics)}");

        var diagnostic = matching[0];
        Assert.Equal(MalformedSpecCases.SeverityOf(diagnostic.Id), diagnostic.Severity);
        Assert.True(diagnostic.Location.IsInSource || diagnostic.Location.Kind == LocationKind.ExternalFile,
            $"{diagnostic.Id} has no file location ({diagnostic.Location.Kind})");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(spec.Path, span.Path);
        Assert.True(testCase.Lines.Contains(span.StartLinePosition.Line + 1),
            $"{diagnostic.Id} at line {span.StartLinePosition.Line + 1}, expected line {string.Join(" or ", testCase.Lines)}: {diagnostic.GetMessage()}");
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Errors_stop_generation_but_warnings_do_not(string name)
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var testCase = MalformedSpecCases.All[name];
        AssertGeneratesWhenOnlyWarned(testCase);
    }

    private static void AssertGeneratesWhenOnlyWarned(MalformedSpecCase testCase)
    {
        var run = GeneratorHarness.Run(testCase.Load());

        run.AssertDidNotThrow();
        if (run.Errors.Any())
        {
            return;
        }

        // Only warnings: the rest of the document is still generated, and it compiles.
        Assert.NotEmpty(run.Sources);
        var problems = run.CompilerProblems().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(problems.Count == 0, GeneratorRun.Describe(problems));
    }

    [SkippableFact]
    public void Every_generator_diagnostic_has_a_document_that_triggers_it()
    {
        var ids = GeneratorStatus.Descriptors.Select(d => d.Id).Distinct().Order().ToList();
        Skip.If(ids.Count == 0, "the generator defines no diagnostics yet");

        var covered = MalformedSpecCases.All.Values.SelectMany(c => c.Ids).ToHashSet();
        var missing = ids.Where(id => !covered.Contains(id) && !MalformedSpecCases.Unreachable.ContainsKey(id)).ToList();
        Assert.True(missing.Count == 0, "No malformed-spec case for: " + string.Join(", ", missing));
    }

    [SkippableFact]
    public void Descriptors_follow_the_KLG0xx_scheme()
    {
        var descriptors = GeneratorStatus.Descriptors;
        Skip.If(descriptors.Length == 0, "the generator defines no diagnostics yet");

        Assert.All(descriptors, d => Assert.Matches("^KLG0[0-9]{2}$", d.Id));
        Assert.Equal(descriptors.Length, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(descriptors, d => Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString())));
    }

    [Fact]
    public void Valid_kling_spec_reports_no_errors_or_warnings()
    {
        var run = GeneratorHarness.Run(SpecCatalog.Load(SpecCatalog.Kling));

        run.AssertDidNotThrow();
        Assert.True(run.Diagnostics.IsEmpty, GeneratorRun.Describe(run.Diagnostics));
    }

    [SkippableTheory]
    [InlineData("Specs.Petstore")]
    [InlineData("Other.Shop")]
    public void Two_documents_with_the_same_client_name_do_not_crash_the_generator(string secondNamespace)
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        AssertNoCrashWithTwoClientsNamedAlike(secondNamespace);
    }

    private static void AssertNoCrashWithTwoClientsNamedAlike(string secondNamespace)
    {
        var first = SpecCatalog.Load("petstore.yaml");
        var second = first with { Path = "/elsewhere/petstore-copy.yaml", Namespace = secondNamespace };
        var run = GeneratorHarness.Run([first, second], ReferenceSet.Net10);

        // The same client name twice (in one namespace or two): the generator must cope or say so,
        // not throw on duplicate hint names (which drops all its output with CS8785).
        run.AssertDidNotThrow();
        var hints = run.Sources.Select(s => s.HintName).ToList();
        Assert.Equal(hints.Count, hints.Distinct().Count());
        var reported = run.Diagnostics.Where(d => d.Id.StartsWith("KLG0", System.StringComparison.Ordinal)).ToList();
        Assert.True(reported.Count > 0 || run.CompilerProblems().All(p => p.Severity != DiagnosticSeverity.Error),
            "Neither a diagnostic nor a compiling client:\n" + GeneratorRun.Describe(run.CompilerProblems()));

        // One document keeps the name; the other is skipped with KLG007 located in that document.
        var duplicate = Assert.Single(reported, d => d.Id == "KLG007");
        Assert.Contains(duplicate.Location.GetLineSpan().Path, new[] { first.Path, second.Path });
        Assert.Contains("already used by", duplicate.GetMessage(), System.StringComparison.Ordinal);
        Assert.All(run.CompilerProblems(), p => Assert.NotEqual(DiagnosticSeverity.Error, p.Severity));
    }

    [Fact]
    public void A_project_on_CSharp_7_3_gets_KLG010_instead_of_uncompilable_code()
    {
        var references = ReferenceSet.NetStandard20;
        var parseOptions = references.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3);
        var compilation = CSharpCompilation.Create(
            GeneratorHarness.AssemblyName,
            [CSharpSyntaxTree.ParseText(GeneratorHarness.ConsumerSource, parseOptions)],
            references.References,
            ReferenceSet.CompilationOptions.WithNullableContextOptions(NullableContextOptions.Disable));
        var spec = SpecCatalog.Load(SpecCatalog.Kling);

        var driver = CSharpGeneratorDriver.Create([new OpenApiClientGenerator().AsSourceGenerator()], [spec.ToAdditionalText()], parseOptions, new SpecOptionsProvider([spec]))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var run = new GeneratorRun(driver.GetRunResult(), output, driverDiagnostics);

        run.AssertDidNotThrow();
        Assert.Empty(run.Sources);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("KLG010", diagnostic.Id);
        Assert.Equal(spec.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("C# 7.3", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(run.CompilerProblems());
    }
}
