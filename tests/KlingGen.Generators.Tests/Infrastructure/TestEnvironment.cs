using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>Paths and switches the tests read from the build and the environment.</summary>
internal static class TestEnvironment
{
    public static string RepoRoot { get; } = Path.GetFullPath(Metadata("RepoRoot"));

    public static string NuGetPackageRoot { get; } = Metadata("NuGetPackageRoot");

    /// <summary>The parser assemblies the generator ships next to itself (netstandard2.0 builds).</summary>
    public static string[] BundledParserAssemblies { get; } =
        Metadata("BundledParserAssemblies").Split(';', StringSplitOptions.RemoveEmptyEntries);

    public static string KlingSpecPath { get; } = Path.Combine(RepoRoot, "openapi", "kling.yaml");

    public static string SpecsDirectory { get; } = Path.Combine(RepoRoot, "tests", "specs");

    public static string SnapshotsDirectory { get; } =
        Path.Combine(RepoRoot, "tests", "KlingGen.Generators.Tests", "Snapshots");

    public static bool IsCi => IsTrue("CI") || IsTrue("TF_BUILD") || IsTrue("GITHUB_ACTIONS");

    public static bool AcceptSnapshots => IsTrue("KLINGGEN_ACCEPT_SNAPSHOTS") || IsTrue("VERIFY_AUTOACCEPT");

    public static int? FuzzCases =>
        int.TryParse(Environment.GetEnvironmentVariable("KLINGGEN_FUZZ_CASES"), out var n) && n > 0 ? n : null;

    private static bool IsTrue(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
    }

    private static string Metadata(string key) =>
        typeof(TestEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value ?? throw new InvalidOperationException($"Missing assembly metadata {key}.");
}
