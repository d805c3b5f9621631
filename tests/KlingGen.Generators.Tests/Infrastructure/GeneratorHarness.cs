using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="OpenApiClientGenerator"/> in process, the way the compiler hosts it.</summary>
public static class GeneratorHarness
{
    public const string AssemblyName = "KlingGen.GeneratedClientUnderTest";

    /// <summary>A small consumer file so the compilation is never empty.</summary>
    public const string ConsumerSource = """
        namespace Consumer
        {
            /// <summary>Code that lives next to the generated client (block namespace: valid in every C# version).</summary>
            public static class Marker
            {
                /// <summary>A constant.</summary>
                public const int Value = 1;
            }
        }
        """;

    public static CSharpCompilation CreateCompilation(ReferenceSet references, IEnumerable<string>? sources = null) =>
        CSharpCompilation.Create(
            AssemblyName,
            (sources ?? [ConsumerSource]).Select((s, i) =>
                CSharpSyntaxTree.ParseText(s, references.ParseOptions, path: $"Consumer{i}.cs")),
            references.References,
            ReferenceSet.CompilationOptions);

    public static GeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, ReferenceSet references, bool trackSteps = false)
    {
        var list = specs.ToList();
        return CreateDriver(list.Select(s => s.ToAdditionalText()), new SpecOptionsProvider(list), references, trackSteps);
    }

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, SpecOptionsProvider options, ReferenceSet references, bool trackSteps) =>
        CSharpGeneratorDriver.Create(
            [new OpenApiClientGenerator().AsSourceGenerator()],
            texts,
            references.ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorRun Run(params SpecFile[] specs) => Run(specs, ReferenceSet.Net10);

    public static GeneratorRun Run(IEnumerable<SpecFile> specs, ReferenceSet references, IEnumerable<string>? sources = null)
    {
        var compilation = CreateCompilation(references, sources);
        var driver = CreateDriver(specs, references)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, driverDiagnostics);
    }
}

/// <summary>What one generator pass produced.</summary>
public sealed class GeneratorRun(GeneratorDriverRunResult result, Compilation outputCompilation, ImmutableArray<Diagnostic> driverDiagnostics)
{
    public GeneratorDriverRunResult Result { get; } = result;

    public Compilation OutputCompilation { get; } = outputCompilation;

    /// <summary>Diagnostics the driver reported while running (includes CS8784/CS8785 when a generator throws).</summary>
    public ImmutableArray<Diagnostic> DriverDiagnostics { get; } = driverDiagnostics;

    public GeneratorRunResult Generator => Result.Results.Single();

    public ImmutableArray<GeneratedSourceResult> Sources => Generator.GeneratedSources;

    public ImmutableArray<Diagnostic> Diagnostics => Generator.Diagnostics;

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Fails when the generator threw, however the failure surfaced.</summary>
    public void AssertDidNotThrow()
    {
        var crash = DriverDiagnostics.Concat(Diagnostics).FirstOrDefault(d => d.Id is "CS8784" or "CS8785");
        if (Generator.Exception is not null || crash is not null)
        {
            throw new Xunit.Sdk.XunitException(
                $"The generator threw: {Generator.Exception?.ToString() ?? crash!.GetMessage()}");
        }
    }

    /// <summary>Compiler diagnostics of the compilation with the generated files added, warnings and errors.</summary>
    public IReadOnlyList<Diagnostic> CompilerProblems() =>
        OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();

    public static string Describe(IEnumerable<Diagnostic> diagnostics, int max = 25)
    {
        var list = diagnostics.ToList();
        var lines = list.Take(max).Select(d =>
        {
            var span = d.Location.GetLineSpan();
            var code = d.Location.SourceTree is { } tree ? tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim() : "";
            return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity} {d.Id}: {d.GetMessage()}  | {code}";
        });
        var more = list.Count > max ? $"\n... and {list.Count - max} more" : "";
        return string.Join("\n", lines) + more;
    }
}
