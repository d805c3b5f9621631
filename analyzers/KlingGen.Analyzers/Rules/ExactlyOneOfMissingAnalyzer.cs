using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KlingGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KlingGen.Analyzers.Rules;

/// <summary>KLG102: an object is sent as it stands with no member of one of its exactly-one-of groups set.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExactlyOneOfMissingAnalyzer : SentObjectAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ExactlyOneOfMissing);

    internal override bool HasConstraintsToCheck(TypeConstraints constraints) => !constraints.ExactlyOneOfGroups.IsEmpty;

    internal override void Check(OperationAnalysisContext context, IObjectCreationOperation creation, TypeConstraints constraints, HashSet<string> setMembers)
    {
        foreach (var group in constraints.ExactlyOneOfGroups)
        {
            if (!group.Any(setMembers.Contains))
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
