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
}
