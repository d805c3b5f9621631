using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using KlingGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KlingGen.Analyzers.Rules;

/// <summary>
/// KLG101: two members of an exactly-one-of group are set to values that are known to be non-null on the same
/// object, either in one object initializer or by straight-line assignments to the same local.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExactlyOneOfConflictAnalyzer : KlingAnalyzer
{
    /// <summary>Diagnostic property: the member set first (its assignment is the additional location).</summary>
    public const string FirstMemberProperty = "FirstMember";

    /// <summary>Diagnostic property: the member set second (its assignment is the diagnostic location).</summary>
    public const string SecondMemberProperty = "SecondMember";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ExactlyOneOfConflict);

    internal override void Register(CompilationStartAnalysisContext context, KlingSymbols symbols)
    {
        context.RegisterOperationAction(ctx => AnalyzeInitializer(ctx, symbols), OperationKind.ObjectOrCollectionInitializer);
        context.RegisterOperationAction(ctx => AnalyzeStatements(ctx, symbols, ((IBlockOperation)ctx.Operation).Operations), OperationKind.Block);
        context.RegisterOperationAction(ctx => AnalyzeStatements(ctx, symbols, ((ISwitchCaseOperation)ctx.Operation).Body), OperationKind.SwitchCase);
    }

    private static void AnalyzeInitializer(OperationAnalysisContext context, KlingSymbols symbols)
    {
        var initializer = (IObjectOrCollectionInitializerOperation)context.Operation;
        var constraints = symbols.GetTypeConstraints(initializer.Type);
        if (constraints.ExactlyOneOfGroups.IsEmpty)
        {
            return;
        }

        var state = new SetMembers(constraints);
        foreach (var element in initializer.Initializers)
        {
            if (element.TryGetInitializedProperty(out var property, out var assignment))
            {
                state.Assign(context, property.Name, assignment, context.CancellationToken);
            }
        }
    }

    private static void AnalyzeStatements(OperationAnalysisContext context, KlingSymbols symbols, ImmutableArray<IOperation> statements)
    {
        Dictionary<ILocalSymbol, SetMembers>? locals = null;
        foreach (var statement in statements)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            switch (statement)
            {
                case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner, Arguments.Length: 0 } target } assignment }:
                    var ownerState = GetOrStart(ref locals, symbols, owner.Local);
                    if (ownerState is null)
                    {
                        break;
                    }

                    Forget(locals!, assignment.Value);
                    ownerState.Assign(context, target.Property.Name, assignment, context.CancellationToken);
                    break;

                case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment }:
                    Forget(locals, assignment.Value);
                    Restart(ref locals, symbols, local.Local, assignment.Value);
                    break;

                case IVariableDeclarationGroupOperation group:
                    foreach (var declaration in group.Declarations)
                    {
                        foreach (var declarator in declaration.Declarators)
                        {
                            var value = declarator.Initializer?.Value ?? declaration.Initializer?.Value;
                            if (value is not null)
                            {
                                Forget(locals, value);
                            }

                            Restart(ref locals, symbols, declarator.Symbol, value);
                        }
                    }

                    break;

                case ILabeledOperation or IBranchOperation or IReturnOperation or IThrowOperation:
                    // Control may arrive here from elsewhere, or leave: the sequence is broken.
                    locals?.Clear();
                    if (statement is ILabeledOperation { Operation: { } labeled })
                    {
                        Forget(locals, labeled);
                    }

                    break;

                default:
                    Forget(locals, statement);
                    break;
            }
        }
    }

    private static SetMembers? GetOrStart(ref Dictionary<ILocalSymbol, SetMembers>? locals, KlingSymbols symbols, ILocalSymbol local)
    {
        if (locals is not null && locals.TryGetValue(local, out var existing))
        {
            return existing;
        }

        var constraints = symbols.GetTypeConstraints(local.Type);
        if (constraints.ExactlyOneOfGroups.IsEmpty)
        {
            return null;
        }

        locals ??= new Dictionary<ILocalSymbol, SetMembers>(SymbolEqualityComparer.Default);
        var state = new SetMembers(constraints);
        locals[local] = state;
        return state;
    }

    private static void Restart(ref Dictionary<ILocalSymbol, SetMembers>? locals, KlingSymbols symbols, ILocalSymbol local, IOperation? value)
    {
        locals?.Remove(local);
        var creation = value?.WithoutImplicitConversions() as IObjectCreationOperation;
        if (creation is null)
        {
            return;
        }

        var state = GetOrStart(ref locals, symbols, local);
        if (state is null || creation.Initializer is null)
        {
            return;
        }

        // The initializer's own conflicts are reported by the initializer action; here it only seeds the state.
        foreach (var element in creation.Initializer.Initializers)
        {
            if (element.TryGetInitializedProperty(out var property, out var assignment))
            {
                state.Seed(property.Name, assignment);
            }
        }
    }

    // Anything a statement does to a tracked local that is not a plain member assignment makes its state unknown.
    private static void Forget(Dictionary<ILocalSymbol, SetMembers>? locals, IOperation operation)
    {
        if (locals is null || locals.Count == 0)
        {
            return;
        }

        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is not ILocalReferenceOperation reference || !locals.ContainsKey(reference.Local))
            {
                continue;
            }

            var parent = reference.Parent;
            var written = parent switch
            {
                IAssignmentOperation assignment => assignment.Target == reference,
                IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
                IPropertyReferenceOperation property => property.Parent is IAssignmentOperation outer && outer.Target == property,
                _ => false,
            };

            if (written)
            {
                locals.Remove(reference.Local);
            }
        }
    }

    private sealed class SetMembers
    {
        private readonly TypeConstraints _constraints;
        private readonly Dictionary<string, ISimpleAssignmentOperation> _set = new();

        public SetMembers(TypeConstraints constraints) => _constraints = constraints;

        public void Seed(string member, ISimpleAssignmentOperation assignment)
        {
            if (!assignment.Value.IsConstantNull())
            {
                _set[member] = assignment;
            }
        }

        public void Assign(OperationAnalysisContext context, string member, ISimpleAssignmentOperation assignment, CancellationToken cancellationToken)
        {
            _set.Remove(member);
            if (assignment.Value.IsConstantNull())
            {
                return;
            }

            foreach (var group in _constraints.ExactlyOneOfGroups)
            {
                if (!group.Contains(member))
                {
                    continue;
                }

                foreach (var other in group)
                {
                    // Nullness is checked only for an actual pair: asking for the flow state can make the compiler
                    // run nullable analysis on the whole method, which correct code should never pay for.
                    if (other != member && _set.TryGetValue(other, out var first)
                        && IsKnownNonNull(assignment.Value, cancellationToken)
                        && IsKnownNonNull(first.Value, cancellationToken))
                    {
                        var properties = ImmutableDictionary<string, string?>.Empty
                            .Add(FirstMemberProperty, other)
                            .Add(SecondMemberProperty, member);
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.ExactlyOneOfConflict,
                            assignment.Syntax.GetLocation(),
                            new[] { first.Syntax.GetLocation() },
                            properties,
                            other,
                            member,
                            assignment.Target is IPropertyReferenceOperation target ? target.Property.ContainingType.Name : "object",
                            string.Join(", ", group)));
                        break;
                    }
                }
            }

            _set[member] = assignment;
        }

        // Constants count when they are not null; other values only when nullable analysis proves them non-null,
        // so that `AudioId = options.AudioId, SoundFile = options.SoundFile` (one of them null at run time) is not flagged.
        private static bool IsKnownNonNull(IOperation value, CancellationToken cancellationToken)
        {
            if (value.ConstantValue.HasValue)
            {
                return value.ConstantValue.Value is not null;
            }

            var semanticModel = value.SemanticModel;
            if (semanticModel is null)
            {
                return false;
            }

            var info = semanticModel.GetTypeInfo(value.Syntax, cancellationToken);
            return info.Nullability.FlowState == NullableFlowState.NotNull;
        }
    }
}
