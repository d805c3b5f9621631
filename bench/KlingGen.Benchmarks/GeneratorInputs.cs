using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using KlingGen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KlingGen.Benchmarks;

/// <summary>What the compiler hands the generator: a compilation, the spec as an AdditionalFile and its item metadata.</summary>
public sealed class GeneratorInputs
{
    public const string Namespace = "KlingGen.Client";
    public const string ClientName = "KlingApiClient";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll" or "System.Collections.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    public GeneratorInputs(string specText, string specPath = "/bench/openapi/spec.yaml")
    {
        Spec = new SpecText(specPath, SourceText.From(specText, System.Text.Encoding.UTF8));
        ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        Compilation = CSharpCompilation.Create(
            "Bench",
            [CSharpSyntaxTree.ParseText("namespace Consumer; public static class Marker { public const int Value = 1; }", ParseOptions, "Marker.cs")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Options = new MetadataOptions(specPath);
    }

    public AdditionalText Spec { get; }

    public CSharpParseOptions ParseOptions { get; }

    public Compilation Compilation { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    public static string RepoFile(params string[] parts)
    {
        var root = typeof(GeneratorInputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        return Path.Combine([root, .. parts]);
    }

    public GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new OpenApiClientGenerator().AsSourceGenerator()],
            [Spec],
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));

    public AdditionalText EditedSpec(string newText) => new SpecText(Spec.Path, SourceText.From(newText, System.Text.Encoding.UTF8));

    public SyntaxTree UnrelatedEdit() =>
        CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Edited { internal static int Twice(int x) => 2 * x; }", ParseOptions, "Edited.cs");

    private sealed class SpecText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class MetadataOptions(string specPath) : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);
        private readonly DictionaryOptions _spec = new(ImmutableDictionary<string, string>.Empty
            .Add("build_metadata.AdditionalFiles.KlingGenNamespace", Namespace)
            .Add("build_metadata.AdditionalFiles.KlingGenClientName", ClientName));

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == specPath ? _spec : Empty;
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
