using System.IO;
using System.Linq;
using KlingGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KlingGen.Generators.Tests;

/// <summary>
/// The constraint support types (namespace KlingGen.Constraints) are emitted once per compilation that holds a
/// spec, and not at all when a referenced assembly (the SDK) already defines them.
/// </summary>
public sealed class SupportTypesTests
{
    private static string SupportSource(GeneratorRun run) =>
        run.Sources.Single(s => s.SourceText.ToString().Contains("class ExactlyOneOfAttribute")).SourceText.ToString();

    [SkippableFact]
    public void Two_specs_share_one_copy_of_the_support_types()
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var run = GeneratorHarness.Run([SpecCatalog.Load(SpecCatalog.Kling), SpecCatalog.Load("json-format.json")], ReferenceSet.Net10);

        Assert.Single(run.Sources, s => s.SourceText.ToString().Contains("class ExactlyOneOfAttribute"));
    }

    [SkippableFact]
    public void Support_types_from_a_referenced_assembly_are_reused()
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var references = ReferenceSet.Net10;

        // Build an "SDK" assembly that carries the support types, as src/KlingGen does.
        var sdk = CSharpCompilation.Create(
            "KlingGen",
            [CSharpSyntaxTree.ParseText(SupportSource(GeneratedClients.For(SpecCatalog.Kling)), references.ParseOptions)],
            references.References,
            ReferenceSet.CompilationOptions);
        using var image = new MemoryStream();
        var emitted = sdk.Emit(image);
        Assert.True(emitted.Success, GeneratorRun.Describe(emitted.Diagnostics));
        var sdkReference = MetadataReference.CreateFromImage(image.ToArray());

        var consumer = GeneratorHarness.CreateCompilation(references).AddReferences(sdkReference);
        var driver = GeneratorHarness.CreateDriver([SpecCatalog.Load("petstore.yaml")], references)
            .RunGeneratorsAndUpdateCompilation(consumer, out var output, out _);
        var run = new GeneratorRun(driver.GetRunResult(), output, []);

        run.AssertDidNotThrow();
        Assert.DoesNotContain(run.Sources, s => s.SourceText.ToString().Contains("class ExactlyOneOfAttribute"));
        Assert.NotEmpty(run.Sources);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, GeneratorRun.Describe(errors));
        var attribute = output.GetTypeByMetadataName("KlingGen.Constraints.ExactlyOneOfAttribute");
        Assert.NotNull(attribute);
        Assert.Equal("KlingGen", attribute!.ContainingAssembly.Name);
    }
}
