using System.Collections.Immutable;

namespace KlingGen.Analyzers.Infrastructure;

/// <summary>The constraints declared on one property or parameter.</summary>
internal sealed class MemberConstraints
{
    public static readonly MemberConstraints None = new();

    public int? MaxLength { get; set; }

    public int? MinLength { get; set; }

    /// <summary>Known values of an extensible string member; empty when the member declares none.</summary>
    public ImmutableArray<string> KnownValues { get; set; } = ImmutableArray<string>.Empty;

    public bool IsBase64 { get; set; }

    public bool IsUrl { get; set; }

    public string? Pattern { get; set; }

    public bool IsSecret { get; set; }

    /// <summary>The environment variable named by <c>[Secret]</c>, if any.</summary>
    public string? SecretVariable { get; set; }

    public bool IsRequired { get; set; }

    public bool IsEmpty =>
        MaxLength is null && MinLength is null && KnownValues.IsEmpty && !IsBase64 && !IsUrl
        && Pattern is null && !IsSecret && !IsRequired;
}
