using System;
using System.Collections.Generic;
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
            info.Name = ClaimTypeName(_modelsNamespace, ModelTypeName(Naming.ToUpperFirst(info.Id).TrimStart('@')), info.Id, info.Pointer);
            info.FullName = "global::" + _modelsNamespace + "." + info.Name;
        }
    }

    /// <summary>A model type may not be named like a member it declares (AdditionalData, Serialize, an error's Message).</summary>
    private static string ModelTypeName(string preferred) =>
        Array.IndexOf(ModelReservedNames, preferred) >= 0 || preferred == "Message" ? preferred + "Escaped" : preferred;

    private ComponentKind Classify(IOpenApiSchema schema, HashSet<string> visiting)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference?.Id;
            if (id == null || !_components.TryGetValue(id, out var target)) return ComponentKind.Alias;
            // A chain of plain references that comes back to itself names no type at all.
            if (!visiting.Add(id)) return ComponentKind.Alias;
            return Classify(target.Schema, visiting);
        }

        if (IsStringEnum(schema)) return ComponentKind.Enum;
        if (TryGetKnownValues(schema, out _)) return ComponentKind.Alias;
        var hasProperties = schema.Properties != null && schema.Properties.Count > 0;
        if (!hasProperties && HasComposition(schema) && !IsRequiredOnlyComposition(schema.OneOf) && !IsRequiredOnlyComposition(schema.AnyOf))
        {
            var members = NonNullMembers(schema);
            if (members.Count > 1 && members.All(m => IsObjectLike(m, visiting))) return ComponentKind.Composed;
            if (IsMixedUnion(schema, visiting)) return ComponentKind.Composed;
            return ComponentKind.Alias;
        }

        return IsObjectLike(schema, visiting) ? ComponentKind.Object : ComponentKind.Alias;
    }

    /// <summary>
    /// <c>oneOf</c> over scalars and at most one object (or objects told apart by a discriminator): a Kiota union wrapper
    /// with one member per alternative, the scalar ones read by trying each scalar accessor in turn.
    /// </summary>
    private bool IsMixedUnion(IOpenApiSchema schema, HashSet<string>? visiting = null)
    {
        visiting ??= new HashSet<string>(StringComparer.Ordinal);
        if (schema.OneOf == null || schema.OneOf.Count < 2 || (schema.AnyOf != null && schema.AnyOf.Count > 0)) return false;
        var objects = 0;
        var scalars = 0;
        foreach (var member in schema.OneOf)
        {
            if (member == null || IsNullOnly(member)) continue;
            if (IsObjectLike(member, visiting)) objects++;
            else if (IsScalar(member)) scalars++;
            else return false;
        }

        return scalars > 0 && (objects <= 1 || schema.Discriminator != null);
    }

    private bool IsScalar(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference?.Id;
            if (id == null || !_components.TryGetValue(id, out var target)) return false;
            if (target.Kind == ComponentKind.Enum) return true;
            return target.Schema is not OpenApiSchemaReference && target.Kind == ComponentKind.Alias && IsScalar(target.Schema);
        }

        if (IsStringEnum(schema)) return true;
        if (HasComposition(schema) || (schema.AllOf != null && schema.AllOf.Count > 0)) return false;
        var type = EffectiveType(schema);
        return type != null && IsSingleFlag(type.Value) && type != JsonSchemaType.Array && type != JsonSchemaType.Object;
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
}
