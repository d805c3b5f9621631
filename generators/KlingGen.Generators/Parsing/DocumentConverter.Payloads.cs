using System;
using System.Collections.Generic;
using KlingGen.Generators.Model;
using Microsoft.OpenApi;

namespace KlingGen.Generators.Parsing;

internal sealed partial class DocumentConverter
{
    private BodyModel? BuildBody(PathNode node, string inlineName, IOpenApiRequestBody requestBody, string pointer)
    {
        var picked = PickContent(requestBody.Content);
        if (picked == null)
        {
            Report(DiagnosticDescriptorRef.Unsupported, pointer, "request body without content; the operation is skipped");
            return null;
        }

        var contentPointer = pointer + "/content/" + SourceMap.Escape(picked.Value.Key);
        var contentType = MediaType(picked.Value.Key);
        var media = contentType.ToLowerInvariant();
        var schema = picked.Value.Value?.Schema;
        if (media.StartsWith("multipart/", StringComparison.Ordinal) || media == "application/x-www-form-urlencoded")
        {
            Report(DiagnosticDescriptorRef.Unsupported, contentPointer, $"request body of type {media}; the operation is skipped");
            return null;
        }

        if (!IsJson(contentType))
        {
            if (media.StartsWith("text/", StringComparison.Ordinal) && (schema == null || EffectiveType(schema) == JsonSchemaType.String) && schema?.Format != "binary")
            {
                return new BodyModel(BodyKind.Scalar, "string", contentType, false);
            }

            return new BodyModel(BodyKind.Stream, "global::System.IO.Stream", contentType, false);
        }

        if (schema == null)
        {
            return new BodyModel(BodyKind.Stream, "global::System.IO.Stream", contentType, false);
        }

        if (schema is not OpenApiSchemaReference && IsObjectLike(schema, new HashSet<string>(StringComparer.Ordinal)) && !HasComposition(schema))
        {
            var draft = BuildInlineClass(schema, node.Namespace, inlineName, contentPointer + "/schema");
            return new BodyModel(BodyKind.Parsable, draft.FullName, contentType, true);
        }

        var type = ResolveType(schema, contentPointer + "/schema", inlineName, node.Namespace, "body", null);
        return type switch
        {
            { Kind: ValueKind.Object, IsCollection: false } => new BodyModel(BodyKind.Parsable, type.TypeName, contentType, true),
            { Kind: ValueKind.Object, IsCollection: true } => new BodyModel(BodyKind.ParsableCollection, type.TypeName, contentType, false),
            { Kind: ValueKind.Primitive, IsCollection: false, Accessor: "ByteArray" } => new BodyModel(BodyKind.Stream, "global::System.IO.Stream", contentType, false),
            { Kind: ValueKind.Primitive, IsCollection: false } => new BodyModel(BodyKind.Scalar, type.TypeName + (type.IsValueType ? "?" : string.Empty), contentType, false),
            _ => UnsupportedBody(contentPointer),
        };
    }

    private BodyModel? UnsupportedBody(string pointer)
    {
        Report(DiagnosticDescriptorRef.Unsupported, pointer + "/schema", "request body of this schema shape; the operation is skipped");
        return null;
    }

    private ResponseModel BuildResponse(PathNode node, string inlineName, OpenApiOperation operation, string pointer)
    {
        if (operation.Responses == null) return new ResponseModel(ResponseKind.NoContent, string.Empty, null, null);
        foreach (var code in SuccessCodes)
        {
            if (!operation.Responses.TryGetValue(code, out var response) || response == null) continue;
            var responsePointer = pointer + "/" + code;
            if (response is OpenApiResponseReference reference && reference.Target == null)
            {
                Report(DiagnosticDescriptorRef.UnresolvedReference, responsePointer + "/$ref", reference.Reference?.ReferenceV3 ?? "?");
                continue;
            }

            var picked = PickContent(response.Content);
            if (picked == null) continue;
            var description = Clean(response.Description);
            var contentPointer = responsePointer + "/content/" + SourceMap.Escape(picked.Value.Key);
            var contentType = MediaType(picked.Value.Key);
            var schema = picked.Value.Value?.Schema;
            if (!IsJson(contentType) || schema == null)
            {
                if (IsJson(contentType) && schema == null) return new ResponseModel(ResponseKind.Stream, "global::System.IO.Stream", contentType, description);
                var media = contentType.Split(';')[0].Trim().ToLowerInvariant();
                if (media.StartsWith("text/", StringComparison.Ordinal) && schema != null && EffectiveType(schema) == JsonSchemaType.String && schema.Format != "binary")
                {
                    return new ResponseModel(ResponseKind.Primitive, "string", contentType, description);
                }

                return new ResponseModel(ResponseKind.Stream, "global::System.IO.Stream", contentType, description);
            }

            if (schema is not OpenApiSchemaReference && IsObjectLike(schema, new HashSet<string>(StringComparer.Ordinal)) && !HasComposition(schema))
            {
                var draft = BuildInlineClass(schema, node.Namespace, inlineName, contentPointer + "/schema");
                return new ResponseModel(ResponseKind.Parsable, draft.FullName, contentType, description);
            }

            var type = ResolveType(schema, contentPointer + "/schema", inlineName, node.Namespace, "value", null);
            switch (type.Kind)
            {
                case ValueKind.Object:
                    return new ResponseModel(type.IsCollection ? ResponseKind.ParsableCollection : ResponseKind.Parsable, type.TypeName, contentType, description);
                case ValueKind.Enum:
                case ValueKind.Primitive:
                    if (type.Accessor == "ByteArray") return new ResponseModel(ResponseKind.Stream, "global::System.IO.Stream", contentType, description);
                    var nullable = type.TypeName + (type.IsValueType ? "?" : string.Empty);
                    return new ResponseModel(type.IsCollection ? ResponseKind.PrimitiveCollection : ResponseKind.Primitive, nullable, contentType, description);
                default:
                    return new ResponseModel(ResponseKind.Parsable, UntypedNode, contentType, description);
            }
        }

        return new ResponseModel(ResponseKind.NoContent, string.Empty, null, null);
    }

    private List<ErrorMappingModel> BuildErrors(OpenApiOperation operation, string pointer)
    {
        var errors = new List<ErrorMappingModel>();
        if (operation.Responses == null) return errors;
        foreach (var entry in operation.Responses)
        {
            if (!IsErrorCode(entry.Key) || entry.Value == null) continue;
            var responsePointer = pointer + "/" + SourceMap.Escape(entry.Key);
            if (entry.Value is OpenApiResponseReference reference && reference.Target == null)
            {
                Report(DiagnosticDescriptorRef.UnresolvedReference, responsePointer + "/$ref", reference.Reference?.ReferenceV3 ?? "?");
                continue;
            }

            var schema = PickContent(entry.Value.Content)?.Value?.Schema;
            if (schema == null) continue;
            if (schema is OpenApiSchemaReference schemaReference && schemaReference.Reference?.Id is { } id
                && _components.TryGetValue(id, out var component) && component.Class != null && component.Class.IsError)
            {
                var code = string.Equals(entry.Key, "default", StringComparison.OrdinalIgnoreCase) ? "XXX" : entry.Key.ToUpperInvariant();
                errors.Add(new ErrorMappingModel(code, component.FullName));
            }
            else if (schema is OpenApiSchemaReference { Target: null } unresolved)
            {
                Report(DiagnosticDescriptorRef.UnresolvedReference, responsePointer + "/content", unresolved.Reference?.ReferenceV3 ?? "?");
            }
            else
            {
                Report(DiagnosticDescriptorRef.Unsupported, responsePointer, "error responses need a $ref to an object schema; this one is not mapped to an exception type");
            }
        }

        return errors;
    }
}
