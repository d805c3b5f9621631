using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using KlingGen.Generators.Model;
using Microsoft.OpenApi;

namespace KlingGen.Generators.Parsing;

internal sealed partial class DocumentConverter
{
    private static readonly string[] BuilderReservedNames =
    {
        "PathParameters", "RequestAdapter", "UrlTemplate", "WithUrl", "GetAsync", "PostAsync", "PutAsync", "PatchAsync",
        "DeleteAsync", "HeadAsync", "OptionsAsync", "TraceAsync", "GetType", "Equals", "GetHashCode", "ToString", "MemberwiseClone",
    };

    private static readonly string[] SuccessCodes = { "200", "201", "202", "203", "206", "2XX" };

    private sealed class PathNode
    {
        public PathNode(string @namespace, string className, string display, string template)
        {
            Namespace = @namespace;
            ClassName = className;
            Display = display;
            Template = template;
        }

        public string Namespace { get; }

        public string ClassName { get; }

        public string Display { get; }

        public string Template { get; }

        public List<(string PropertyName, PathNode Node)> Children { get; } = new();

        public Dictionary<string, PathNode> ChildrenBySegment { get; } = new(StringComparer.Ordinal);

        public PathNode? Item { get; set; }

        public string? ItemParameter { get; set; }

        public string? ItemDescription { get; set; }

        public List<(string Method, OpenApiOperation Operation, IList<IOpenApiParameter>? PathParameters, string Pointer)> Operations { get; } = new();

        public Naming.Scope MemberScope { get; } = new(BuilderReservedNames);
    }

    /// <summary>The media type without parameters (<c>application/json; charset=utf-8</c> → <c>application/json</c>), as Kiota sends it.</summary>
    private static string MediaType(string contentType) => contentType.Split(';')[0].Trim();

    private static bool IsJson(string contentType)
    {
        var media = contentType.Split(';')[0].Trim().ToLowerInvariant();
        return media == "application/json" || media.EndsWith("+json", StringComparison.Ordinal) || media == "text/json";
    }

    private static KeyValuePair<string, IOpenApiMediaType>? PickContent(IDictionary<string, IOpenApiMediaType>? content)
    {
        if (content == null || content.Count == 0) return null;
        foreach (var entry in content)
        {
            if (IsJson(entry.Key)) return entry;
        }

        return content.First();
    }

    private void CollectErrorComponents()
    {
        if (_document.Paths == null) return;
        foreach (var path in _document.Paths)
        {
            if (path.Value?.Operations == null) continue;
            foreach (var operation in path.Value.Operations)
            {
                if (operation.Value?.Responses == null) continue;
                foreach (var response in operation.Value.Responses)
                {
                    if (!IsErrorCode(response.Key)) continue;
                    var schema = PickContent(response.Value?.Content)?.Value?.Schema;
                    if (schema is OpenApiSchemaReference reference && reference.Reference?.Id is { } id) _errorComponentIds.Add(id);
                }
            }
        }
    }

    private static bool IsErrorCode(string code) =>
        code.Length == 3 && (code[0] == '4' || code[0] == '5') || string.Equals(code, "default", StringComparison.OrdinalIgnoreCase);

    private List<RequestBuilderModel> BuildRequestBuilders()
    {
        var root = new PathNode(_rootNamespace, _clientName, string.Empty, "{+baseurl}");
        ScopeFor(_rootNamespace).Claim(_clientName, _clientName, out _);
        var operationCount = 0;
        if (_document.Paths != null)
        {
            foreach (var path in _document.Paths)
            {
                var pointer = Pointer("/paths", path.Key);
                if (path.Value == null) continue;
                var visited = new List<PathNode>();
                var node = AddPath(root, path.Key, pointer, visited);
                if (node == null || path.Value.Operations == null) continue;
                DescribeIndexers(visited, path.Value);
                foreach (var operation in path.Value.Operations)
                {
                    var method = operation.Key.Method.ToUpperInvariant();
                    node.Operations.Add((method, operation.Value, path.Value.Parameters, pointer + "/" + method.ToLowerInvariant()));
                    operationCount++;
                }
            }
        }

        if (operationCount == 0)
        {
            _diagnostics.Add(_map.At(DiagnosticDescriptorRef.NoOperations, "/paths"));
        }

        var builders = new List<RequestBuilderModel>();
        EmitNode(root, builders, isRoot: true);
        return builders;
    }

    /// <summary>Documents each indexer with the description of the path parameter it supplies.</summary>
    private static void DescribeIndexers(List<PathNode> visited, IOpenApiPathItem pathItem)
    {
        var parameters = new List<IOpenApiParameter>();
        if (pathItem.Parameters != null) parameters.AddRange(pathItem.Parameters);
        foreach (var operation in pathItem.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
        {
            if (operation?.Parameters != null) parameters.AddRange(operation.Parameters);
        }

        foreach (var parameter in parameters)
        {
            if (parameter?.In != ParameterLocation.Path || string.IsNullOrWhiteSpace(parameter.Description)) continue;
            var owner = visited.FirstOrDefault(n => n.ItemParameter == parameter.Name);
            if (owner != null && owner.ItemDescription == null) owner.ItemDescription = parameter.Description!.Trim();
        }
    }

    private PathNode? AddPath(PathNode root, string path, string pointer, List<PathNode> visited)
    {
        var node = root;
        visited.Add(root);
        var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            var isParameter = segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}' && segment.IndexOf('{', 1) < 0;
            if (!isParameter && (segment.IndexOf('{') >= 0 || segment.IndexOf('}') >= 0))
            {
                Report(DiagnosticDescriptorRef.Unsupported, pointer, $"path segment '{segment}' mixes text and parameters; the path is skipped");
                return null;
            }

            if (isParameter)
            {
                var parameter = segment.Substring(1, segment.Length - 2);
                if (node.Item == null)
                {
                    var @namespace = node.Namespace == _rootNamespace && node == root ? _rootNamespace + ".Item" : node.Namespace + ".Item";
                    var className = ClaimTypeName(@namespace, Naming.ItemBuilderName(parameter), pointer, pointer);
                    var template = node.Template + "/{" + Naming.EscapeTemplateName(parameter) + "}";
                    node.Item = new PathNode(@namespace, className, node.Display + "\\{" + parameter + "}", template);
                    node.ItemParameter = parameter;
                }
                else if (node.ItemParameter != parameter)
                {
                    Report(DiagnosticDescriptorRef.Unsupported, pointer, $"path parameter '{parameter}' sits where other paths use '{node.ItemParameter}'; the path is skipped");
                    return null;
                }

                node = node.Item;
                visited.Add(node);
                continue;
            }

            if (!node.ChildrenBySegment.TryGetValue(segment, out var child))
            {
                var segmentName = Naming.ToUpperFirst(segment).TrimStart('@');
                var propertyName = node.MemberScope.Claim(segmentName, segment, out var previous);
                if (previous != null) Report(DiagnosticDescriptorRef.NameCollision, pointer, previous, segment, segmentName, propertyName);
                var @namespace = node.Namespace + "." + propertyName;
                var className = ClaimTypeName(@namespace, propertyName + "RequestBuilder", pointer, pointer);
                child = new PathNode(@namespace, className, node.Display + "\\" + segment, node.Template + "/" + segment);
                node.ChildrenBySegment[segment] = child;
                node.Children.Add((propertyName, child));
            }

            node = child;
            visited.Add(node);
        }

        return node;
    }

    private void EmitNode(PathNode node, List<RequestBuilderModel> builders, bool isRoot)
    {
        var operations = new List<OperationModel>();
        var queryNames = new List<string>();
        foreach (var (method, operation, pathParameters, pointer) in node.Operations)
        {
            var model = Guard(pointer, null, () => BuildOperation(node, method, operation, pathParameters, pointer));
            if (model == null) continue;
            operations.Add(model);
            foreach (var query in model.QueryParameters)
            {
                if (!queryNames.Contains(query.SerializedName)) queryNames.Add(query.SerializedName);
            }
        }

        var template = node.Template + (queryNames.Count > 0 ? "{?" + string.Join(",", queryNames) + "}" : string.Empty);
        var navigations = node.Children.Select(c => new NavigationModel(c.PropertyName, "global::" + c.Node.Namespace + "." + c.Node.ClassName, c.Node.Display)).ToEquatableArray();
        IndexerModel? indexer = null;
        if (node.Item != null)
        {
            indexer = new IndexerModel(Naming.EscapeTemplateName(node.ItemParameter!), "position", "global::" + node.Item.Namespace + "." + node.Item.ClassName, node.ItemDescription);
        }

        builders.Add(new RequestBuilderModel(
            node.Namespace,
            node.ClassName,
            isRoot ? "\\" : node.Display,
            template,
            isRoot,
            navigations,
            indexer,
            operations.ToEquatableArray()));

        foreach (var (_, child) in node.Children)
        {
            EmitNode(child, builders, isRoot: false);
        }

        if (node.Item != null)
        {
            EmitNode(node.Item, builders, isRoot: false);
        }
    }

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
        var queryScope = new Naming.Scope();
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
