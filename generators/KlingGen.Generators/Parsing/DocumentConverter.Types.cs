using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KlingGen.Generators.Model;
using Microsoft.OpenApi;

namespace KlingGen.Generators.Parsing;

internal sealed partial class DocumentConverter
{
    private static string? Describe(IOpenApiSchema schema)
    {
        var description = schema.Description;
        if (string.IsNullOrWhiteSpace(description) && schema is OpenApiSchemaReference reference) description = reference.Target?.Description;
        return string.IsNullOrWhiteSpace(description) ? null : description!.Trim();
    }

    /// <summary>Resolves a schema to the C# type of a property (or parameter) and collects its constraints.</summary>
    private TypeRef ResolveType(IOpenApiSchema schema, string pointer, string ownerName, string ownerNamespace, string memberName, ConstraintDraft? constraints, int depth = 0)
    {
        if (depth > 16 || _nesting > MaxNesting)
        {
            Report(DiagnosticDescriptorRef.Unsupported, pointer, "schema nesting too deep or circular; generated as an untyped node");
            return Untyped;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference?.Id;
            // Reading Target on a circular chain throws, so resolution goes through the component table instead.
            if (id == null || !_components.TryGetValue(id, out var component))
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
            if (members.Count > 1 && (members.All(m => IsObjectLike(m, new HashSet<string>(StringComparer.Ordinal))) || IsMixedUnion(schema)))
            {
                var name = ClaimTypeName(ownerNamespace, ModelTypeName(InlineName(ownerName, memberName)), pointer, pointer);
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
}
