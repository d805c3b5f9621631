using System;
using System.Collections.Generic;
using System.Linq;
using KlingGen.Generators.Model;
using Microsoft.OpenApi;

namespace KlingGen.Generators.Parsing;

/// <summary>
/// Converts a parsed OpenAPI document into the value-equatable <see cref="ClientModel"/>. Problems become diagnostics;
/// anything that cannot be generated is skipped or approximated so the rest still generates.
/// </summary>
internal sealed partial class DocumentConverter
{
    private readonly OpenApiDocument _document;
    private readonly SourceMap _map;
    private readonly string _rootNamespace;
    private readonly string _modelsNamespace;
    private readonly string _clientName;
    private readonly List<DiagnosticInfo> _diagnostics;

    private readonly Dictionary<string, ComponentInfo> _components = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Naming.Scope> _typeScopes = new(StringComparer.Ordinal);
    private readonly List<ClassDraft> _classes = new();
    private readonly List<EnumModel> _enums = new();
    private readonly List<ComposedTypeModel> _composed = new();
    private readonly HashSet<string> _errorComponentIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reportedPointers = new(StringComparer.Ordinal);

    /// <summary>How many classes and wrappers are being filled inside each other; bounds recursion on hostile input.</summary>
    private const int MaxNesting = 32;
    private int _nesting;

    public DocumentConverter(OpenApiDocument document, SourceMap map, string rootNamespace, string clientName, List<DiagnosticInfo> diagnostics)
    {
        _document = document;
        _map = map;
        _rootNamespace = rootNamespace;
        _modelsNamespace = rootNamespace + ".Models";
        _clientName = clientName;
        _diagnostics = diagnostics;
    }

    public ClientModel Convert()
    {
        RegisterComponents();
        CollectErrorComponents();
        BuildComponents();
        var builders = BuildRequestBuilders();
        FinishClasses();
        builders = builders.Select(WithBodyValidation).ToList();

        var baseUrl = ServerUrl();
        return new ClientModel(
            _rootNamespace,
            _clientName,
            baseUrl,
            builders.ToEquatableArray(),
            _classes.Select(c => c.ToModel()).ToEquatableArray(),
            _enums.ToEquatableArray(),
            _composed.ToEquatableArray());
    }

    /// <summary>Bodies are validated before sending only when their class has constraints (known once classes are finished).</summary>
    private RequestBuilderModel WithBodyValidation(RequestBuilderModel builder)
    {
        var validated = new HashSet<string>(_classes.Where(c => c.HasConstraints).Select(c => c.FullName), StringComparer.Ordinal);
        var operations = builder.Operations.Select(o => o.Body is { Validate: true } body && !validated.Contains(body.TypeName)
            ? o with { Body = body with { Validate = false } }
            : o);
        return builder with { Operations = operations.ToEquatableArray() };
    }

    private string? ServerUrl()
    {
        var server = _document.Servers?.FirstOrDefault();
        if (server?.Url == null) return null;
        var url = server.Url;
        if (server.Variables != null)
        {
            foreach (var variable in server.Variables)
            {
                url = url.Replace("{" + variable.Key + "}", variable.Value?.Default ?? string.Empty);
            }
        }

        url = url.TrimEnd('/');
        if (!Uri.TryCreate(url, UriKind.Absolute, out var absolute) || (absolute.Scheme != "http" && absolute.Scheme != "https"))
        {
            Report(DiagnosticDescriptorRef.Unsupported, "/servers/0/url", $"server URL '{url}' is not an absolute http(s) URL; the client has no default base URL, set RequestAdapter.BaseUrl");
            return null;
        }

        return url;
    }

    private void Report(DiagnosticDescriptorRef descriptor, string pointer, params string[] args)
    {
        // One report per place and rule: shared schemas are visited from several operations.
        if (!_reportedPointers.Add(descriptor.Id + "|" + pointer + "|" + string.Join("|", args))) return;
        _diagnostics.Add(_map.At(descriptor, pointer, args));
    }

    /// <summary>
    /// Runs one unit of conversion (a component, an operation) so that an unexpected failure costs only that unit:
    /// the failure is reported at the unit's place and the rest of the document still generates.
    /// </summary>
    private T Guard<T>(string pointer, T fallback, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (InvalidOperationException ex) when (ex.Message.IndexOf("Circular reference", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            Report(DiagnosticDescriptorRef.Unsupported, pointer, "circular $ref chain (" + SpecParser.OneLine(ex.Message) + "); the item is skipped");
            return fallback;
        }
        catch (Exception ex)
        {
            Report(DiagnosticDescriptorRef.InternalError, pointer, ex.GetType().Name + ": " + SpecParser.OneLine(ex.Message));
            return fallback;
        }
    }

    private Naming.Scope ScopeFor(string @namespace)
    {
        if (!_typeScopes.TryGetValue(@namespace, out var scope))
        {
            scope = new Naming.Scope();
            _typeScopes[@namespace] = scope;
        }

        return scope;
    }

    /// <summary>Claims a type name in a namespace, reporting a collision when it was already taken.</summary>
    private string ClaimTypeName(string @namespace, string preferred, string owner, string pointer)
    {
        var name = ScopeFor(@namespace).Claim(preferred, owner, out var previous);
        if (previous != null)
        {
            Report(DiagnosticDescriptorRef.NameCollision, pointer, previous, owner, preferred, name);
        }

        return name;
    }

    private static string Pointer(string parent, string segment) => parent + "/" + SourceMap.Escape(segment);

    private enum ComponentKind
    {
        Object,
        Enum,
        Composed,
        Alias,
    }

    private sealed class ComponentInfo
    {
        public ComponentInfo(string id, IOpenApiSchema schema, string pointer)
        {
            Id = id;
            Schema = schema;
            Pointer = pointer;
        }

        public string Id { get; }

        public IOpenApiSchema Schema { get; }

        public string Pointer { get; }

        public ComponentKind Kind { get; set; }

        public string Name { get; set; } = string.Empty;

        public string FullName { get; set; } = string.Empty;

        public ClassDraft? Class { get; set; }

        public bool ResolvingAlias { get; set; }
    }
}
