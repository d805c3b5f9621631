using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>The OpenAPI documents under tests/specs and the names their clients get.</summary>
public static class SpecCatalog
{
    public const string Kling = "kling";

    /// <summary>Valid documents: every *.yaml, *.yml and *.json directly in tests/specs.</summary>
    public static IReadOnlyList<string> ValidSpecNames { get; } =
        Directory.GetFiles(TestEnvironment.SpecsDirectory)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Cast<string>()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    /// <summary>Names of every valid document plus <see cref="Kling"/>.</summary>
    public static IEnumerable<string> AllNames => ValidSpecNames.Prepend(Kling);

    public static string PathOf(string name) =>
        name == Kling ? TestEnvironment.KlingSpecPath : Path.Combine(TestEnvironment.SpecsDirectory, name);

    /// <summary><c>github-rest.yaml</c> → <c>Specs.GithubRest</c>, client <c>GithubRestClient</c>.</summary>
    public static string NamespaceOf(string name) => name == Kling ? SpecFile.DefaultNamespace : "Specs." + PascalName(name);

    public static string ClientNameOf(string name) => name == Kling ? SpecFile.DefaultClientName : PascalName(name) + "Client";

    public static SpecFile Load(string name) => SpecFile.FromDisk(PathOf(name), NamespaceOf(name), ClientNameOf(name));

    private static string PascalName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return string.Concat(stem.Split('-', '_', '.').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
