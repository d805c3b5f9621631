using System.Collections.Generic;
using System.Linq;
using KlingGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KlingGen.Generators.Tests;

/// <summary>
/// The pipeline caches: an unrelated C# edit reuses every tracked step, a spec edit re-parses and changes the output.
/// </summary>
public sealed class IncrementalCachingTests
{
    private static readonly IncrementalStepRunReason[] Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    private static (GeneratorDriver Driver, Compilation Compilation, AdditionalText Text) FirstRun(SpecFile spec)
    {
        var references = ReferenceSet.Net10;
        var compilation = GeneratorHarness.CreateCompilation(references);
        var text = spec.ToAdditionalText();
        var driver = GeneratorHarness.CreateDriver([text], new SpecOptionsProvider([spec]), references, trackSteps: true)
            .RunGenerators(compilation);
        return (driver, compilation, text);
    }

    [SkippableFact]
    public void Unrelated_source_edit_reuses_every_step_and_output()
    {
        var trackingNames = GeneratorStatus.TrackingNames;
        Skip.If(trackingNames.Length == 0 || !GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var (driver, compilation, _) = FirstRun(SpecCatalog.Load(SpecCatalog.Kling));

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer; internal static class Unrelated { internal static int Twice(int x) => 2 * x; }",
            ReferenceSet.Net10.ParseOptions, path: "Unrelated.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var seen = result.TrackedSteps.Keys.Intersect(trackingNames).ToList();
        Assert.True(seen.Count > 0, "None of the TrackingNames steps ran: " + string.Join(", ", result.TrackedSteps.Keys));
        var moved = (from name in trackingNames
                     where result.TrackedSteps.ContainsKey(name)
                     from step in result.TrackedSteps[name]
                     from output in step.Outputs
                     where !Reused.Contains(output.Reason)
                     select $"{name}: {output.Reason}").ToList();
        Assert.True(moved.Count == 0, "Steps recomputed after an unrelated edit:\n" + string.Join("\n", moved));

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [SkippableFact]
    public void Spec_edit_reparses_and_changes_the_output()
    {
        var trackingNames = GeneratorStatus.TrackingNames;
        Skip.If(trackingNames.Length == 0 || !GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var parseStep = trackingNames.SingleOrDefault(n => n.Contains("Pars"));
        Assert.NotNull(parseStep);

        var spec = SpecCatalog.Load(SpecCatalog.Kling);
        var (driver, compilation, text) = FirstRun(spec);
        Assert.DoesNotContain("WatermarkColour", driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).Aggregate("", string.Concat));

        var editedSpec = spec.WithText(SpecEdits.AddStringProperty(spec.Content, "KlingWatermarkInfo", "watermark_colour"));
        driver = driver.ReplaceAdditionalText(text, editedSpec.ToAdditionalText());
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.True(result.TrackedSteps.ContainsKey(parseStep!), "parse step did not run");
        Assert.Contains(result.TrackedSteps[parseStep!].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("WatermarkColour", string.Concat(result.GeneratedSources.Select(s => s.SourceText.ToString())));
    }

    [SkippableFact]
    public void Editing_one_document_leaves_the_other_cached()
    {
        var trackingNames = GeneratorStatus.TrackingNames;
        Skip.If(trackingNames.Length == 0 || !GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var parseStep = trackingNames.Single(n => n.Contains("Pars"));
        var kling = SpecCatalog.Load(SpecCatalog.Kling);
        var petstore = SpecCatalog.Load("petstore.yaml");
        var references = ReferenceSet.Net10;
        var compilation = GeneratorHarness.CreateCompilation(references);
        var klingText = kling.ToAdditionalText();
        var petstoreText = petstore.ToAdditionalText();
        var driver = GeneratorHarness.CreateDriver([klingText, petstoreText], new SpecOptionsProvider([kling, petstore]), references, trackSteps: true)
            .RunGenerators(compilation);
        var klingSources = driver.GetRunResult().Results.Single().GeneratedSources
            .Where(s => s.HintName.StartsWith("KlingApiClient.", System.StringComparison.Ordinal)).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        var edited = petstore.WithText(SpecEdits.AddStringProperty(petstore.Content, "Customer", "nickname"));
        var result = driver.ReplaceAdditionalText(petstoreText, edited.ToAdditionalText()).RunGenerators(compilation).GetRunResult().Results.Single();

        var parses = result.TrackedSteps[parseStep].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Contains(parses, r => Reused.Contains(r));
        Assert.Contains("Nickname", string.Concat(result.GeneratedSources.Select(s => s.SourceText.ToString())));
        foreach (var (hint, text) in klingSources)
        {
            Assert.Equal(text, result.GeneratedSources.Single(s => s.HintName == hint).SourceText.ToString());
        }
    }

    [SkippableFact]
    public void Changing_the_namespace_metadata_regenerates_into_the_new_namespace()
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var spec = SpecCatalog.Load(SpecCatalog.Kling);
        var (driver, compilation, _) = FirstRun(spec);

        var renamed = spec with { Namespace = "Acme.Avatars" };
        var result = driver.WithUpdatedAnalyzerConfigOptions(new SpecOptionsProvider([renamed]))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _).GetRunResult();

        Assert.NotNull(output.GetTypeByMetadataName("Acme.Avatars.KlingApiClient"));
        Assert.Null(output.GetTypeByMetadataName("KlingGen.Client.KlingApiClient"));
        Assert.DoesNotContain(result.GeneratedTrees, t => t.ToString().Contains("namespace KlingGen.Client", System.StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Removing_the_document_removes_its_output()
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var (driver, compilation, text) = FirstRun(SpecCatalog.Load(SpecCatalog.Kling));
        Assert.NotEmpty(driver.GetRunResult().GeneratedTrees);

        var result = driver.RemoveAdditionalTexts([text]).RunGenerators(compilation).GetRunResult();

        Assert.Empty(result.GeneratedTrees);
        Assert.Empty(result.Diagnostics);
    }
}
