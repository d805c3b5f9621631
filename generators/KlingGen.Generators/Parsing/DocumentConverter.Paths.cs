using System;
using System.Collections.Generic;
using System.Linq;
using KlingGen.Generators.Model;
using Microsoft.OpenApi;

namespace KlingGen.Generators.Parsing;

internal sealed partial class DocumentConverter
{
    private static readonly string[] BuilderReservedNames =
    {
        "PathParameters", "RequestAdapter", "UrlTemplate", "WithUrl", "GetAsync", "PostAsync", "PutAsync", "PatchAsync",
        "DeleteAsync", "HeadAsync", "OptionsAsync", "TraceAsync", "GetType", "Equals", "GetHashCode", "ToString", "MemberwiseClone",
        "Item", // the indexer's IL name
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
            MemberScope.Claim(className, className, out _);
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

    private List<RequestBuilderModel> BuildRequestBuilders()
    {
        var root = new PathNode(_rootNamespace, _clientName, string.Empty, "{+baseurl}");
        ScopeFor(_rootNamespace).Claim(_clientName, _clientName, out _);
        ScopeFor(_rootNamespace).Claim("Models", "Models", out _);
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
                    var @namespace = node.Namespace + "." + ClaimNamespaceSegment(node, "Item", segment);
                    var className = ClaimTypeName(@namespace, Naming.ItemBuilderName(parameter), pointer, pointer);
                    var template = node.Template + "/{" + Naming.EscapeTemplateName(parameter) + "}";
                    node.Item = new PathNode(@namespace, className, node.Display + "/{" + parameter + "}", template);
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
                var @namespace = node.Namespace + "." + ClaimNamespaceSegment(node, propertyName, segment);
                var className = ClaimTypeName(@namespace, propertyName + "RequestBuilder", pointer, pointer);
                child = new PathNode(@namespace, className, node.Display + "/" + segment, node.Template + "/" + segment);
                node.ChildrenBySegment[segment] = child;
                node.Children.Add((propertyName, child));
            }

            node = child;
            visited.Add(node);
        }

        return node;
    }

    /// <summary>
    /// A child namespace must not share its name with a type (or the models namespace) in its parent namespace:
    /// <c>/models/...</c> or a segment named like the parent's builder class get a numbered namespace segment.
    /// </summary>
    private string ClaimNamespaceSegment(PathNode parent, string preferred, string segment) =>
        ScopeFor(parent.Namespace).Claim(preferred, "namespace " + segment, out _);

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
            isRoot ? "/" : node.Display,
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
}
