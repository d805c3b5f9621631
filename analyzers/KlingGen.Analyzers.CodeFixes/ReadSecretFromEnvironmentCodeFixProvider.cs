using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KlingGen.Analyzers.CodeFixes;

/// <summary>KLG108: replaces a hard-coded key with a read of the environment variable named by <c>[Secret]</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadSecretFromEnvironmentCodeFixProvider))]
[Shared]
public sealed class ReadSecretFromEnvironmentCodeFixProvider : SingleReplacementCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public ReadSecretFromEnvironmentCodeFixProvider()
        : base(RuleIdentifiers.HardCodedSecret)
    {
    }

    /// <inheritdoc />
    protected override NodeReplacement? FindReplacement(Diagnostic diagnostic, SyntaxNode node)
    {
        if (node is not LiteralExpressionSyntax literal)
        {
            return null;
        }

        var variable = diagnostic.Properties.TryGetValue(HardCodedSecretAnalyzer.EnvironmentVariableProperty, out var named) && !string.IsNullOrWhiteSpace(named)
            ? named!
            : HardCodedSecretAnalyzer.DefaultEnvironmentVariable;
        return NodeReplacement.Deferred(
            "Read the key from the " + variable + " environment variable",
            literal,
            (document, ct) => CreateReadAsync(document, literal, variable, ct));
    }

    private static async Task<SyntaxNode?> CreateReadAsync(Document document, LiteralExpressionSyntax literal, string variable, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return null;
        }

        var prefix = SeesSystemNamespace(model, literal.SpanStart) ? string.Empty : "System.";
        var name = SymbolDisplay.FormatLiteral(variable, quote: true);
        var message = SymbolDisplay.FormatLiteral("Set the " + variable + " environment variable.", quote: true);
        return SyntaxFactory.ParseExpression(
                prefix + "Environment.GetEnvironmentVariable(" + name + ") ?? throw new " + prefix + "InvalidOperationException(" + message + ")")
            .WithTriviaFrom(literal);
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
