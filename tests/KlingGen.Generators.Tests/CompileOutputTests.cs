using System.Collections.Generic;
using System.Linq;
using KlingGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
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

    [Fact]
    public void No_spec_at_all_produces_nothing_and_does_not_throw()
    {
        var run = GeneratorHarness.Run([], ReferenceSet.Net10);

        run.AssertDidNotThrow();
        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }
}
