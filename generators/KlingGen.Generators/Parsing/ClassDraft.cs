using System.Collections.Generic;
using KlingGen.Generators.Model;

namespace KlingGen.Generators.Parsing;

/// <summary>A model class while the document is being converted (mutable); frozen into <see cref="ModelClassModel"/> at the end.</summary>
internal sealed class ClassDraft
{
    public ClassDraft(string @namespace, string name, string? description, bool isError, string pointer)
    {
        Namespace = @namespace;
        Name = name;
        Description = description;
        IsError = isError;
        Pointer = pointer;
    }

    public string Namespace { get; }

    public string Name { get; }

    public string FullName => "global::" + Namespace + "." + Name;

    public string? Description { get; }

    public bool IsError { get; }

    public string Pointer { get; }

    public ClassDraft? Base { get; set; }

    public List<PropertyModel> Properties { get; } = new();

    public List<ExactlyOneOfGroup> Groups { get; } = new();

    public string? DiscriminatorProperty { get; set; }

    public List<DiscriminatorMapping> Mappings { get; } = new();

    public ErrorSummary? ErrorSummary { get; set; }

    public bool HasConstraints { get; set; }

    public bool IsBuilt { get; set; }

    /// <summary>JSON names of this class and its bases, to skip redeclared properties in derived classes.</summary>
    public IEnumerable<PropertyModel> AllProperties()
    {
        for (var current = this; current != null; current = current.Base)
        {
            foreach (var property in current.Properties)
            {
                yield return property;
            }
        }
    }

    public ModelClassModel ToModel() => new(
        Namespace,
        Name,
        Description,
        Base?.FullName,
        IsError,
        Properties.ToEquatableArray(),
        Groups.ToEquatableArray(),
        DiscriminatorProperty,
        Mappings.ToEquatableArray(),
        ErrorSummary,
        HasConstraints,
        Base?.HasConstraints ?? false);
}

/// <summary>Validation facts gathered while resolving a property's schema.</summary>
internal sealed class ConstraintDraft
{
    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public string? Pattern { get; set; }

    public bool IsUrl { get; set; }

    public string? Minimum { get; set; }

    public string? Maximum { get; set; }

    public bool ExclusiveMinimum { get; set; }

    public bool ExclusiveMaximum { get; set; }

    public List<string> KnownValues { get; } = new();

    public bool IsBase64 { get; set; }

    public bool Base64AllowsUrl { get; set; }

    public bool IsSecret { get; set; }
}
