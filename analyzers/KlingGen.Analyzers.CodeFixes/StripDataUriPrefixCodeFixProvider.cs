using System.Composition;
using KlingGen.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KlingGen.Analyzers.CodeFixes;

/// <summary>KLG106: removes the <c>data:...;base64,</c> prefix from a string literal.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StripDataUriPrefixCodeFixProvider))]
[Shared]
public sealed class StripDataUriPrefixCodeFixProvider : SingleReplacementCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public StripDataUriPrefixCodeFixProvider()
        : base(RuleIdentifiers.DataUri)
    {
    }

    /// <inheritdoc />
    protected override NodeReplacement? FindReplacement(Diagnostic diagnostic, SyntaxNode node)
    {
        // Only a literal can be edited in place; a constant declared elsewhere may have other users.
        if (node is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return null;
        }

        var text = literal.Token.ValueText;
        var header = DataUriAnalyzer.GetHeaderLength(text);
        if (header <= 0)
        {
            return null;
        }

        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text.Substring(header)))
            .WithTriviaFrom(literal);
        return NodeReplacement.With("Remove the data URI prefix", literal, replacement);
    }
}
