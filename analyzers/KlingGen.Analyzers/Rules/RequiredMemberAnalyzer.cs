using System.Collections.Immutable;
using KlingGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KlingGen.Analyzers.Rules;

/// <summary>KLG105: an object is sent as it stands without one of its required members.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequiredMemberAnalyzer : KlingAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RequiredMemberMissing);

    internal override void Register(CompilationStartAnalysisContext context, KlingSymbols symbols)
    {
        context.RegisterOperationAction(ctx => Analyze(ctx, symbols), OperationKind.ObjectCreation);
    }

    private static void Analyze(OperationAnalysisContext context, KlingSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var constraints = symbols.GetTypeConstraints(creation.Type);
        if (constraints.RequiredMembers.IsEmpty
            || SentObjects.GetMembersSetWhenSentAsItStands(creation) is not { } set)
        {
            return;
        }

        foreach (var member in constraints.RequiredMembers)
        {
            if (!set.Contains(member))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.RequiredMemberMissing,
                    CreatedObjects.GetReportLocation(creation),
                    creation.Type!.Name,
                    member));
            }
        }
    }
}
