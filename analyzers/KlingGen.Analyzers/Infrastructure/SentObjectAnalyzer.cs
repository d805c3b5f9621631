using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KlingGen.Analyzers.Infrastructure;

/// <summary>
/// Base of the rules that check an object sent as it stands against its type's constraints: only then does the
/// initializer show every member that is sent.
/// </summary>
public abstract class SentObjectAnalyzer : KlingAnalyzer
{
    internal sealed override void Register(CompilationStartAnalysisContext context, KlingSymbols symbols)
    {
        context.RegisterOperationAction(ctx => Analyze(ctx, symbols), OperationKind.ObjectCreation);
    }

    /// <summary>True when the type has constraints this rule checks (tested first, as it is the cheap part).</summary>
    internal abstract bool HasConstraintsToCheck(TypeConstraints constraints);

    /// <summary>Reports what <paramref name="setMembers"/> lacks for an object sent as it stands.</summary>
    internal abstract void Check(OperationAnalysisContext context, IObjectCreationOperation creation, TypeConstraints constraints, HashSet<string> setMembers);

    private void Analyze(OperationAnalysisContext context, KlingSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var constraints = symbols.GetTypeConstraints(creation.Type);
        if (!HasConstraintsToCheck(constraints)
            || SentObjects.GetMembersSetWhenSentAsItStands(creation) is not { } setMembers)
        {
            return;
        }

        Check(context, creation, constraints, setMembers);
    }
}
