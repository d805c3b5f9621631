using System.Text.RegularExpressions;

namespace KlingGen.Package.Tests;

/// <summary>Builds fresh projects outside the repository against the packed KlingGen, the way a user would.</summary>
[Collection(PackageCollection.Name)]
public sealed partial class ConsumerBuildTests(PackageFeed feed)
{
    private static readonly string[] AnalyzerHostFailures = ["AD0001", "CS8032", "CS8784", "CS8785"];

    [Fact]
    public void Misuse_is_reported_at_the_offending_lines_and_the_fixed_code_builds_clean()
    {
        var misuse = ConsumerSources.Misuse();
        var consumer = feed.CreateConsumer("MisusingConsumer", misuse);

        var broken = PackageFeed.Build(consumer);

        Assert.NotEqual(0, broken.ExitCode);
        var diagnostics = KlingDiagnostics(broken.Output);
        AssertReportedOn(diagnostics, "KLG101", LinesOf(misuse, "AudioId =", "SoundFile ="));
        AssertReportedOn(diagnostics, "KLG103", LinesOf(misuse, "Prompt ="));
        AssertReportedOn(diagnostics, "KLG106", LinesOf(misuse, "Image ="));
        AssertNoAnalyzerHostFailure(broken.Output);

        PackageFeed.WriteProgram(consumer, ConsumerSources.Corrected());
        var fixedBuild = PackageFeed.Build(consumer);

        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Output);
        Assert.Empty(KlingDiagnostics(fixedBuild.Output));
        AssertNoAnalyzerHostFailure(fixedBuild.Output);
    }

    [Fact]
    public void A_project_that_never_touches_the_request_types_sees_no_diagnostic()
    {
        var consumer = feed.CreateConsumer("QuietConsumer", ConsumerSources.UnrelatedUse());

        var build = PackageFeed.Build(consumer);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(KlingDiagnostics(build.Output));
        AssertNoAnalyzerHostFailure(build.Output);
    }

    [Fact]
    public void One_property_turns_the_usage_rules_off()
    {
        var consumer = feed.CreateConsumer(
            "OptedOutConsumer",
            ConsumerSources.Misuse(),
            "<KlingGenEnableUsageAnalyzers>false</KlingGenEnableUsageAnalyzers>");

        var build = PackageFeed.Build(consumer);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(KlingDiagnostics(build.Output));
    }

    [Fact]
    public void The_readme_install_example_compiles_against_the_package()
    {
        var readme = File.ReadAllText(Path.Combine(feed.RepositoryRoot, "README.md"));
        var install = readme.IndexOf("## Install", StringComparison.Ordinal);
        var start = readme.IndexOf("```csharp", install, StringComparison.Ordinal) + "```csharp".Length;
        var example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var consumer = feed.CreateConsumer("ReadmeConsumer", example);

        var build = PackageFeed.Build(consumer);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(KlingDiagnostics(build.Output));
    }

    private static List<(string Id, int Line)> KlingDiagnostics(string buildOutput) =>
        DiagnosticLine().Matches(buildOutput)
            .Select(m => (m.Groups["id"].Value, int.Parse(m.Groups["line"].Value)))
            .Distinct()
            .ToList();

    private static void AssertReportedOn(List<(string Id, int Line)> diagnostics, string id, int[] allowedLines)
    {
        var lines = diagnostics.Where(d => d.Id == id).Select(d => d.Line).ToList();
        Assert.True(lines.Count > 0, $"{id} was not reported. Reported: {string.Join(", ", diagnostics)}");
        Assert.All(lines, line => Assert.Contains(line, allowedLines));
    }

    private static int[] LinesOf(string source, params string[] markers) =>
        source.Split('\n')
            .Select((text, index) => (text, line: index + 1))
            .Where(l => markers.Any(m => l.text.TrimStart().StartsWith(m, StringComparison.Ordinal)))
            .Select(l => l.line)
            .ToArray();

    private static void AssertNoAnalyzerHostFailure(string buildOutput)
    {
        foreach (var id in AnalyzerHostFailures)
        {
            Assert.DoesNotContain(id, buildOutput);
        }
    }

    [GeneratedRegex(@"Program\.cs\((?<line>\d+),\d+\): (?:error|warning) (?<id>KLG\d{3})")]
    private static partial Regex DiagnosticLine();
}
