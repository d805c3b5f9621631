using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using KlingGen.Generators.Model;
using Microsoft.OpenApi;

namespace KlingGen.Generators.Parsing;

internal sealed partial class DocumentConverter
{
    private const string UntypedNode = "global::Microsoft.Kiota.Abstractions.Serialization.UntypedNode";

    private static readonly TypeRef Untyped = new(ValueKind.Untyped, UntypedNode, string.Empty, false, false);
    private static readonly TypeRef StringType = Primitive("string", "String", false);

    private static readonly string[] ModelReservedNames =
    {
        "AdditionalData", "Serialize", "GetFieldDeserializers", "CreateFromDiscriminatorValue", "GetConstraintViolations",
        "TryValidate", "Validate", "AddConstraintViolations", "GetType", "Equals", "GetHashCode", "ToString", "MemberwiseClone",
        "ReferenceEquals", "Finalize",
    };

    private static readonly string[] ExceptionMemberNames =
    {
        "Message", "Data", "Source", "StackTrace", "HelpLink", "HResult", "InnerException", "TargetSite", "ResponseStatusCode",
        "ResponseHeaders", "GetBaseException", "GetObjectData",
    };

    private static TypeRef Primitive(string typeName, string accessor, bool isValueType) => new(ValueKind.Primitive, typeName, accessor, isValueType, false);

    private void RegisterComponents()
    {
        var schemas = _document.Components?.Schemas;
        if (schemas == null) return;
        foreach (var entry in schemas)
        {
            var pointer = Pointer("/components/schemas", entry.Key);
            if (entry.Value == null) continue;
            var info = new ComponentInfo(entry.Key, entry.Value, pointer);
            _components[entry.Key] = info;
        }

        foreach (var info in _components.Values)
        {
            info.Kind = Guard(info.Pointer, ComponentKind.Alias, () => Classify(info.Schema, new HashSet<string>(StringComparer.Ordinal)));
            if (info.Kind == ComponentKind.Alias) continue;
            info.Name = ClaimTypeName(_modelsNamespace, Naming.ToUpperFirst(info.Id).TrimStart('@'), info.Id, info.Pointer);
            info.FullName = "global::" + _modelsNamespace + "." + info.Name;
        }
    }

    private ComponentKind Classify(IOpenApiSchema schema, HashSet<string> visiting)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference?.Id;
            if (id == null || !_components.TryGetValue(id, out var target)) return ComponentKind.Alias;
            if (!visiting.Add(id)) return ComponentKind.Object;
            return Classify(target.Schema, visiting);
        }

        if (IsStringEnum(schema)) return ComponentKind.Enum;
        if (TryGetKnownValues(schema, out _)) return ComponentKind.Alias;
        var hasProperties = schema.Properties != null && schema.Properties.Count > 0;
        if (!hasProperties && HasComposition(schema) && !IsRequiredOnlyComposition(schema.OneOf) && !IsRequiredOnlyComposition(schema.AnyOf))
        {
            var members = NonNullMembers(schema);
            if (members.Count > 1 && members.All(m => IsObjectLike(m, visiting))) return ComponentKind.Composed;
            return ComponentKind.Alias;
        }

        return IsObjectLike(schema, visiting) ? ComponentKind.Object : ComponentKind.Alias;
    }

    private bool IsObjectLike(IOpenApiSchema schema, HashSet<string> visiting)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            var kind = Classify(reference, visiting);
            return kind is ComponentKind.Object or ComponentKind.Composed;
        }

        var type = EffectiveType(schema);
        if (type == JsonSchemaType.Object) return true;
        if (type != null) return false;
        if (schema.Properties != null && schema.Properties.Count > 0) return true;
        if (schema.AdditionalProperties != null || schema.Discriminator != null) return true;
        if (schema.AllOf != null && schema.AllOf.Count > 0) return schema.AllOf.Any(m => IsObjectLike(m, visiting));
        return false;
    }

    private static bool HasComposition(IOpenApiSchema schema) =>
        (schema.OneOf != null && schema.OneOf.Count > 0) || (schema.AnyOf != null && schema.AnyOf.Count > 0);

    private static JsonSchemaType? EffectiveType(IOpenApiSchema schema)
    {
        if (schema.Type == null) return null;
        var type = schema.Type.Value & ~JsonSchemaType.Null;
        return type == 0 ? null : type;
    }

    private static bool IsNullOnly(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference && schema.Type == JsonSchemaType.Null;

    private static List<IOpenApiSchema> NonNullMembers(IOpenApiSchema schema)
    {
        var members = new List<IOpenApiSchema>();
        if (schema.OneOf != null) members.AddRange(schema.OneOf.Where(m => m != null && !IsNullOnly(m)));
        if (schema.AnyOf != null) members.AddRange(schema.AnyOf.Where(m => m != null && !IsNullOnly(m)));
        return members;
    }

    private static bool IsStringEnum(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference) return false;
        if (schema.Enum == null || schema.Enum.Count == 0) return false;
        var type = EffectiveType(schema);
        if (type != null && type != JsonSchemaType.String) return false;
        return schema.Enum.All(v => v == null || (v is JsonValue value && value.TryGetValue<string>(out _)));
    }

    private static List<string> EnumValues(IOpenApiSchema schema)
    {
        var values = new List<string>();
        foreach (var node in schema.Enum ?? new List<JsonNode>())
        {
            if (node is JsonValue value && value.TryGetValue<string>(out var text) && !values.Contains(text)) values.Add(text);
        }

        return values;
    }

    /// <summary>The extensible-enum idiom <c>anyOf: [enum, {type: string}]</c>: a string with known values.</summary>
    private bool TryGetKnownValues(IOpenApiSchema schema, out List<string> values)
    {
        values = new List<string>();
        var members = NonNullMembers(schema);
        if (members.Count != 2 || (schema.Properties != null && schema.Properties.Count > 0)) return false;
        IOpenApiSchema? enumMember = null;
        var hasPlainString = false;
        foreach (var member in members)
        {
            var target = member is OpenApiSchemaReference r ? r.Target : member;
            if (target == null) return false;
            if (IsStringEnum(target)) enumMember = target;
            else if (EffectiveType(target) == JsonSchemaType.String && (target.Enum == null || target.Enum.Count == 0)) hasPlainString = true;
        }

        if (enumMember == null || !hasPlainString) return false;
        values = EnumValues(enumMember);
        return true;
    }

    private static bool IsRequiredOnlyComposition(IList<IOpenApiSchema>? members)
    {
        if (members == null || members.Count < 2) return false;
        return members.All(m => m is not OpenApiSchemaReference
            && m.Required != null && m.Required.Count > 0
            && (m.Properties == null || m.Properties.Count == 0)
            && (EffectiveType(m) == null || EffectiveType(m) == JsonSchemaType.Object)
            && !HasComposition(m) && (m.AllOf == null || m.AllOf.Count == 0));
    }

    private void BuildComponents()
    {
        foreach (var info in _components.Values)
        {
            Guard(info.Pointer, false, () =>
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
        var name = ClaimTypeName(@namespace, preferredName, pointer, pointer);
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

    private void FillClass(ClassDraft draft, IOpenApiSchema schema, string pointer)
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
                    if (id == null || reference.Target == null || !_components.TryGetValue(id, out var target))
                    {
                        Report(DiagnosticDescriptorRef.UnresolvedReference, memberPointer + "/$ref", reference.Reference?.ReferenceV3 ?? id ?? "?");
                        continue;
                    }

                    if (target.Kind == ComponentKind.Object && draft.Base == null && !draft.IsError && target.Class != draft)
                    {
                        if (target.Class != null && !target.Class.IsBuilt)
                        {
                            Report(DiagnosticDescriptorRef.Unsupported, memberPointer, "circular allOf inheritance; the base is flattened");
                            CollectFlattened(target, sources, required, new HashSet<string>(StringComparer.Ordinal));
                            continue;
                        }

                        draft.Base = EnsureClass(target);
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

    private PropertyModel BuildProperty(ClassDraft owner, Naming.Scope scope, PropertySource source, bool required)
    {
        var preferred = Naming.ToPascalCase(source.JsonName);
        if (Array.IndexOf(ModelReservedNames, preferred) >= 0 || (owner.IsError && Array.IndexOf(ExceptionMemberNames, preferred) >= 0) || preferred == owner.Name)
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

    private static string? Describe(IOpenApiSchema schema)
    {
        var description = schema.Description;
        if (string.IsNullOrWhiteSpace(description) && schema is OpenApiSchemaReference reference) description = reference.Target?.Description;
        return string.IsNullOrWhiteSpace(description) ? null : description!.Trim();
    }

    /// <summary>Resolves a schema to the C# type of a property (or parameter) and collects its constraints.</summary>
    private TypeRef ResolveType(IOpenApiSchema schema, string pointer, string ownerName, string ownerNamespace, string memberName, ConstraintDraft? constraints, int depth = 0)
    {
        if (depth > 16)
        {
            Report(DiagnosticDescriptorRef.Unsupported, pointer, "schema nesting too deep or circular; generated as an untyped node");
            return Untyped;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference?.Id;
            if (id == null || reference.Target == null || !_components.TryGetValue(id, out var component))
            {
                Report(DiagnosticDescriptorRef.UnresolvedReference, pointer + "/$ref", reference.Reference?.ReferenceV3 ?? id ?? "?");
                return Untyped;
            }

            switch (component.Kind)
            {
                case ComponentKind.Object:
                case ComponentKind.Composed:
                    return new TypeRef(ValueKind.Object, component.FullName, string.Empty, false, false);
                case ComponentKind.Enum:
                    return new TypeRef(ValueKind.Enum, component.FullName, string.Empty, true, false);
                default:
                    if (component.ResolvingAlias)
                    {
                        Report(DiagnosticDescriptorRef.Unsupported, component.Pointer, "circular schema alias; generated as an untyped node");
                        return Untyped;
                    }

                    component.ResolvingAlias = true;
                    try
                    {
                        return ResolveType(component.Schema, component.Pointer, ownerName, ownerNamespace, memberName, constraints, depth + 1);
                    }
                    finally
                    {
                        component.ResolvingAlias = false;
                    }
            }
        }

        if (constraints != null) ReadConstraints(schema, constraints);

        if (TryGetKnownValues(schema, out var knownValues))
        {
            constraints?.KnownValues.AddRange(knownValues);
            return StringType;
        }

        var hasProperties = schema.Properties != null && schema.Properties.Count > 0;
        if (HasComposition(schema) && !hasProperties && !IsRequiredOnlyComposition(schema.OneOf) && !IsRequiredOnlyComposition(schema.AnyOf))
        {
            var members = NonNullMembers(schema);
            var compositionPointer = pointer + (schema.OneOf != null && schema.OneOf.Count > 0 ? "/oneOf" : "/anyOf");
            if (members.Count == 1) return ResolveType(members[0], compositionPointer + "/0", ownerName, ownerNamespace, memberName, constraints, depth + 1);
            if (members.Count > 1 && members.All(m => IsObjectLike(m, new HashSet<string>(StringComparer.Ordinal))))
            {
                var name = ClaimTypeName(ownerNamespace, InlineName(ownerName, memberName), pointer, pointer);
                BuildComposed(schema, ownerNamespace, name, pointer);
                return new TypeRef(ValueKind.Object, "global::" + ownerNamespace + "." + name, string.Empty, false, false);
            }

            Report(DiagnosticDescriptorRef.Unsupported, compositionPointer, "oneOf/anyOf over primitive or mixed types; generated as an untyped node");
            return Untyped;
        }

        if (!hasProperties && schema.AllOf != null && schema.AllOf.Count == 1 && EffectiveType(schema) == null)
        {
            return ResolveType(schema.AllOf[0], pointer + "/allOf/0", ownerName, ownerNamespace, memberName, constraints, depth + 1);
        }

        if (IsStringEnum(schema))
        {
            var name = ClaimTypeName(ownerNamespace, InlineName(ownerName, memberName), pointer, pointer);
            BuildEnum(schema, ownerNamespace, name, pointer);
            return new TypeRef(ValueKind.Enum, "global::" + ownerNamespace + "." + name, string.Empty, true, false);
        }

        var type = EffectiveType(schema);
        if (type == JsonSchemaType.Array)
        {
            if (schema.Items == null)
            {
                Report(DiagnosticDescriptorRef.Unsupported, pointer, "array without items; generated as an untyped node");
                return Untyped;
            }

            var item = ResolveType(schema.Items, pointer + "/items", ownerName, ownerNamespace, memberName, null, depth + 1);
            if (item.IsCollection || item.Kind == ValueKind.Untyped || item.Accessor == "ByteArray")
            {
                if (item.IsCollection) Report(DiagnosticDescriptorRef.Unsupported, pointer + "/items", "arrays of arrays; generated as an untyped node");
                return Untyped;
            }

            return item.AsCollection();
        }

        if (IsObjectLike(schema, new HashSet<string>(StringComparer.Ordinal)))
        {
            var draft = BuildInlineClass(schema, ownerNamespace, InlineName(ownerName, memberName), pointer);
            return new TypeRef(ValueKind.Object, draft.FullName, string.Empty, false, false);
        }

        if (type == null)
        {
            return schema.Format != null ? MapPrimitive(JsonSchemaType.String, schema.Format, pointer) : Untyped;
        }

        if (!IsSingleFlag(type.Value))
        {
            Report(DiagnosticDescriptorRef.Unsupported, pointer + "/type", "several types for one value (a type list, or oneOf/anyOf over primitives); generated as an untyped node");
            return Untyped;
        }

        return MapPrimitive(type.Value, schema.Format, pointer);
    }

    private static bool IsSingleFlag(JsonSchemaType type)
    {
        var value = (int)type;
        return value != 0 && (value & (value - 1)) == 0;
    }

    private static string InlineName(string ownerName, string memberName)
    {
        var cleaned = new System.Text.StringBuilder();
        foreach (var c in memberName)
        {
            if (char.IsLetterOrDigit(c) || c == '_') cleaned.Append(c);
        }

        return ownerName + "_" + (cleaned.Length == 0 ? "value" : cleaned.ToString());
    }

    private TypeRef MapPrimitive(JsonSchemaType type, string? format, string pointer)
    {
        var f = format?.ToLowerInvariant();
        switch (type)
        {
            case JsonSchemaType.String:
                return f switch
                {
                    "date-time" => Primitive("global::System.DateTimeOffset", "DateTimeOffset", true),
                    "date" => Primitive("global::Microsoft.Kiota.Abstractions.Date", "Date", true),
                    "time" => Primitive("global::Microsoft.Kiota.Abstractions.Time", "Time", true),
                    "duration" => Primitive("global::System.TimeSpan", "TimeSpan", true),
                    "uuid" => Primitive("global::System.Guid", "Guid", true),
                    "byte" or "binary" => Primitive("byte[]", "ByteArray", false),
                    _ => StringType,
                };
            case JsonSchemaType.Integer:
                return f switch
                {
                    "int64" => Primitive("long", "Long", true),
                    "int8" => Primitive("sbyte", "Sbyte", true),
                    "uint8" => Primitive("byte", "Byte", true),
                    _ => Primitive("int", "Int", true),
                };
            case JsonSchemaType.Number:
                return f switch
                {
                    "float" => Primitive("float", "Float", true),
                    "decimal" => Primitive("decimal", "Decimal", true),
                    "int32" => Primitive("int", "Int", true),
                    "int64" => Primitive("long", "Long", true),
                    _ => Primitive("double", "Double", true),
                };
            case JsonSchemaType.Boolean:
                return Primitive("bool", "Bool", true);
            default:
                Report(DiagnosticDescriptorRef.Unsupported, pointer, "type '" + type + "' here; generated as an untyped node");
                return Untyped;
        }
    }

    private static void ReadConstraints(IOpenApiSchema schema, ConstraintDraft constraints)
    {
        constraints.MinLength ??= schema.MinLength ?? schema.MinItems;
        constraints.MaxLength ??= schema.MaxLength ?? schema.MaxItems;
        constraints.Pattern ??= string.IsNullOrEmpty(schema.Pattern) ? null : schema.Pattern;
        if (constraints.Minimum == null)
        {
            if (IsNumber(schema.ExclusiveMinimum))
            {
                constraints.Minimum = schema.ExclusiveMinimum;
                constraints.ExclusiveMinimum = true;
            }
            else if (IsNumber(schema.Minimum))
            {
                constraints.Minimum = schema.Minimum;
            }
        }

        if (constraints.Maximum == null)
        {
            if (IsNumber(schema.ExclusiveMaximum))
            {
                constraints.Maximum = schema.ExclusiveMaximum;
                constraints.ExclusiveMaximum = true;
            }
            else if (IsNumber(schema.Maximum))
            {
                constraints.Maximum = schema.Maximum;
            }
        }

        switch (schema.Format?.ToLowerInvariant())
        {
            case "uri":
            case "url":
                constraints.IsUrl = true;
                break;
            case "base64-or-url":
                constraints.IsBase64 = true;
                constraints.Base64AllowsUrl = true;
                break;
            case "base64":
                constraints.IsBase64 = true;
                break;
            case "password":
                constraints.IsSecret = true;
                break;
        }
    }

    private static bool IsNumber(string? value) =>
        value != null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private void BuildEnum(IOpenApiSchema schema, string @namespace, string name, string pointer)
    {
        var scope = new Naming.Scope(name);
        var members = new List<EnumMemberModel>();
        foreach (var value in EnumValues(schema))
        {
            var preferred = Naming.ToUpperFirst(value).TrimStart('@');
            var memberName = scope.Claim(preferred, value, out var previous);
            if (previous != null) Report(DiagnosticDescriptorRef.NameCollision, pointer + "/enum", previous, value, preferred, memberName);
            members.Add(new EnumMemberModel(memberName, value));
        }

        _enums.Add(new EnumModel(@namespace, name, Describe(schema), members.ToEquatableArray()));
    }

    private void BuildComposed(IOpenApiSchema schema, string @namespace, string name, string pointer)
    {
        var useOneOf = schema.OneOf != null && schema.OneOf.Count > 0;
        var list = useOneOf ? schema.OneOf! : schema.AnyOf!;
        var listPointer = pointer + (useOneOf ? "/oneOf" : "/anyOf");
        var discriminator = schema.Discriminator?.PropertyName;
        var mappingByTarget = new Dictionary<string, string>(StringComparer.Ordinal);
        if (schema.Discriminator?.Mapping != null)
        {
            foreach (var mapping in schema.Discriminator.Mapping)
            {
                var id = mapping.Value?.Reference?.Id;
                if (id != null && !mappingByTarget.ContainsKey(id)) mappingByTarget[id] = mapping.Key;
            }
        }

        var scope = new Naming.Scope(ModelReservedNames);
        scope.Claim(name, name, out _);
        var members = new List<ComposedMemberModel>();
        for (var i = 0; i < list.Count; i++)
        {
            var member = list[i];
            if (member == null || IsNullOnly(member)) continue;
            var memberPointer = listPointer + "/" + i.ToString(CultureInfo.InvariantCulture);
            var type = ResolveType(member, memberPointer, name, @namespace, "member" + (i + 1).ToString(CultureInfo.InvariantCulture), null);
            if (type.Kind != ValueKind.Object || type.IsCollection) continue;
            var simpleName = type.TypeName.Substring(type.TypeName.LastIndexOf('.') + 1);
            var propertyName = scope.Claim(simpleName, type.TypeName, out _);
            string? mappingValue = null;
            if (discriminator != null && member is OpenApiSchemaReference reference && reference.Reference?.Id is { } id)
            {
                mappingValue = mappingByTarget.TryGetValue(id, out var mapped) ? mapped : id;
            }

            members.Add(new ComposedMemberModel(propertyName, type, mappingValue));
        }

        var isIntersection = !useOneOf || discriminator == null;
        _composed.Add(new ComposedTypeModel(@namespace, name, Describe(schema), isIntersection, discriminator, members.ToEquatableArray()));
    }
}
