using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KlingGen.Analyzers.CodeFixes;

/// <summary>KLG101: removes one of the two conflicting assignments (one fix per member).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveConflictingAssignmentCodeFixProvider))]
[Shared]
public sealed class RemoveConflictingAssignmentCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ExactlyOneOfConflict);

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
            if (diagnostic.AdditionalLocations.Count == 1
                && diagnostic.Properties.TryGetValue(ExactlyOneOfConflictAnalyzer.FirstMemberProperty, out var first) && first is not null
                && diagnostic.Properties.TryGetValue(ExactlyOneOfConflictAnalyzer.SecondMemberProperty, out var second) && second is not null)
            {
                Offer(context, root, diagnostic, diagnostic.AdditionalLocations[0], first);
                Offer(context, root, diagnostic, diagnostic.Location, second);
            }
        }
    }

    private static void Offer(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic, Location location, string member)
    {
        if (location.SourceTree != root.SyntaxTree
            || root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) is not { } found
            || found.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is not { } assignment
            || assignment.Span != location.SourceSpan)
        {
            return;
        }

        var title = "Remove the assignment to " + member;
        context.RegisterCodeFix(
            CodeAction.Create(title, ct => RemoveAsync(context.Document, assignment, ct), equivalenceKey: RuleIdentifiers.ExactlyOneOfConflict + ":" + member),
            diagnostic);
    }

    private static async Task<Document> RemoveAsync(Document document, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        SyntaxNode? newRoot = assignment.Parent switch
        {
            ExpressionStatementSyntax statement => root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia),
            InitializerExpressionSyntax initializer => root.ReplaceNode(initializer, InitializerElements.Remove(initializer, assignment)),
            _ => null,
        };

        return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
    }
}
