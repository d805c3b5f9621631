using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KlingGen.Analyzers.Infrastructure;

/// <summary>
/// Finds the string values that flow into constrained members: property assignments (object initializers
/// included) and arguments.
/// </summary>
internal static class ConstrainedValues
{
    public static void Register(CompilationStartAnalysisContext context, KlingSymbols symbols, Func<MemberConstraints, bool> isRelevant, Action<OperationAnalysisContext, ConstrainedValue> analyze)
    {
        context.RegisterOperationAction(
            ctx =>
            {
                if (ctx.Operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 0, Property.Type.SpecialType: SpecialType.System_String } target } assignment)
                {
                    var constraints = symbols.GetMemberConstraints(target.Property);
                    if (!constraints.IsEmpty && isRelevant(constraints))
                    {
                        analyze(ctx, new ConstrainedValue(target.Property, constraints, assignment.Value));
                    }
                }
            },
            OperationKind.SimpleAssignment);

        context.RegisterOperationAction(
            ctx =>
            {
                if (ctx.Operation is IArgumentOperation { IsImplicit: false, ArgumentKind: ArgumentKind.Explicit, Parameter: { Type.SpecialType: SpecialType.System_String } parameter } argument)
                {
                    var constraints = symbols.GetMemberConstraints(parameter);
                    if (!constraints.IsEmpty && isRelevant(constraints))
                    {
                        analyze(ctx, new ConstrainedValue(parameter, constraints, argument.Value));
                    }
                }
            },
            OperationKind.Argument);
    }
}
