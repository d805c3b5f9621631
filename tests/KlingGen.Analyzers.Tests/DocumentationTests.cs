using System;
using System.IO;
using System.Linq;
using KlingGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace KlingGen.Analyzers.Tests;

public sealed class DocumentationTests
{
    private static string[] Ids() =>
        AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();

    public static TheoryData<string> RuleIds() => new(Ids());

    [Fact]
    public void Every_rule_from_KLG101_to_KLG108_exists()
    {
        var ids = Ids();
        Assert.Equal(Enumerable.Range(101, 8).Select(n => "KLG" + n), ids);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_page_its_help_link_points_to(string id)
    {
        var descriptor = AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);
        Assert.Equal($"https://github.com/klinggen/klinggen/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);

        var page = Path.Combine(AppContext.BaseDirectory, "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", text, StringComparison.Ordinal);
        Assert.Contains("```csharp", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_is_tracked_in_the_release_file_with_its_severity(string id)
    {
        var descriptor = AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);
        Assert.True(descriptor.IsEnabledByDefault);
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "AnalyzerReleases.Unshipped.md"));
        var row = Assert.Single(lines, line => line.StartsWith(id + " ", StringComparison.Ordinal));
        var cells = row.Split('|').Select(cell => cell.Trim()).ToArray();
        Assert.Equal(descriptor.Category, cells[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
        Assert.Contains(descriptor.HelpLinkUri, row, StringComparison.Ordinal);
    }
}
