using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace KlingGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// References for test compilations, taken from the running framework so that tests need no download.
/// </summary>
internal static class TestReferences
{
    /// <summary>An empty reference set: the framework comes from <see cref="Framework"/> instead of a package.</summary>
    public static readonly ReferenceAssemblies None = new("net10.0");

    /// <summary>The assemblies of the running .NET (System.*, Microsoft.*, netstandard, mscorlib), loaded once.</summary>
    public static readonly ImmutableArray<MetadataReference> Framework = LoadFramework();

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return paths
            .Where(path =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                return name.StartsWith("System.", StringComparison.Ordinal)
                    || name is "System" or "netstandard" or "mscorlib"
                    || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal)
                    || name == "Microsoft.CSharp";
            })
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
