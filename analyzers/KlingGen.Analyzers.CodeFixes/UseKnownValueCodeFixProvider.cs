using System.Composition;
using KlingGen.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KlingGen.Analyzers.CodeFixes;

/// <summary>KLG104: replaces an unknown value with the known value it most likely meant.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseKnownValueCodeFixProvider))]
[Shared]
public sealed class UseKnownValueCodeFixProvider : SingleReplacementCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public UseKnownValueCodeFixProvider()
        : base(RuleIdentifiers.UnknownValue)
    {
    }

    /// <inheritdoc />
    protected override NodeReplacement? FindReplacement(Diagnostic diagnostic, SyntaxNode node)
    {
        if (!diagnostic.Properties.TryGetValue(KnownValuesAnalyzer.SuggestionProperty, out var suggestion) || suggestion is null
            || node is not ExpressionSyntax value)
        {
            return null;
        }

        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion))
            .WithTriviaFrom(value);
        return NodeReplacement.With("Use \"" + suggestion + "\"", value, replacement);
    }
}
