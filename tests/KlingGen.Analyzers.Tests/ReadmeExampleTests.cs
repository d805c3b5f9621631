using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace KlingGen.Analyzers.Tests;

/// <summary>The README section shows a misuse and the diagnostics it gets: both must stay true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task Documented_diagnostics_are_the_ones_reported()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "repository-README.md")).Replace("\r\n", "\n");
        var sectionStart = readme.IndexOf("\n## Mistakes caught while you type", StringComparison.Ordinal);
        Assert.True(sectionStart >= 0, "README.md has no analyzer section");
        var sectionEnd = readme.IndexOf("\n## ", sectionStart + 1, StringComparison.Ordinal);
        var page = sectionEnd < 0 ? readme[sectionStart..] : readme[sectionStart..sectionEnd];
        var blocks = Regex.Matches(page, "```(csharp|text)\n(.*?)```", RegexOptions.Singleline);
        var program = blocks[0].Groups[2].Value;
        var documented = blocks[1].Groups[2].Value.Trim().Split('\n');

        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Readme",
            new[]
            {
                CSharpSyntaxTree.ParseText(program, parse, "Program.cs"),
                CSharpSyntaxTree.ParseText("global using System;\nglobal using KlingGen.Client;\nglobal using KlingGen.Client.Models;", parse, "Usings.cs"),
                CSharpSyntaxTree.ParseText(TestSdk.Source, parse, TestSdk.FileName),
            },
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Create()).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var reported = diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d =>
            {
                var position = d.Location.GetLineSpan().StartLinePosition;
                var severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
                return $"Program.cs({position.Line + 1},{position.Character + 1}): {severity} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .ToArray();

        Assert.Equal(documented, reported);
    }
}
