using System.Collections.Generic;
using System.Linq;
using KlingGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KlingGen.Generators.Tests;

/// <summary>
/// Every valid spec generates without error diagnostics, and the output compiles with zero errors and zero
/// warnings under the SDK's own settings (nullable on, XML docs checked) for both netstandard2.0 and net10.0.
/// </summary>
public sealed class CompileOutputTests
{
    public static IEnumerable<object[]> SpecsAndTargets() =>
        from spec in SpecCatalog.AllNames
        from target in new[] { "net10.0", "netstandard2.0" }
        select new object[] { spec, target };

    [SkippableTheory]
    [MemberData(nameof(SpecsAndTargets))]
    public void Generated_client_compiles_cleanly(string spec, string target)
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var references = target == "net10.0" ? ReferenceSet.Net10 : ReferenceSet.NetStandard20;
        var run = GeneratorHarness.Run([SpecCatalog.Load(spec)], references);

        run.AssertDidNotThrow();
        Assert.True(!run.Errors.Any(), "Generator errors:\n" + GeneratorRun.Describe(run.Errors));
        Assert.NotEmpty(run.Sources);

        AssertCompilesCleanly(run, $"{spec} ({target})");
    }

    /// <summary>Zero errors and warnings; problems that are all instances of known generator issues skip instead.</summary>
    private static void AssertCompilesCleanly(GeneratorRun run, string what)
    {
        var problems = run.CompilerProblems();
        var unknown = problems.Where(p => KnownGeneratorIssues.Classify(p) is null).ToList();
        Assert.True(unknown.Count == 0,
            $"{unknown.Count(p => p.Severity == DiagnosticSeverity.Error)} error(s), " +
            $"{unknown.Count(p => p.Severity == DiagnosticSeverity.Warning)} warning(s) compiling the client for {what}:\n" +
            GeneratorRun.Describe(unknown));
        var known = problems.Select(KnownGeneratorIssues.Classify).FirstOrDefault(i => i is not null);
        Skip.If(known is not null, known?.SkipReason);
    }

    [SkippableFact]
    public void Two_specs_in_one_compilation_do_not_clash()
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var run = GeneratorHarness.Run([SpecCatalog.Load(SpecCatalog.Kling), SpecCatalog.Load("petstore.yaml")], ReferenceSet.Net10);

        run.AssertDidNotThrow();
        Assert.Empty(run.Errors);
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("KlingGen.Client.KlingApiClient"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Specs.Petstore.PetstoreClient"));
        AssertCompilesCleanly(run, "kling + petstore");
    }

    [Fact]
    public void Additional_files_without_the_metadata_are_ignored()
    {
        var spec = SpecCatalog.Load("petstore.yaml") with { Namespace = null, ClientName = null };
        var run = GeneratorHarness.Run(spec);

        run.AssertDidNotThrow();
        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }

    [SkippableFact]
    public void Client_name_metadata_is_optional()
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var run = GeneratorHarness.Run(SpecCatalog.Load("petstore.yaml") with { ClientName = null });

        run.AssertDidNotThrow();
        Assert.Empty(run.Errors);
        var root = run.OutputCompilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .SingleOrDefault(t => t.ContainingNamespace.ToDisplayString() == "Specs.Petstore"
                && t.InstanceConstructors.Any(c => c.Parameters.Length == 1 && c.Parameters[0].Type.Name == "IRequestAdapter"));
        Assert.NotNull(root);
        AssertCompilesCleanly(run, "petstore without KlingGenClientName");
    }

    [Fact]
    public void Client_name_without_a_namespace_is_reported_or_ignored()
    {
        var run = GeneratorHarness.Run(SpecCatalog.Load("petstore.yaml") with { Namespace = null });

        run.AssertDidNotThrow();
        Assert.All(run.Diagnostics, d => Assert.Equal("KLG007", d.Id));
        var clients = run.Sources.Where(s => s.SourceText.ToString().Contains("BaseRequestBuilder", System.StringComparison.Ordinal)).ToList();
        Assert.True(clients.Count == 0 || run.Diagnostics.IsEmpty, "generated a client and also reported invalid metadata");
    }

    [Fact]
    public void No_spec_at_all_produces_nothing_and_does_not_throw()
    {
        var run = GeneratorHarness.Run([], ReferenceSet.Net10);

        run.AssertDidNotThrow();
        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }

    [SkippableTheory]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.CSharp9, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Warnings)]
    public void Kling_client_compiles_under_other_consumer_settings(LanguageVersion language, NullableContextOptions nullable)
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var references = ReferenceSet.NetStandard20;
        var parseOptions = references.ParseOptions.WithLanguageVersion(language);
        var compilation = CSharpCompilation.Create(
            GeneratorHarness.AssemblyName,
            [CSharpSyntaxTree.ParseText(GeneratorHarness.ConsumerSource, parseOptions)],
            references.References,
            ReferenceSet.CompilationOptions.WithNullableContextOptions(nullable));
        var spec = SpecCatalog.Load(SpecCatalog.Kling);
        CSharpGeneratorDriver.Create([new OpenApiClientGenerator().AsSourceGenerator()], [spec.ToAdditionalText()], parseOptions, new SpecOptionsProvider([spec]))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, $"C# {language.ToDisplayString()}, nullable {nullable}:\n" + GeneratorRun.Describe(problems));
    }
}
