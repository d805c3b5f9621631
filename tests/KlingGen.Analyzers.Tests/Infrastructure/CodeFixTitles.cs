using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KlingGen.Analyzers.Tests.Infrastructure;

/// <summary>Lists the titles of the code actions a fixer offers for the first diagnostic of a source.</summary>
internal static class CodeFixTitles
{
    public static async Task<IReadOnlyList<string>> GetAsync(DiagnosticAnalyzer analyzer, CodeFixProvider fixer, string source)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Test", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .AddMetadataReferences(TestReferences.Framework);
        project = project.AddDocument(TestSdk.FileName, SourceText.From(TestSdk.Source)).Project;
        var document = project.AddDocument("Test.cs", SourceText.From(source));
        var compilation = await document.Project.GetCompilationAsync();
        var diagnostics = await compilation!.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();
        var diagnostic = diagnostics.First(d => d.Location.SourceTree?.FilePath == "Test.cs");

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fixer.RegisterCodeFixesAsync(context);
        return actions.Select(a => a.Title).ToList();
    }
}
