using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KlingGen.Generators.Model;
using Microsoft.OpenApi;

namespace KlingGen.Generators.Parsing;

internal sealed partial class DocumentConverter
{
    private OperationModel? BuildOperation(PathNode node, string method, OpenApiOperation operation, IList<IOpenApiParameter>? pathParameters, string pointer)
    {
        if (method == "QUERY" || Array.IndexOf(new[] { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE" }, method) < 0)
        {
            Report(DiagnosticDescriptorRef.Unsupported, pointer, $"HTTP method {method}; the operation is skipped");
            return null;
        }

        var methodPascal = method.Substring(0, 1) + method.Substring(1).ToLowerInvariant();
        var builderBase = node.ClassName.EndsWith("RequestBuilder", StringComparison.Ordinal)
            ? node.ClassName.Substring(0, node.ClassName.Length - "RequestBuilder".Length)
            : node.ClassName;

        // Parameters: operation-level ones override path-level ones with the same name and location.
        var parameters = new List<(IOpenApiParameter Parameter, string Pointer)>();
        if (operation.Parameters != null)
        {
            for (var i = 0; i < operation.Parameters.Count; i++)
            {
                parameters.Add((operation.Parameters[i], pointer + "/parameters/" + i.ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (pathParameters != null)
        {
            var pathPointer = pointer.Substring(0, pointer.LastIndexOf('/')) + "/parameters/";
            for (var i = 0; i < pathParameters.Count; i++)
            {
                var parameter = pathParameters[i];
                if (!parameters.Any(p => p.Parameter.Name == parameter.Name && p.Parameter.In == parameter.In))
                {
                    parameters.Add((parameter, pathPointer + i.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }

        var queryParameters = new List<QueryParameterModel>();
        var headerParameters = new List<HeaderParameterModel>();
        var queryScope = new Naming.Scope("GetType", "Equals", "GetHashCode", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize", node.ClassName + methodPascal + "QueryParameters");
        foreach (var (parameter, parameterPointer) in parameters)
        {
            if (parameter is OpenApiParameterReference parameterReference && parameterReference.Target == null)
            {
                Report(DiagnosticDescriptorRef.UnresolvedReference, parameterPointer + "/$ref", parameterReference.Reference?.ReferenceV3 ?? "?");
                continue;
            }

            if (parameter.Name == null || parameter.In == null) continue;
            switch (parameter.In)
            {
                case ParameterLocation.Query:
                {
                    var typeName = QueryParameterType(node, methodPascal, parameter, parameterPointer);
                    if (typeName == null) continue;
                    var preferred = Naming.ToPascalCase(parameter.Name);
                    var name = queryScope.Claim(preferred, parameter.Name, out var previous);
                    if (previous != null) Report(DiagnosticDescriptorRef.NameCollision, parameterPointer, previous, parameter.Name, preferred, name);
                    queryParameters.Add(new QueryParameterModel(name, Naming.EscapeTemplateName(parameter.Name), typeName, Clean(parameter.Description), parameter.Deprecated));
                    break;
                }

                case ParameterLocation.Header:
                    headerParameters.Add(new HeaderParameterModel(parameter.Name, Clean(parameter.Description), parameter.Required, parameter.Required ? HeaderDefault(parameter.Schema) : null));
                    break;
                case ParameterLocation.Path:
                    break;
                default:
                    Report(DiagnosticDescriptorRef.Unsupported, parameterPointer, $"{parameter.In} parameter '{parameter.Name}' is not generated; set it through the request configuration");
                    break;
            }
        }

        BodyModel? body = null;
        if (operation.RequestBody != null)
        {
            if (operation.RequestBody is OpenApiRequestBodyReference bodyReference && bodyReference.Target == null)
            {
                Report(DiagnosticDescriptorRef.UnresolvedReference, pointer + "/requestBody/$ref", bodyReference.Reference?.ReferenceV3 ?? "?");
                return null;
            }

            body = BuildBody(node, builderBase + methodPascal + "RequestBody", operation.RequestBody, pointer + "/requestBody");
            if (body == null) return null;
        }

        var response = BuildResponse(node, builderBase + methodPascal + "Response", operation, pointer + "/responses");
        var errors = BuildErrors(operation, pointer + "/responses");
        var queryClass = queryParameters.Count > 0 ? node.ClassName + methodPascal + "QueryParameters" : null;
        return new OperationModel(
            method,
            Clean(operation.Summary),
            Clean(operation.Description),
            operation.Deprecated,
            queryClass,
            queryParameters.ToEquatableArray(),
            headerParameters.ToEquatableArray(),
            body,
            response,
            errors.ToEquatableArray());
    }

    private static string? HeaderDefault(IOpenApiSchema? schema)
    {
        if (schema == null) return null;
        var node = schema.Default ?? (schema.Enum != null && schema.Enum.Count == 1 ? schema.Enum[0] : null);
        if (node is System.Text.Json.Nodes.JsonValue value)
        {
            if (value.TryGetValue<string>(out var text)) return text;
            return value.ToJsonString();
        }

        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();

    private string? QueryParameterType(PathNode node, string methodPascal, IOpenApiParameter parameter, string pointer)
    {
        var schema = parameter.Schema;
        if (schema == null) return "string?";
        if (IsStringEnum(schema))
        {
            // Kiota names inline query enums after the operation and parameter: GetKindQueryParameterType.
            var enumName = ClaimTypeName(node.Namespace, methodPascal + Naming.ToPascalCase(parameter.Name ?? "value") + "QueryParameterType", pointer, pointer + "/schema");
            BuildEnum(schema, node.Namespace, enumName, pointer + "/schema");
            return "global::" + node.Namespace + "." + enumName + "?";
        }

        var type = ResolveType(schema, pointer + "/schema", node.ClassName, node.Namespace, parameter.Name ?? "value", null);
        if (type.Kind == ValueKind.Enum && !type.IsCollection) return type.TypeName + "?";
        if (type.Kind == ValueKind.Primitive && type.Accessor != "ByteArray")
        {
            if (type.IsCollection) return type.TypeName + (type.IsValueType ? "?" : string.Empty) + "[]?";
            return type.TypeName + "?";
        }

        Report(DiagnosticDescriptorRef.Unsupported, pointer + "/schema", $"query parameter '{parameter.Name}' of object or composed type is not generated");
        return null;
    }
}
