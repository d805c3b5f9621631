using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace KlingGen.Analyzers.CodeFixes;

/// <summary>
/// Base of the fixes that offer one action per diagnostic, replacing the node at the diagnostic's span.
/// The diagnostic id doubles as the equivalence key, so Fix All groups every such action together.
/// </summary>
public abstract class SingleReplacementCodeFixProvider : CodeFixProvider
{
    private readonly string diagnosticId;

    /// <summary>Creates a provider for the given diagnostic id.</summary>
    protected SingleReplacementCodeFixProvider(string diagnosticId)
    {
        this.diagnosticId = diagnosticId;
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
    }

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (FindReplacement(diagnostic, node) is not { } replacement)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    replacement.Title,
                    ct => ApplyAsync(context.Document, root, replacement, ct),
                    equivalenceKey: diagnosticId),
                diagnostic);
        }
    }

    /// <summary>What to offer for one diagnostic whose span covers <paramref name="node"/>, or null when it cannot be fixed.</summary>
    protected abstract NodeReplacement? FindReplacement(Diagnostic diagnostic, SyntaxNode node);

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode root, NodeReplacement replacement, CancellationToken cancellationToken)
    {
        var newNode = await replacement.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        return newNode is null ? document : document.WithSyntaxRoot(root.ReplaceNode(replacement.Target, newNode));
    }
}
