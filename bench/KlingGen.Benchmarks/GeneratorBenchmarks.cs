using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace KlingGen.Benchmarks;

/// <summary>A cold generator run: parse the document and emit the whole client.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class FullGenerationBenchmarks
{
    private GeneratorInputs _inputs = null!;

    /// <summary><c>kling</c> is openapi/kling.yaml; <c>opsN</c> is a synthetic document with N operations.</summary>
    [Params("kling", "ops10", "ops100", "ops1000")]
    public string Spec { get; set; } = "kling";

    [GlobalSetup]
    public void Setup() => _inputs = new GeneratorInputs(SpecText(Spec));

    [Benchmark]
    public GeneratorDriver Generate() => _inputs.CreateDriver().RunGenerators(_inputs.Compilation);

    internal static string SpecText(string spec) => spec == "kling"
        ? File.ReadAllText(GeneratorInputs.RepoFile("openapi", "kling.yaml"))
        : SyntheticSpec.WithOperations(int.Parse(spec.AsSpan("ops".Length)));
}

/// <summary>
/// Re-runs after the first generation, as the IDE does on each keystroke: an unrelated C# edit should be nearly
/// free (everything cached); a one-property spec edit re-parses and re-emits.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class IncrementalGenerationBenchmarks
{
    private GeneratorInputs _inputs = null!;
    private GeneratorDriver _warm = null!;
    private Compilation _editedCompilation = null!;
    private AdditionalText _editedSpec = null!;

    [Params("kling", "ops100")]
    public string Spec { get; set; } = "kling";

    [GlobalSetup]
    public void Setup()
    {
        var text = FullGenerationBenchmarks.SpecText(Spec);
        _inputs = new GeneratorInputs(text);
        _warm = _inputs.CreateDriver().RunGenerators(_inputs.Compilation);
        _editedCompilation = _inputs.Compilation.AddSyntaxTrees(_inputs.UnrelatedEdit());
        _editedSpec = _inputs.EditedSpec(AddProperty(text));
    }

    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEdit() => _warm.RunGenerators(_editedCompilation);

    [Benchmark]
    public GeneratorDriver OnePropertySpecEdit() => _warm.ReplaceAdditionalText(_inputs.Spec, _editedSpec).RunGenerators(_inputs.Compilation);

    /// <summary>Adds one string property to the first object schema that lists properties.</summary>
    private static string AddProperty(string yaml)
    {
        const string Marker = "\n      properties:\n";
        var at = yaml.IndexOf(Marker, yaml.IndexOf("\n  schemas:\n", StringComparison.Ordinal), StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("No component schema with properties to edit.");
        }

        at += Marker.Length;
        return yaml[..at] + "        added_in_edit:\n          type: string\n" + yaml[at..];
    }
}
