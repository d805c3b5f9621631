using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Serialization.Json;
using Microsoft.Kiota.Serialization.Text;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>
/// A target framework the generated client must compile for: its metadata references and the
/// preprocessor symbols MSBuild would define. The SDK project multi-targets netstandard2.0 and net8.0+,
/// so the generated code is compiled against both shapes.
/// </summary>
public sealed class ReferenceSet
{
    private ReferenceSet(string name, ImmutableArray<MetadataReference> references, ImmutableArray<string> symbols)
    {
        Name = name;
        References = references;
        PreprocessorSymbols = symbols;
    }

    public string Name { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public ImmutableArray<string> PreprocessorSymbols { get; }

    private static readonly Lazy<ReferenceSet> LazyNet10 = new(CreateNet10);
    private static readonly Lazy<ReferenceSet> LazyNetStandard20 = new(CreateNetStandard20);

    /// <summary>net10.0 reference pack plus the Kiota runtime this test process loads.</summary>
    public static ReferenceSet Net10 => LazyNet10.Value;

    /// <summary>netstandard2.0 reference assemblies plus the netstandard2.0 builds of the Kiota runtime.</summary>
    public static ReferenceSet NetStandard20 => LazyNetStandard20.Value;

    public static IEnumerable<ReferenceSet> All => [Net10, NetStandard20];

    public override string ToString() => Name;

    private static ReferenceSet CreateNet10()
    {
        var framework = FindNet10ReferencePack();
        var kiota = new[]
        {
            typeof(Microsoft.Kiota.Abstractions.Serialization.IParsable).Assembly.Location,
            typeof(HttpClientRequestAdapter).Assembly.Location,
            typeof(JsonParseNode).Assembly.Location,
            typeof(TextParseNode).Assembly.Location,
            Path.Combine(AppContext.BaseDirectory, "Std.UriTemplate.dll"),
        };
        var symbols = new List<string> { "NET", "NET10_0", "NETCOREAPP" };
        for (var v = 5; v <= 10; v++)
        {
            symbols.Add($"NET{v}_0_OR_GREATER");
        }

        symbols.AddRange(["NETCOREAPP1_0_OR_GREATER", "NETCOREAPP1_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER",
            "NETCOREAPP2_1_OR_GREATER", "NETCOREAPP2_2_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER"]);
        return new ReferenceSet("net10.0", ToReferences(framework.Concat(kiota)), [.. symbols]);
    }

    private static ReferenceSet CreateNetStandard20()
    {
        var root = TestEnvironment.NuGetPackageRoot;
        var framework = Directory.GetFiles(Path.Combine(root, "netstandard.library", "2.0.3", "build", "netstandard2.0", "ref"), "*.dll");
        var packages = new[]
        {
            ("microsoft.kiota.abstractions", "Microsoft.Kiota.Abstractions.dll"),
            ("microsoft.kiota.http.httpclientlibrary", "Microsoft.Kiota.Http.HttpClientLibrary.dll"),
            ("microsoft.kiota.serialization.json", "Microsoft.Kiota.Serialization.Json.dll"),
            ("microsoft.kiota.serialization.text", "Microsoft.Kiota.Serialization.Text.dll"),
            ("std.uritemplate", "Std.UriTemplate.dll"),
            ("system.componentmodel.annotations", "System.ComponentModel.Annotations.dll"),
            ("system.threading.tasks.extensions", "System.Threading.Tasks.Extensions.dll"),
            ("system.memory", "System.Memory.dll"),
            ("system.text.json", "System.Text.Json.dll"),
            ("system.diagnostics.diagnosticsource", "System.Diagnostics.DiagnosticSource.dll"),
            ("microsoft.bcl.asyncinterfaces", "Microsoft.Bcl.AsyncInterfaces.dll"),
        };
        var libraries = packages.Select(p => FindNetStandard20Library(root, p.Item1, p.Item2)).Where(p => p is not null).Cast<string>();
        string[] symbols = ["NETSTANDARD", "NETSTANDARD2_0", "NETSTANDARD2_0_OR_GREATER", "NETSTANDARD1_0_OR_GREATER",
            "NETSTANDARD1_1_OR_GREATER", "NETSTANDARD1_2_OR_GREATER", "NETSTANDARD1_3_OR_GREATER", "NETSTANDARD1_4_OR_GREATER",
            "NETSTANDARD1_5_OR_GREATER", "NETSTANDARD1_6_OR_GREATER"];
        return new ReferenceSet("netstandard2.0", ToReferences(framework.Concat(libraries)), [.. symbols]);
    }

    private static string? FindNetStandard20Library(string root, string package, string file)
    {
        var packageDir = Path.Combine(root, package);
        if (!Directory.Exists(packageDir))
        {
            return null;
        }

        // Highest restored version wins, as NuGet would pick for this repository's pins.
        return Directory.GetDirectories(packageDir)
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version(0, 0))
            .Select(d => Path.Combine(d, "lib", "netstandard2.0", file))
            .FirstOrDefault(File.Exists);
    }

    private static IEnumerable<string> FindNet10ReferencePack()
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<version>/ → <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net10.0
        var runtimeDir = RuntimeEnvironment.GetRuntimeDirectory();
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var refDir = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Select(d => Path.Combine(d, "ref", "net10.0"))
                .Where(Directory.Exists)
                .OrderByDescending(d => d, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        if (refDir is not null)
        {
            return Directory.GetFiles(refDir, "*.dll");
        }

        // No reference pack installed: fall back to the running framework's implementation assemblies.
        var trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator).Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal)
            || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Win32.Primitives.dll");
    }

    private static ImmutableArray<MetadataReference> ToReferences(IEnumerable<string> paths) =>
        [.. paths.Distinct(StringComparer.OrdinalIgnoreCase).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];

    public CSharpParseOptions ParseOptions =>
        new(LanguageVersion.Latest, DocumentationMode.Diagnose, preprocessorSymbols: PreprocessorSymbols);

    /// <summary>The options src/KlingGen compiles with: nullable on, warnings as errors.</summary>
    public static CSharpCompilationOptions CompilationOptions { get; } =
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true,
                concurrentBuild: false)
            // The SDK silences these two unification notices by default too.
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });
}
