using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KlingGen.Generators.Model;
using Microsoft.OpenApi;

namespace KlingGen.Generators.Parsing;

internal sealed partial class DocumentConverter
{
    private void BuildComponents()
    {
        foreach (var info in _components.Values)
        {
            var built = Guard(info.Pointer, false, () =>
            {
                switch (info.Kind)
                {
                    case ComponentKind.Object:
                        EnsureClass(info);
                        break;
                    case ComponentKind.Enum:
                        BuildEnum(info.Schema, _modelsNamespace, info.Name, info.Pointer);
                        break;
                    case ComponentKind.Composed:
                        BuildComposed(info.Schema, _modelsNamespace, info.Name, info.Pointer);
                        break;
                }

                return true;
            });

            // Enums and wrappers that failed to build do not exist: references to them become untyped values.
            if (!built && info.Kind is ComponentKind.Enum or ComponentKind.Composed) info.Kind = ComponentKind.Alias;
        }
    }

    private ClassDraft EnsureClass(ComponentInfo info)
    {
        if (info.Class != null) return info.Class;
        info.Class = new ClassDraft(_modelsNamespace, info.Name, info.Schema.Description, _errorComponentIds.Contains(info.Id), info.Pointer);
        _classes.Add(info.Class);
        FillClass(info.Class, info.Schema, info.Pointer);
        return info.Class;
    }

    private ClassDraft BuildInlineClass(IOpenApiSchema schema, string @namespace, string preferredName, string pointer, bool isError = false)
    {
        var name = ClaimTypeName(@namespace, ModelTypeName(preferredName), pointer, pointer);
        var draft = new ClassDraft(@namespace, name, schema.Description, isError, pointer);
        _classes.Add(draft);
        FillClass(draft, schema, pointer);
        return draft;
    }

    private sealed class PropertySource
    {
        public PropertySource(string jsonName, IOpenApiSchema schema, string pointer)
        {
            JsonName = jsonName;
            Schema = schema;
            Pointer = pointer;
        }

        public string JsonName { get; }

        public IOpenApiSchema Schema { get; }

        public string Pointer { get; }
    }

    /// <summary>Classes whose allOf base is being resolved: meeting one of them again is an inheritance cycle.</summary>
    private readonly HashSet<ClassDraft> _resolvingBase = new();

    private void FillClass(ClassDraft draft, IOpenApiSchema schema, string pointer)
    {
        _nesting++;
        try
        {
            FillClassCore(draft, schema, pointer);
        }
        finally
        {
            _nesting--;
        }
    }

    private void FillClassCore(ClassDraft draft, IOpenApiSchema schema, string pointer)
    {
        var sources = new List<PropertySource>();
        var required = new HashSet<string>(StringComparer.Ordinal);

        if (schema.AllOf != null)
        {
            for (var i = 0; i < schema.AllOf.Count; i++)
            {
                var member = schema.AllOf[i];
                var memberPointer = pointer + "/allOf/" + i.ToString(CultureInfo.InvariantCulture);
                if (member is OpenApiSchemaReference reference)
                {
                    var id = reference.Reference?.Id;
                    if (id == null || !_components.TryGetValue(id, out var target))
                    {
                        Report(DiagnosticDescriptorRef.UnresolvedReference, memberPointer + "/$ref", reference.Reference?.ReferenceV3 ?? id ?? "?");
                        continue;
                    }

                    if (target.Kind == ComponentKind.Object && draft.Base == null && !draft.IsError && target.Class != draft)
                    {
                        if (target.Class != null && _resolvingBase.Contains(target.Class))
                        {
                            Report(DiagnosticDescriptorRef.Unsupported, memberPointer, "circular allOf inheritance; the base is flattened");
                            CollectFlattened(target, sources, required, new HashSet<string>(StringComparer.Ordinal));
                            continue;
                        }

                        // A base still being filled (this class sits inside one of its properties) is only named here.
                        _resolvingBase.Add(draft);
                        try
                        {
                            draft.Base = target.Class ?? EnsureClass(target);
                        }
                        finally
                        {
                            _resolvingBase.Remove(draft);
                        }
                    }
                    else
                    {
                        CollectFlattened(target, sources, required, new HashSet<string>(StringComparer.Ordinal));
                    }
                }
                else
                {
                    CollectInline(member, memberPointer, sources, required);
                }
            }
        }

        CollectInline(schema, pointer, sources, required, includeAllOf: false);

        if (IsRequiredOnlyComposition(schema.OneOf))
        {
            AddExactlyOneOfGroup(draft, schema.OneOf!, sources);
        }
        else if (IsRequiredOnlyComposition(schema.AnyOf))
        {
            Report(DiagnosticDescriptorRef.Unsupported, pointer + "/anyOf", "anyOf of required lists (at-least-one-of) is not enforced");
        }
        else if (HasComposition(schema) && schema.Properties != null && schema.Properties.Count > 0)
        {
            Report(DiagnosticDescriptorRef.Unsupported, pointer, "oneOf/anyOf next to properties is ignored; only the properties are generated");
        }

        var scope = new Naming.Scope(ModelReservedNames);
        scope.Claim(draft.Name, draft.Name, out _);
        var inherited = new HashSet<string>(StringComparer.Ordinal);
        if (draft.Base != null)
        {
            foreach (var baseProperty in draft.Base.AllProperties())
            {
                inherited.Add(baseProperty.JsonName);
                scope.Claim(baseProperty.Name, baseProperty.JsonName, out _);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (inherited.Contains(source.JsonName) || !seen.Add(source.JsonName)) continue;
            var property = Guard(source.Pointer, null, () => BuildProperty(draft, scope, source, required.Contains(source.JsonName)));
            if (property != null) draft.Properties.Add(property);
        }

        // Groups were recorded by JSON name; fill in the C# names now that properties exist.
        for (var i = 0; i < draft.Groups.Count; i++)
        {
            var group = draft.Groups[i];
            var members = group.JsonNames.Select(json => draft.AllProperties().FirstOrDefault(p => p.JsonName == json)?.Name ?? Naming.ToPascalCase(json));
            draft.Groups[i] = group with { MemberNames = members.ToEquatableArray() };
        }

        if (schema.Discriminator?.PropertyName is { Length: > 0 } discriminator)
        {
            draft.DiscriminatorProperty = discriminator;
            if (schema.Discriminator.Mapping != null)
            {
                foreach (var mapping in schema.Discriminator.Mapping)
                {
                    var id = mapping.Value?.Reference?.Id;
                    if (id != null && _components.TryGetValue(id, out var target) && target.Kind == ComponentKind.Object)
                    {
                        draft.Mappings.Add(new DiscriminatorMapping(mapping.Key, target.FullName));
                    }
                    else
                    {
                        Report(DiagnosticDescriptorRef.UnresolvedReference, pointer + "/discriminator/mapping/" + SourceMap.Escape(mapping.Key), mapping.Value?.Reference?.ReferenceV3 ?? mapping.Key);
                    }
                }
            }
        }

        draft.IsBuilt = true;
    }

    private void AddExactlyOneOfGroup(ClassDraft draft, IList<IOpenApiSchema> branches, List<PropertySource> sources)
    {
        var names = new List<string>();
        foreach (var branch in branches)
        {
            foreach (var name in branch.Required!)
            {
                if (!names.Contains(name)) names.Add(name);
            }
        }

        foreach (var name in names)
        {
            if (!sources.Any(s => s.JsonName == name) && !(draft.Base?.AllProperties().Any(p => p.JsonName == name) ?? false))
            {
                Report(DiagnosticDescriptorRef.Unsupported, draft.Pointer + "/oneOf", $"oneOf requires '{name}', which is not a declared property");
                return;
            }
        }

        draft.Groups.Add(new ExactlyOneOfGroup(names.ToEquatableArray(), EquatableArray<string>.Empty));
    }

    private void CollectInline(IOpenApiSchema schema, string pointer, List<PropertySource> sources, HashSet<string> required, bool includeAllOf = true)
    {
        if (schema.Required != null) required.UnionWith(schema.Required);
        if (includeAllOf && schema.AllOf != null)
        {
            for (var i = 0; i < schema.AllOf.Count; i++)
            {
                var member = schema.AllOf[i];
                var memberPointer = pointer + "/allOf/" + i.ToString(CultureInfo.InvariantCulture);
                if (member is OpenApiSchemaReference reference)
                {
                    var id = reference.Reference?.Id;
                    if (id != null && reference.Target != null && _components.TryGetValue(id, out var target))
                    {
                        CollectFlattened(target, sources, required, new HashSet<string>(StringComparer.Ordinal));
                    }
                    else
                    {
                        Report(DiagnosticDescriptorRef.UnresolvedReference, memberPointer + "/$ref", reference.Reference?.ReferenceV3 ?? id ?? "?");
                    }
                }
                else
                {
                    CollectInline(member, memberPointer, sources, required);
                }
            }
        }

        if (schema.Properties == null) return;
        foreach (var property in schema.Properties)
        {
            if (property.Value == null) continue;
            sources.Add(new PropertySource(property.Key, property.Value, Pointer(pointer + "/properties", property.Key)));
        }
    }

    private void CollectFlattened(ComponentInfo component, List<PropertySource> sources, HashSet<string> required, HashSet<string> visited)
    {
        if (!visited.Add(component.Id)) return;
        var schema = component.Schema;
        if (schema.AllOf != null)
        {
            foreach (var member in schema.AllOf)
            {
                if (member is OpenApiSchemaReference reference && reference.Reference?.Id is { } id && _components.TryGetValue(id, out var target))
                {
                    CollectFlattened(target, sources, required, visited);
                }
                else if (member is not OpenApiSchemaReference)
                {
                    CollectInline(member, component.Pointer, sources, required);
                }
            }
        }

        CollectInline(schema, component.Pointer, sources, required, includeAllOf: false);
    }

    /// <summary>Whether the class is an ApiException, itself or through a base: Exception's members are taken then.</summary>
    private static bool IsErrorFamily(ClassDraft draft)
    {
        for (var current = draft; current != null; current = current.Base)
        {
            if (current.IsError) return true;
        }

        return false;
    }

    private PropertyModel BuildProperty(ClassDraft owner, Naming.Scope scope, PropertySource source, bool required)
    {
        var preferred = Naming.ToPascalCase(source.JsonName);
        if (Array.IndexOf(ModelReservedNames, preferred) >= 0 || (IsErrorFamily(owner) && Array.IndexOf(ExceptionMemberNames, preferred) >= 0) || preferred == owner.Name)
        {
            preferred += "Escaped";
        }

        var name = scope.Claim(preferred, source.JsonName, out var previous);
        if (previous != null)
        {
            Report(DiagnosticDescriptorRef.NameCollision, source.Pointer, previous, source.JsonName, preferred, name);
        }

        var constraints = new ConstraintDraft();
        var type = ResolveType(source.Schema, source.Pointer, owner.Name, owner.Namespace, source.JsonName, constraints);
        if (constraints.KnownValues.Count > 0 && type.Kind != ValueKind.Primitive) constraints.KnownValues.Clear();
        return new PropertyModel(
            source.JsonName,
            name,
            Describe(source.Schema),
            type,
            required,
            constraints.MinLength,
            constraints.MaxLength,
            constraints.Pattern,
            constraints.IsUrl,
            constraints.Minimum,
            constraints.Maximum,
            constraints.ExclusiveMinimum,
            constraints.ExclusiveMaximum,
            constraints.KnownValues.ToEquatableArray(),
            constraints.IsBase64,
            constraints.Base64AllowsUrl,
            constraints.IsSecret,
            source.Schema.Deprecated,
            ValidateNested: false);
    }
}
