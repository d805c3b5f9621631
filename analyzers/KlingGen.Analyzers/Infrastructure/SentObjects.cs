using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KlingGen.Analyzers.Infrastructure;

/// <summary>
/// Decides whether a newly created object is "sent as it stands": passed directly as an argument, or
/// stored in a local whose only other use is being passed as an argument (so nothing can change it in between).
/// </summary>
internal static class SentObjects
{
    /// <summary>
    /// The members set on an object that only the parameterless constructor creates and that is sent as it stands,
    /// so the initializer shows everything sent; null for any other object.
    /// </summary>
    public static HashSet<string>? GetMembersSetWhenSentAsItStands(IObjectCreationOperation creation) =>
        CreatedObjects.IsCreatedWithoutArguments(creation) && IsSentAsItStands(creation)
            ? CreatedObjects.GetSetMembers(creation)
            : null;

    private static bool IsSentAsItStands(IObjectCreationOperation creation)
    {
        var parent = creation.ParentSkippingConversions();
        if (parent is IArgumentOperation argument)
        {
            return IsByValue(argument);
        }

        if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }
            && declarator.Symbol is { RefKind: RefKind.None } local)
        {
            return IsOnlyPassedOnce(creation, local);
        }

        return false;
    }

    private static bool IsOnlyPassedOnce(IOperation creation, ILocalSymbol local)
    {
        var root = creation;
        while (root.Parent is { } next)
        {
            root = next;
        }

        IOperation? use = null;
        foreach (var descendant in root.Descendants())
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                if (use is not null)
                {
                    return false;
                }

                use = reference;
            }
        }

        return use is not null && use.ParentSkippingConversions() is IArgumentOperation argument && IsByValue(argument);
    }

    private static bool IsByValue(IArgumentOperation argument) =>
        argument.Parameter is { RefKind: RefKind.None or RefKind.In } && !SuppliesMediaFiles(argument);

    /// <summary>
    /// A call that also takes a checked media file (a type deriving from <c>KlingGen.KlingMediaFile</c>) fills the
    /// media fields of the request itself, so the request is not sent as it stands.
    /// </summary>
    private static bool SuppliesMediaFiles(IArgumentOperation argument)
    {
        if (argument.Parent is not IInvocationOperation invocation)
        {
            return false;
        }

        foreach (var parameter in invocation.TargetMethod.Parameters)
        {
            for (var type = parameter.Type; type is not null; type = type.BaseType)
            {
                if (type.Name == "KlingMediaFile" && type.ContainingNamespace is { Name: "KlingGen", ContainingNamespace.IsGlobalNamespace: true })
                {
                    return true;
                }
            }
        }

        return false;
    }
}
