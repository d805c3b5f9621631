using System.Collections.Immutable;
using System.Linq;
using KlingGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KlingGen.Analyzers.Rules;

/// <summary>KLG102: an object is sent as it stands with no member of one of its exactly-one-of groups set.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExactlyOneOfMissingAnalyzer : KlingAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ExactlyOneOfMissing);

    internal override void Register(CompilationStartAnalysisContext context, KlingSymbols symbols)
    {
        context.RegisterOperationAction(ctx => Analyze(ctx, symbols), OperationKind.ObjectCreation);
    }

    private static void Analyze(OperationAnalysisContext context, KlingSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var constraints = symbols.GetTypeConstraints(creation.Type);
        if (constraints.ExactlyOneOfGroups.IsEmpty
            || SentObjects.GetMembersSetWhenSentAsItStands(creation) is not { } set)
        {
            return;
        }

        foreach (var group in constraints.ExactlyOneOfGroups)
        {
            if (!group.Any(set.Contains))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ExactlyOneOfMissing,
                    CreatedObjects.GetReportLocation(creation),
                    creation.Type!.Name,
                    string.Join(", ", group)));
            }
        }
    }
}
