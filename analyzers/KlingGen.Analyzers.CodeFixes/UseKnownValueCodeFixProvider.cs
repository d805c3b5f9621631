using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using KlingGen.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KlingGen.Analyzers.CodeFixes;

/// <summary>KLG104: replaces an unknown value with the known value it most likely meant.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseKnownValueCodeFixProvider))]
[Shared]
public sealed class UseKnownValueCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnknownValue);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(KnownValuesAnalyzer.SuggestionProperty, out var suggestion) || suggestion is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
            {
                continue;
            }

            var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion))
                .WithTriviaFrom(value);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use \"" + suggestion + "\"",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, replacement))),
                    equivalenceKey: RuleIdentifiers.UnknownValue),
                diagnostic);
        }
    }
}
