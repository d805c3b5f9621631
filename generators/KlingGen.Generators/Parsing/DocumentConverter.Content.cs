using System;
using System.Collections.Generic;
using System.Linq;
using KlingGen.Generators.Model;
using Microsoft.OpenApi;

namespace KlingGen.Generators.Parsing;

internal sealed partial class DocumentConverter
{
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
}
