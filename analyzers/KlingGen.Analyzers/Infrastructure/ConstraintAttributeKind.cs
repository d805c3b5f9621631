namespace KlingGen.Analyzers.Infrastructure;

/// <summary>The attributes the rules read their metadata from.</summary>
internal enum ConstraintAttributeKind
{
    ExactlyOneOf,
    KnownValues,
    Base64Content,
    Secret,
    Required,
    MaxLength,
    MinLength,
    StringLength,
    Length,
    RegularExpression,
    Url,
}
