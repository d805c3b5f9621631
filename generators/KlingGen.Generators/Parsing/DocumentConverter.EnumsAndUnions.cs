using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KlingGen.Generators.Model;
using Microsoft.OpenApi;

namespace KlingGen.Generators.Parsing;

internal sealed partial class DocumentConverter
{
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

    /// <summary>Kiota's member names for scalar alternatives: String, Integer, Double, Boolean, ...</summary>
    private static string ScalarMemberName(TypeRef type) => type.Accessor switch
    {
        "Int" => "Integer",
        "Bool" => "Boolean",
        _ => type.Accessor,
    };

    private void BuildComposed(IOpenApiSchema schema, string @namespace, string name, string pointer)
    {
        _nesting++;
        try
        {
            BuildComposedCore(schema, @namespace, name, pointer);
        }
        finally
        {
            _nesting--;
        }
    }

    private void BuildComposedCore(IOpenApiSchema schema, string @namespace, string name, string pointer)
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
            if (type.IsCollection || type.Kind == ValueKind.Untyped || type.Accessor == "ByteArray") continue;
            var simpleName = type.Kind == ValueKind.Primitive ? ScalarMemberName(type) : type.TypeName.Substring(type.TypeName.LastIndexOf('.') + 1);
            var propertyName = scope.Claim(simpleName, type.TypeName, out _);
            string? mappingValue = null;
            if (discriminator != null && member is OpenApiSchemaReference reference && reference.Reference?.Id is { } id)
            {
                mappingValue = mappingByTarget.TryGetValue(id, out var mapped) ? mapped : id;
            }

            members.Add(new ComposedMemberModel(propertyName, type, mappingValue));
        }

        var isIntersection = (!useOneOf || discriminator == null) && members.All(m => m.Type.Kind == ValueKind.Object);
        _composed.Add(new ComposedTypeModel(@namespace, name, Describe(schema), isIntersection, discriminator, members.ToEquatableArray()));
    }
}
