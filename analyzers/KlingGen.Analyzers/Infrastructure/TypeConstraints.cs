using System.Collections.Immutable;

namespace KlingGen.Analyzers.Infrastructure;

/// <summary>The object-level constraints of one type: exactly-one-of groups and required members.</summary>
internal sealed class TypeConstraints
{
    public static readonly TypeConstraints None = new(ImmutableArray<ImmutableArray<string>>.Empty, ImmutableArray<string>.Empty);

    public TypeConstraints(ImmutableArray<ImmutableArray<string>> exactlyOneOfGroups, ImmutableArray<string> requiredMembers)
    {
        ExactlyOneOfGroups = exactlyOneOfGroups;
        RequiredMembers = requiredMembers;
    }

    /// <summary>Each group lists C# property names of which exactly one must be set.</summary>
    public ImmutableArray<ImmutableArray<string>> ExactlyOneOfGroups { get; }

    /// <summary>Names of properties marked <c>[Required]</c>, in declaration order.</summary>
    public ImmutableArray<string> RequiredMembers { get; }

    public bool IsEmpty => ExactlyOneOfGroups.IsEmpty && RequiredMembers.IsEmpty;
}
