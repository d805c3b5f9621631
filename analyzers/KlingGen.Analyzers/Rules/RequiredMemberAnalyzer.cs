using System.Collections.Generic;
using System.Collections.Immutable;
using KlingGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KlingGen.Analyzers.Rules;

/// <summary>KLG105: an object is sent as it stands without one of its required members.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequiredMemberAnalyzer : SentObjectAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RequiredMemberMissing);

    internal override bool HasConstraintsToCheck(TypeConstraints constraints) => !constraints.RequiredMembers.IsEmpty;

    internal override void Check(OperationAnalysisContext context, IObjectCreationOperation creation, TypeConstraints constraints, HashSet<string> setMembers)
    {
        foreach (var member in constraints.RequiredMembers)
        {
            if (!setMembers.Contains(member))
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
