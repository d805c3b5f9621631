using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KlingGen.Analyzers.CodeFixes;

/// <summary>KLG108: replaces a hard-coded key with a read of the environment variable named by <c>[Secret]</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadSecretFromEnvironmentCodeFixProvider))]
[Shared]
public sealed class ReadSecretFromEnvironmentCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.HardCodedSecret);

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
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
            {
                continue;
            }

            var variable = diagnostic.Properties.TryGetValue(HardCodedSecretAnalyzer.EnvironmentVariableProperty, out var named) && !string.IsNullOrWhiteSpace(named)
                ? named!
                : HardCodedSecretAnalyzer.DefaultEnvironmentVariable;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Read the key from the " + variable + " environment variable",
                    ct => ReplaceAsync(context.Document, literal, variable, ct),
                    equivalenceKey: RuleIdentifiers.HardCodedSecret),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string variable, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var prefix = SeesSystemNamespace(model, literal.SpanStart) ? string.Empty : "System.";
        var name = SymbolDisplay.FormatLiteral(variable, quote: true);
        var message = SymbolDisplay.FormatLiteral("Set the " + variable + " environment variable.", quote: true);
        var replacement = SyntaxFactory.ParseExpression(
                prefix + "Environment.GetEnvironmentVariable(" + name + ") ?? throw new " + prefix + "InvalidOperationException(" + message + ")")
            .WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }

    // Short names only when they already bind to the System types at that point (a using directive, global or not).
    private static bool SeesSystemNamespace(SemanticModel model, int position) =>
        BindsTo(model, position, "Environment", "System.Environment")
        && BindsTo(model, position, "InvalidOperationException", "System.InvalidOperationException");

    private static bool BindsTo(SemanticModel model, int position, string name, string fullName)
    {
        var found = model.LookupNamespacesAndTypes(position, name: name);
        return found.Length == 1 && found.Single() is INamedTypeSymbol type && type.ToDisplayString() == fullName;
    }
}
