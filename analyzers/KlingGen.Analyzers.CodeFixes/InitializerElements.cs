using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KlingGen.Analyzers.CodeFixes;

internal static class InitializerElements
{
    /// <summary>
    /// Removes one element of an object initializer together with the comma that belongs to it, so that the
    /// remaining elements keep their layout (one per line or all on one line).
    /// </summary>
    public static InitializerExpressionSyntax Remove(InitializerExpressionSyntax initializer, ExpressionSyntax element)
    {
        var expressions = initializer.Expressions;
        var index = expressions.IndexOf(element);
        if (index < 0)
        {
            return initializer;
        }

        var nodes = expressions.GetWithSeparators();
        var position = index * 2;
        var followedByComma = position + 1 < nodes.Count;
        SyntaxNodeOrTokenList remaining;
        if (followedByComma)
        {
            remaining = nodes.RemoveAt(position + 1).RemoveAt(position);
        }
        else if (index > 0)
        {
            // Last element without a trailing comma: drop the comma before it, and give its trailing
            // trivia (the space or line break before '}') to the element that is now last.
            remaining = nodes.RemoveAt(position).RemoveAt(position - 1);
            var previous = remaining[position - 2];
            remaining = remaining.Replace(previous, previous.WithTrailingTrivia(previous.GetTrailingTrivia().AddRange(element.GetTrailingTrivia())));
        }
        else
        {
            remaining = nodes.RemoveAt(position);
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(remaining));
    }
}
