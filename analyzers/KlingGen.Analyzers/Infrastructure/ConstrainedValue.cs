using Microsoft.CodeAnalysis;

namespace KlingGen.Analyzers.Infrastructure;

/// <summary>A value written to a property or passed to a parameter that declares constraints.</summary>
internal readonly struct ConstrainedValue
{
    public ConstrainedValue(ISymbol member, MemberConstraints constraints, IOperation value)
    {
        Member = member;
        Constraints = constraints;
        Value = value;
    }

    /// <summary>The property or parameter that receives the value.</summary>
    public ISymbol Member { get; }

    public MemberConstraints Constraints { get; }

    /// <summary>The value as written, implicit conversions included.</summary>
    public IOperation Value { get; }

    public Location Location => Value.Syntax.GetLocation();
}
