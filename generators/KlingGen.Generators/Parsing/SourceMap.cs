using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using KlingGen.Generators.Model;
using SharpYaml;
using SharpYaml.Events;

namespace KlingGen.Generators.Parsing;

/// <summary>
/// Maps JSON pointers (as the OpenAPI reader reports them) to spans in the document text, so diagnostics land on the
/// right line. Built from SharpYaml's event stream for YAML and Utf8JsonReader for JSON.
/// </summary>
internal sealed class SourceMap
{
    private readonly string _path;
    private readonly string _text;
    private readonly List<int> _lineStarts = new();
    private readonly Dictionary<string, (int Start, int End)> _spans = new(StringComparer.Ordinal);

    private SourceMap(string path, string text)
    {
        _path = path;
        _text = text;
        _lineStarts.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') _lineStarts.Add(i + 1);
        }

        _spans[string.Empty] = (0, 0);
    }

    /// <summary>Builds the map; on a syntax error returns the map so far and the error's message and offset.</summary>
    public static SourceMap Build(string path, string text, bool isJson, out string? syntaxError, out int errorOffset)
    {
        var map = new SourceMap(path, text);
        syntaxError = null;
        errorOffset = 0;
        if (isJson)
        {
            map.ReadJson(out syntaxError, out errorOffset);
        }
        else
        {
            map.ReadYaml(out syntaxError, out errorOffset);
        }

        return map;
    }

    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>A diagnostic at the node the pointer names, or at its nearest known ancestor.</summary>
    public DiagnosticInfo At(DiagnosticDescriptorRef descriptor, string? pointer, params string[] args)
    {
        var (start, end) = Find(pointer);
        return AtOffset(descriptor, start, end, args);
    }

    public DiagnosticInfo AtOffset(DiagnosticDescriptorRef descriptor, int start, int end, params string[] args)
    {
        start = Math.Max(0, Math.Min(start, _text.Length));
        end = Math.Max(start, Math.Min(end, _text.Length));
        var (startLine, startColumn) = LineOf(start);
        var (endLine, endColumn) = LineOf(end);
        return new DiagnosticInfo(descriptor.Id, _path, start, end - start, startLine, startColumn, endLine, endColumn, args.ToEquatableArray());
    }

    /// <summary>A diagnostic at a 0-based line and column, clamped to the document.</summary>
    public DiagnosticInfo AtLine(DiagnosticDescriptorRef descriptor, int line, int column, params string[] args)
    {
        line = Math.Max(0, Math.Min(line, _lineStarts.Count - 1));
        var lineEnd = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] - 1 : _text.Length;
        var start = Math.Min(_lineStarts[line] + Math.Max(0, column), lineEnd);
        return AtOffset(descriptor, start, Math.Min(start + 1, _text.Length), args);
    }

    private (int Start, int End) Find(string? pointer)
    {
        var current = Normalize(pointer);
        while (true)
        {
            if (_spans.TryGetValue(current, out var span)) return span;
            var decoded = DecodePercent(current);
            if (decoded != current && _spans.TryGetValue(decoded, out span)) return span;
            if (current.Length == 0) return (0, 0);
            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current.Substring(0, slash);
        }
    }

    private static string Normalize(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer)) return string.Empty;
        var p = pointer!;
        var hash = p.IndexOf('#');
        if (hash >= 0) p = p.Substring(hash + 1);
        p = p.TrimEnd('/');
        if (p.Length > 0 && p[0] != '/') p = "/" + p;
        return p;
    }

    private static string DecodePercent(string value)
    {
        if (value.IndexOf('%') < 0) return value;
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }

    private (int Line, int Column) LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0) index = ~index - 1;
        return (index, offset - _lineStarts[index]);
    }

    private sealed class Frame
    {
        public Frame(string pointer, bool isMapping)
        {
            Pointer = pointer;
            IsMapping = isMapping;
        }

        public string Pointer { get; }

        public bool IsMapping { get; }

        public bool ExpectKey { get; set; } = true;

        public string? PendingKey { get; set; }

        public int Index { get; set; }

        /// <summary>Keys seen so far in this mapping; a repeated key is an error the reader reports without a place.</summary>
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }

    private static string DuplicateKey(string key) => $"the key '{key}' appears twice in the same mapping";

    private void ReadYaml(out string? syntaxError, out int errorOffset)
    {
        syntaxError = null;
        errorOffset = 0;
        var stack = new Stack<Frame>();
        try
        {
            var parser = Parser.CreateParser(new StringReader(_text));
            var documents = 0;
            while (parser.MoveNext())
            {
                var current = parser.Current;
                if (current is DocumentStart)
                {
                    documents++;
                    if (documents > 1)
                    {
                        syntaxError = "the file holds more than one YAML document";
                        errorOffset = current.Start.Index;
                        return;
                    }

                    continue;
                }

                if (current is Scalar scalar && stack.Count > 0 && stack.Peek().IsMapping && stack.Peek().ExpectKey)
                {
                    var frame = stack.Peek();
                    if (!frame.Keys.Add(scalar.Value))
                    {
                        syntaxError = DuplicateKey(scalar.Value);
                        errorOffset = scalar.Start.Index;
                        return;
                    }

                    frame.PendingKey = frame.Pointer + "/" + Escape(scalar.Value);
                    _spans[frame.PendingKey] = (scalar.Start.Index, scalar.End.Index);
                    frame.ExpectKey = false;
                    continue;
                }

                if (current is MappingEnd or SequenceEnd)
                {
                    if (stack.Count > 0) stack.Pop();
                    AfterValue(stack);
                    continue;
                }

                if (current is not NodeEvent && current is not AnchorAlias) continue;

                var pointer = ValuePointer(stack, current.Start.Index);
                if (current is MappingStart)
                {
                    stack.Push(new Frame(pointer, isMapping: true));
                }
                else if (current is SequenceStart)
                {
                    stack.Push(new Frame(pointer, isMapping: false));
                }
                else
                {
                    AfterValue(stack);
                }
            }
        }
        catch (YamlException ex)
        {
            // SharpYaml prefixes "(Lin: n, Col: n, Chr: n) - (...): " with 0-based positions; the diagnostic has its own.
            var message = ex.Message;
            var marker = message.StartsWith("(Lin:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
            syntaxError = marker >= 0 ? message.Substring(marker + 3) : message;
            errorOffset = ex.Start.Index;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            syntaxError = ex.Message;
            errorOffset = 0;
        }
    }

    /// <summary>The pointer of the value that starts now; sequence items are recorded here (mapping values were recorded with their key).</summary>
    private string ValuePointer(Stack<Frame> stack, int start)
    {
        if (stack.Count == 0) return string.Empty;
        var frame = stack.Peek();
        if (frame.IsMapping)
        {
            return frame.PendingKey ?? frame.Pointer + "/?";
        }

        var pointer = frame.Pointer + "/" + frame.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!_spans.ContainsKey(pointer)) _spans[pointer] = (start, start + 1);
        return pointer;
    }

    private static void AfterValue(Stack<Frame> stack)
    {
        if (stack.Count == 0) return;
        var frame = stack.Peek();
        if (frame.IsMapping)
        {
            frame.ExpectKey = true;
            frame.PendingKey = null;
        }
        else
        {
            frame.Index++;
        }
    }

    private void ReadJson(out string? syntaxError, out int errorOffset)
    {
        syntaxError = null;
        errorOffset = 0;
        var bytes = Encoding.UTF8.GetBytes(_text);
        var stack = new Stack<Frame>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        try
        {
            while (reader.Read())
            {
                var start = CharOffset(bytes, (int)reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                    {
                        var frame = stack.Peek();
                        var key = reader.GetString() ?? string.Empty;
                        if (!frame.Keys.Add(key))
                        {
                            syntaxError = DuplicateKey(key);
                            errorOffset = start;
                            return;
                        }

                        frame.PendingKey = frame.Pointer + "/" + Escape(key);
                        _spans[frame.PendingKey] = (start, start + CharCount(bytes, (int)reader.TokenStartIndex, reader.ValueSpan.Length + 2));
                        frame.ExpectKey = false;
                        break;
                    }

                    case JsonTokenType.StartObject:
                        stack.Push(new Frame(ValuePointer(stack, start), isMapping: true));
                        break;
                    case JsonTokenType.StartArray:
                        stack.Push(new Frame(ValuePointer(stack, start), isMapping: false));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (stack.Count > 0) stack.Pop();
                        AfterValue(stack);
                        break;
                    default:
                        ValuePointer(stack, start);
                        AfterValue(stack);
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            syntaxError = WithoutJsonPosition(ex.Message);
            var line = (int)Math.Min(ex.LineNumber ?? 0, _lineStarts.Count - 1);
            errorOffset = _lineStarts[line] + (int)(ex.BytePositionInLine ?? 0);
        }
    }

    /// <summary>
    /// System.Text.Json ends its messages with " LineNumber: n | BytePositionInLine: n." (the diagnostic has its own
    /// location) and sometimes advises changing reader options, which means nothing to someone editing the document.
    /// </summary>
    private static string WithoutJsonPosition(string message)
    {
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (position >= 0) message = message.Substring(0, position);
        message = message.Replace(" Change the reader options.", string.Empty).Replace(" which is not supported in this mode", string.Empty);
        return message.Trim();
    }

    private static int CharOffset(byte[] bytes, int byteOffset) => Encoding.UTF8.GetCharCount(bytes, 0, Math.Min(byteOffset, bytes.Length));

    private static int CharCount(byte[] bytes, int byteOffset, int byteCount)
    {
        byteCount = Math.Max(0, Math.Min(byteCount, bytes.Length - byteOffset));
        return Encoding.UTF8.GetCharCount(bytes, byteOffset, byteCount);
    }
}

/// <summary>A descriptor named by ID, so parsing code does not pass Roslyn descriptors around.</summary>
internal readonly struct DiagnosticDescriptorRef
{
    public DiagnosticDescriptorRef(string id) => Id = id;

    public string Id { get; }

    public static readonly DiagnosticDescriptorRef Unparseable = new("KLG001");
    public static readonly DiagnosticDescriptorRef DocumentError = new("KLG002");
    public static readonly DiagnosticDescriptorRef DocumentWarning = new("KLG003");
    public static readonly DiagnosticDescriptorRef UnresolvedReference = new("KLG004");
    public static readonly DiagnosticDescriptorRef Unsupported = new("KLG005");
    public static readonly DiagnosticDescriptorRef NameCollision = new("KLG006");
    public static readonly DiagnosticDescriptorRef InvalidMetadata = new("KLG007");
    public static readonly DiagnosticDescriptorRef InternalError = new("KLG008");
    public static readonly DiagnosticDescriptorRef NoOperations = new("KLG009");
}
