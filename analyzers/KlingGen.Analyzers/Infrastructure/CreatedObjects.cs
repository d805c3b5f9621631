using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KlingGen.Analyzers.Infrastructure;

internal static class CreatedObjects
{
    /// <summary>Names of the members an object creation's initializer sets to something other than constant null.</summary>
    public static HashSet<string> GetSetMembers(IObjectCreationOperation creation)
    {
        var names = new HashSet<string>();
        if (creation.Initializer is null)
        {
            return names;
        }

        foreach (var element in creation.Initializer.Initializers)
        {
            if (element.TryGetInitializedProperty(out var property, out var assignment) && !assignment.Value.IsConstantNull())
            {
                names.Add(property.Name);
            }
            else if (element is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation nested })
            {
                names.Add(nested.Property.Name);
            }
        }

        return names;
    }

    /// <summary>Where to report on an object creation: its type name, or the <c>new</c> keyword when target-typed.</summary>
    public static Location GetReportLocation(IObjectCreationOperation creation) => creation.Syntax switch
    {
        ObjectCreationExpressionSyntax explicitType => explicitType.Type.GetLocation(),
        ImplicitObjectCreationExpressionSyntax implicitType => implicitType.NewKeyword.GetLocation(),
        var other => other.GetLocation(),
    };

    /// <summary>True when only the parameterless constructor runs, so the initializer is all that is set.</summary>
    public static bool IsCreatedWithoutArguments(IObjectCreationOperation creation) =>
        creation.Constructor is { Parameters.Length: 0 };
}
