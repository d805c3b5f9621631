namespace KlingGen.Package.Tests;

[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFeed feed)
{
    [Fact]
    public void Sdk_package_carries_the_library_for_each_target_and_the_analyzers()
    {
        var entries = feed.Entries("KlingGen");

        Assert.Contains("lib/netstandard2.0/KlingGen.dll", entries);
        Assert.Contains("lib/netstandard2.0/KlingGen.xml", entries);
        Assert.Contains("lib/net8.0/KlingGen.dll", entries);
        Assert.Contains("lib/net8.0/KlingGen.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/KlingGen.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/KlingGen.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("build/KlingGen.targets", entries);
        Assert.Contains("buildTransitive/KlingGen.targets", entries);
        Assert.Contains("README.md", entries);
    }

    [Fact]
    public void Sdk_package_does_not_leak_the_generator_or_analyzer_dependencies()
    {
        var entries = feed.Entries("KlingGen");

        Assert.DoesNotContain(entries, e => e.EndsWith("KlingGen.Generators.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.OpenApi", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Analyzers", StringComparison.Ordinal));

        var nuspec = feed.ReadEntry("KlingGen", "KlingGen.nuspec");
        Assert.DoesNotContain("KlingGen.Generators", nuspec);
        Assert.DoesNotContain("KlingGen.Analyzers", nuspec);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", nuspec);
        Assert.Contains("Microsoft.Kiota.Abstractions", nuspec);
    }

    [Fact]
    public void Sdk_package_metadata_names_license_repository_and_release_notes()
    {
        var nuspec = feed.ReadEntry("KlingGen", "KlingGen.nuspec");

        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
        Assert.Contains("<readme>README.md</readme>", nuspec);
        Assert.Contains("<repository type=\"git\"", nuspec);
        Assert.Contains("CHANGELOG.md", nuspec);
        Assert.Contains($"<version>{feed.Version}</version>", nuspec);
    }

    [Fact]
    public void Generator_package_is_a_development_dependency_with_its_parser_bundled()
    {
        var entries = feed.Entries("KlingGen.Generators");

        Assert.Contains("analyzers/dotnet/cs/KlingGen.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Microsoft.OpenApi.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Microsoft.OpenApi.YamlReader.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/SharpYaml.dll", entries);
        Assert.Contains("build/KlingGen.Generators.props", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

        var nuspec = feed.ReadEntry("KlingGen.Generators", "KlingGen.Generators.nuspec");
        Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
        Assert.DoesNotContain("<dependency id=\"Microsoft.OpenApi", nuspec);
    }
}
