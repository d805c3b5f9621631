using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using KlingGen.Generators.Model;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace KlingGen.Generators.Parsing;

/// <summary>Reads one document's text into a <see cref="SpecParseResult"/>. Never throws.</summary>
internal static class SpecParser
{
    public static SpecParseResult Parse(SpecInput input, System.Threading.CancellationToken cancellationToken)
    {
        var hintPrefix = input.ClientName.Length > 0 && Naming.IsValidTypeName(input.ClientName) ? input.ClientName : "Client";
        var diagnostics = new List<DiagnosticInfo>();
        SourceMap? map = null;
        try
        {
            var isJson = LooksLikeJson(input.Path, input.Text);
            map = SourceMap.Build(input.Path, input.Text, isJson, out var syntaxError, out var errorOffset);

            if (!Naming.IsValidNamespace(input.Namespace))
            {
                var problem = input.Namespace.Length == 0
                    ? "KlingGenNamespace is missing; set it on the AdditionalFiles item next to KlingGenClientName"
                    : $"KlingGenNamespace '{input.Namespace}' is not a valid C# namespace";
                diagnostics.Add(map.AtOffset(DiagnosticDescriptorRef.InvalidMetadata, 0, 0, problem));
                return new SpecParseResult(hintPrefix, input.Path, null, diagnostics.ToEquatableArray());
            }

            if (input.ClientNameGiven && !Naming.IsValidTypeName(input.ClientName))
            {
                diagnostics.Add(map.AtOffset(DiagnosticDescriptorRef.InvalidMetadata, 0, 0, $"KlingGenClientName '{input.ClientName}' is not a valid C# type name"));
                return new SpecParseResult(hintPrefix, input.Path, null, diagnostics.ToEquatableArray());
            }

            if (string.IsNullOrWhiteSpace(input.Text))
            {
                diagnostics.Add(map.AtOffset(DiagnosticDescriptorRef.Unparseable, 0, 0, "the file is empty"));
                return new SpecParseResult(hintPrefix, input.Path, null, diagnostics.ToEquatableArray());
            }

            if (syntaxError != null)
            {
                diagnostics.Add(map.AtOffset(DiagnosticDescriptorRef.Unparseable, errorOffset, errorOffset + 1, OneLine(syntaxError)));
                return new SpecParseResult(hintPrefix, input.Path, null, diagnostics.ToEquatableArray());
            }

            cancellationToken.ThrowIfCancellationRequested();
            var document = Read(input.Text, isJson, map, diagnostics);
            if (document == null)
            {
                return new SpecParseResult(hintPrefix, input.Path, null, diagnostics.ToEquatableArray());
            }

            cancellationToken.ThrowIfCancellationRequested();
            var converter = new DocumentConverter(document, map, input.Namespace, input.ClientName, diagnostics);
            var client = converter.Convert();
            return new SpecParseResult(hintPrefix, input.Path, client, diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            var info = map != null
                ? map.AtOffset(DiagnosticDescriptorRef.InternalError, 0, 0, ex.GetType().Name + ": " + OneLine(ex.Message))
                : new DiagnosticInfo("KLG008", input.Path, 0, 0, 0, 0, 0, 0, EquatableArray.Create(ex.GetType().Name + ": " + OneLine(ex.Message)));
            diagnostics.Add(info);
            return new SpecParseResult(hintPrefix, input.Path, null, diagnostics.ToEquatableArray());
        }
    }

    private static OpenApiDocument? Read(string text, bool isJson, SourceMap map, List<DiagnosticInfo> diagnostics)
    {
        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        settings.AddYamlReader();
        ReadResult result;
        try
        {
            result = OpenApiDocument.Parse(text, isJson ? "json" : "yaml", settings);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(map.At(DiagnosticDescriptorRef.Unparseable, (ex as OpenApiException)?.Pointer, OneLine(ex.Message)));
            return null;
        }

        var errors = result.Diagnostic?.Errors ?? new List<OpenApiError>();
        foreach (var error in errors)
        {
            diagnostics.Add(Locate(map, DiagnosticDescriptorRef.DocumentError, error));
        }

        foreach (var warning in result.Diagnostic?.Warnings ?? new List<OpenApiError>())
        {
            // Unresolved references are reported as KLG004 errors where the generator meets them.
            if ((warning.Message ?? string.Empty).IndexOf("does not point to an existing", StringComparison.OrdinalIgnoreCase) >= 0) continue;
            diagnostics.Add(Locate(map, DiagnosticDescriptorRef.DocumentWarning, warning));
        }

        if (result.Document == null && errors.Count == 0)
        {
            diagnostics.Add(map.AtOffset(DiagnosticDescriptorRef.Unparseable, 0, 0, "the file is not an OpenAPI document"));
        }

        return result.Document;
    }

    /// <summary>
    /// A reader error at the node its pointer names; an error with no usable pointer whose message carries the
    /// parser's own position ("LineNumber: 4 | BytePositionInLine: 0", "(Lin: 11, Col: 2, ...)", both 0-based) goes there.
    /// </summary>
    private static DiagnosticInfo Locate(SourceMap map, DiagnosticDescriptorRef descriptor, OpenApiError error)
    {
        var message = OneLine(error.Message ?? string.Empty);
        var pointer = PointerOf(error);
        if (string.IsNullOrEmpty(pointer) || pointer == "#/" || pointer == "#")
        {
            var position = PositionInMessage.Match(message);
            if (position.Success)
            {
                var lineGroup = position.Groups["jline"].Success ? position.Groups["jline"] : position.Groups["yline"];
                var columnGroup = position.Groups["jcol"].Success ? position.Groups["jcol"] : position.Groups["ycol"];
                var line = int.Parse(lineGroup.Value, System.Globalization.CultureInfo.InvariantCulture);
                var column = columnGroup.Success ? int.Parse(columnGroup.Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                return map.AtLine(descriptor, line, column, message);
            }
        }

        return map.At(descriptor, pointer, message);
    }

    private static readonly System.Text.RegularExpressions.Regex PositionInMessage = new(
        @"LineNumber:\s*(?<jline>\d{1,9})(?:\s*\|\s*BytePositionInLine:\s*(?<jcol>\d{1,9}))?|\(Lin:\s*(?<yline>\d{1,9}),\s*Col:\s*(?<ycol>\d{1,9})",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex PointerInMessage = new(@"\bat (#/[^\s'""]*)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex UnknownField = new(@"^(\S+) is not a valid property\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The pointer of a reader error; some errors carry none but name their place in the message
    /// ("colour is not a valid property at #/info"), then the unknown field itself is the best place.
    /// </summary>
    private static string? PointerOf(OpenApiError error)
    {
        if (!string.IsNullOrEmpty(error.Pointer) && error.Pointer != "#/" && error.Pointer != "#") return error.Pointer;
        var message = error.Message ?? string.Empty;
        var match = PointerInMessage.Match(message);
        if (!match.Success) return error.Pointer;
        var pointer = match.Groups[1].Value.TrimEnd('.', ',', ';');
        var field = UnknownField.Match(message);
        return field.Success ? pointer.TrimEnd('/') + "/" + SourceMap.Escape(field.Groups[1].Value) : pointer;
    }

    private static bool LooksLikeJson(string path, string text)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return true;
        if (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\uFEFF') continue;
            return c == '{' || c == '[';
        }

        return false;
    }

    internal static string OneLine(string message)
    {
        var builder = new StringBuilder(message.Length);
        foreach (var c in message)
        {
            builder.Append(c == '\r' || c == '\n' ? ' ' : c);
        }

        return builder.ToString().Trim();
    }
}
