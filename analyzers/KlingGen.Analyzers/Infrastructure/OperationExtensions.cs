using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KlingGen.Analyzers.Infrastructure;

internal static class OperationExtensions
{
    /// <summary>Skips the implicit conversions the compiler puts around a value.</summary>
    public static IOperation WithoutImplicitConversions(this IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The parent of <paramref name="operation"/>, skipping implicit conversions around it.</summary>
    public static IOperation? ParentSkippingConversions(this IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        return parent;
    }

    /// <summary>The compile-time constant string of a value, or null when it has none.</summary>
    public static string? GetConstantString(this IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: string text } ? text : null;

    /// <summary>True when the value is the constant <c>null</c> (or <c>default</c> of a reference type).</summary>
    public static bool IsConstantNull(this IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: null };

    /// <summary>The property assigned by an object initializer element, if it is a plain assignment.</summary>
    public static bool TryGetInitializedProperty(this IOperation initializer, out IPropertySymbol property, out ISimpleAssignmentOperation assignment)
    {
        if (initializer is ISimpleAssignmentOperation
            {
                Target: IPropertyReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } reference,
            } simple)
        {
            property = reference.Property;
            assignment = simple;
            return true;
        }

        property = null!;
        assignment = null!;
        return false;
    }
}
