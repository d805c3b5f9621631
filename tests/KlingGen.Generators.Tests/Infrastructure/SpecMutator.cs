using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>One mutated document and how it was made (enough to reproduce it from the seed and index).</summary>
public sealed record FuzzCase(int Index, string Source, string Mutation, SpecFile Spec)
{
    public override string ToString() => $"#{Index} {Mutation} of {Source}";
}

/// <summary>
/// Deterministic mutations of valid documents: structural damage (dropped, duplicated or retyped fields, broken
/// references, truncation), hostile content (invalid UTF-8, huge strings, deep nesting, cyclic references) and
/// odd names. The same seed always yields the same cases.
/// </summary>
public sealed class SpecMutator
{
    private readonly Random _random;
    private readonly IReadOnlyList<(string Name, string Text)> _sources;

    private static readonly string[] Types = ["string", "integer", "number", "boolean", "object", "array", "null", "banana", "[string, integer]", "42", "", "{}"];
    private static readonly string[] BrokenRefs =
    [
        "'#/components/schemas/DoesNotExist'", "'#/components/schemas/'", "'#/'", "'#not-a-pointer'", "''",
        "'other-file.yaml#/components/schemas/Thing'", "'#/components/responses/Nope'", "'#/paths/~1missing'",
        "'#/components/schemas/Thing/properties/x'", "42",
    ];
    private static readonly string[] Scalars =
    [
        "", "~", "null", "[]", "{}", "-1", "1e400", "0x1F", "true", "'", "\"unterminated", "*undefined_alias",
        "&anchor value", "!!binary AAAA", "| \n", "\t", "ü∂ß", "\"\\u0000\"", "9223372036854775808", "- item",
    ];
    private static readonly string[] Names =
    [
        "123", "class", "namespace", "a b", "Ω-ω", "_", "__", "x.y", "@odata.type", "+1", "-1", "$ref", "List", "Task",
        "System", "KlingApiClient", "Models", "int", "object", "string", "value", "default",
    ];
    private static readonly string[] Paths = ["/{", "/a/{b}/{b}", "no-leading-slash", "/x/{unclosed", "/", "//", "/{a}{b}", "/with space", "/ü"];

    public SpecMutator(int seed, IReadOnlyList<(string Name, string Text)> sources)
    {
        _random = new Random(seed);
        _sources = sources;
    }

    /// <summary>Kling's spec plus every valid test spec, as mutation sources.</summary>
    public static IReadOnlyList<(string Name, string Text)> DefaultSources() =>
        SpecCatalog.AllNames.Select(n => (n, File.ReadAllText(SpecCatalog.PathOf(n)))).ToList();

    public IEnumerable<FuzzCase> Generate(int count)
    {
        var mutations = new (string Name, Func<string, string> Apply)[]
        {
            ("drop-line", DropLine), ("drop-block", DropBlock), ("duplicate-line", DuplicateLine),
            ("duplicate-block", DuplicateBlock), ("retype", Retype), ("break-ref", BreakRef), ("truncate", Truncate),
            ("huge-string", HugeString), ("deep-nesting", DeepNesting), ("cyclic-refs", CyclicRefs),
            ("odd-scalar", OddScalar), ("odd-name", OddName), ("odd-path", OddPath), ("duplicate-operation-id", DuplicateOperationId),
            ("reindent-line", Reindent), ("swap-lines", SwapLines), ("huge-enum", HugeEnum),
        };

        for (var i = 0; i < count; i++)
        {
            var (name, text) = _sources[_random.Next(_sources.Count)];
            var path = "/fuzz/" + i.ToString("D5") + "-" + name + (name.EndsWith(".json", StringComparison.Ordinal) ? "" : name.EndsWith(".yaml", StringComparison.Ordinal) ? "" : ".yaml");

            // One case in twelve damages the bytes rather than the text.
            if (_random.Next(12) == 0)
            {
                yield return new FuzzCase(i, name, "invalid-utf8", SpecFile.FromBytes(path, InvalidUtf8(text), "Fuzz.Client", "FuzzClient"));
                continue;
            }

            // Stack up to three mutations so damage combines.
            var applied = new List<string>();
            var mutated = text;
            var rounds = 1 + _random.Next(3);
            for (var r = 0; r < rounds; r++)
            {
                var mutation = mutations[_random.Next(mutations.Length)];
                mutated = mutation.Apply(mutated);
                applied.Add(mutation.Name);
            }

            yield return new FuzzCase(i, name, string.Join("+", applied), SpecFile.FromText(path, mutated, "Fuzz.Client", "FuzzClient"));
        }
    }

    private string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n');

    private int AnyLine(string[] lines) => lines.Length == 0 ? 0 : _random.Next(lines.Length);

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static string Join(IEnumerable<string> lines) => string.Join("\n", lines);

    private string DropLine(string text)
    {
        var lines = Lines(text).ToList();
        lines.RemoveAt(AnyLine([.. lines]));
        return Join(lines);
    }

    /// <summary>A line and everything indented below it (a whole mapping entry).</summary>
    private (int Start, int End) Block(string[] lines)
    {
        var start = AnyLine(lines);
        var indent = Indent(lines[start]);
        var end = start + 1;
        while (end < lines.Length && (lines[end].Trim().Length == 0 || Indent(lines[end]) > indent))
        {
            end++;
        }

        return (start, end);
    }

    private string DropBlock(string text)
    {
        var lines = Lines(text);
        var (start, end) = Block(lines);
        return Join(lines[..start].Concat(lines[end..]));
    }

    private string DuplicateLine(string text)
    {
        var lines = Lines(text).ToList();
        var i = AnyLine([.. lines]);
        lines.Insert(i, lines[i]);
        return Join(lines);
    }

    private string DuplicateBlock(string text)
    {
        var lines = Lines(text);
        var (start, end) = Block(lines);
        return Join(lines[..end].Concat(lines[start..end]).Concat(lines[end..]));
    }

    private string ReplaceOneMatch(string text, Regex pattern, Func<Match, string> replacement)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var m = matches[_random.Next(matches.Count)];
        return text[..m.Index] + replacement(m) + text[(m.Index + m.Length)..];
    }

    private string Retype(string text) =>
        ReplaceOneMatch(text, new Regex("(\"type\"\\s*:\\s*|\\btype:\\s*)(\"[a-z]+\"|[a-z]+)"), m =>
        {
            var type = Types[_random.Next(Types.Length)];
            return m.Groups[1].Value + (m.Groups[1].Value.StartsWith('"') ? "\"" + type.Replace("\"", "") + "\"" : type);
        });

    private string BreakRef(string text) =>
        ReplaceOneMatch(text, new Regex("(\\$ref\"?\\s*:\\s*)('[^']*'|\"[^\"]*\")"), m =>
        {
            var target = BrokenRefs[_random.Next(BrokenRefs.Length)];
            return m.Groups[1].Value + (m.Groups[2].Value.StartsWith('"') ? "\"" + target.Trim('\'') + "\"" : target);
        });

    private string Truncate(string text) => text[.._random.Next(text.Length + 1)];

    private string HugeString(string text)
    {
        var huge = new string((char)('a' + _random.Next(26)), 100_000 + _random.Next(150_000));
        return ReplaceOneMatch(text, new Regex("(description|title|summary)(\"?\\s*:\\s*)(.*)"), m =>
            m.Groups[1].Value + m.Groups[2].Value + (m.Groups[2].Value.StartsWith('"') ? "\"" + huge + "\"," : huge));
    }

    private string HugeEnum(string text)
    {
        if (text.TrimStart().StartsWith('{'))
        {
            return text;
        }

        var values = string.Join(", ", Enumerable.Range(0, 2_000 + _random.Next(3_000)).Select(i => "v" + i));
        return AddSchema(text, "FuzzHugeEnum", ["type: string", $"enum: [{values}]"]);
    }

    private string DeepNesting(string text)
    {
        if (text.TrimStart().StartsWith('{'))
        {
            var depth = 20 + _random.Next(80);
            var nested = string.Concat(Enumerable.Repeat("{\"type\":\"object\",\"properties\":{\"n\":", depth)) + "{\"type\":\"string\"}" + string.Concat(Enumerable.Repeat("}}", depth));
            return ReplaceOneMatch(text, new Regex("\"schemas\"\\s*:\\s*\\{"), m => m.Value + "\"FuzzDeep\":" + nested + ",");
        }

        var levels = 20 + _random.Next(80);
        var lines = new List<string> { "type: object" };
        var prefix = "";
        for (var i = 0; i < levels; i++)
        {
            lines.Add(prefix + "properties:");
            lines.Add(prefix + "  level" + i + ":");
            prefix += "    ";
            lines.Add(prefix + "type: object");
        }

        return AddSchema(text, "FuzzDeep", lines);
    }

    private string CyclicRefs(string text)
    {
        if (text.TrimStart().StartsWith('{'))
        {
            return ReplaceOneMatch(text, new Regex("\"schemas\"\\s*:\\s*\\{"), m => m.Value +
                "\"FuzzA\":{\"allOf\":[{\"$ref\":\"#/components/schemas/FuzzB\"}]},\"FuzzB\":{\"allOf\":[{\"$ref\":\"#/components/schemas/FuzzA\"}]},");
        }

        return _random.Next(4) switch
        {
            0 => AddSchema(AddSchema(text, "FuzzA", ["type: object", "properties:", "  b:", "    $ref: '#/components/schemas/FuzzB'"]),
                "FuzzB", ["type: object", "properties:", "  a:", "    $ref: '#/components/schemas/FuzzA'"]),
            1 => AddSchema(text, "FuzzSelf", ["allOf:", "  - $ref: '#/components/schemas/FuzzSelf'", "  - type: object"]),
            2 => AddSchema(AddSchema(text, "FuzzA", ["allOf:", "  - $ref: '#/components/schemas/FuzzB'"]),
                "FuzzB", ["allOf:", "  - $ref: '#/components/schemas/FuzzA'"]),
            _ => AddSchema(text, "FuzzAlias", ["$ref: '#/components/schemas/FuzzAlias'"]),
        };
    }

    /// <summary>Adds a component schema (YAML only), creating components/schemas when missing.</summary>
    private static string AddSchema(string text, string name, IEnumerable<string> body)
    {
        var block = "    " + name + ":\n" + string.Join("\n", body.Select(l => "      " + l)) + "\n";
        var index = text.IndexOf("\n  schemas:\n", StringComparison.Ordinal);
        if (index >= 0)
        {
            var at = index + "\n  schemas:\n".Length;
            return text[..at] + block + text[at..];
        }

        var components = text.IndexOf("\ncomponents:\n", StringComparison.Ordinal);
        if (components >= 0)
        {
            var at = components + "\ncomponents:\n".Length;
            return text[..at] + "  schemas:\n" + block + text[at..];
        }

        return text.TrimEnd('\n') + "\ncomponents:\n  schemas:\n" + block;
    }

    private string OddScalar(string text) =>
        ReplaceOneMatch(text, new Regex("(?m)^(\\s*(?:- )?\"?[A-Za-z_$][\\w$-]*\"?\\s*:\\s*)(\\S.*)$"), m => m.Groups[1].Value + Scalars[_random.Next(Scalars.Length)]);

    private string OddName(string text)
    {
        var name = Names[_random.Next(Names.Length)];
        // Rename a component schema key (and, half the time, the references to it).
        var match = new Regex("(?m)^    ([A-Za-z][\\w-]*):\\s*$").Matches(text);
        if (match.Count == 0)
        {
            return text;
        }

        var old = match[_random.Next(match.Count)].Groups[1].Value;
        var quoted = "'" + name + "'";
        var renamed = new Regex("(?m)^    " + Regex.Escape(old) + ":").Replace(text, "    " + quoted + ":", 1);
        return _random.Next(2) == 0 ? renamed : renamed.Replace("/schemas/" + old + "'", "/schemas/" + name + "'");
    }

    private string OddPath(string text) =>
        ReplaceOneMatch(text, new Regex("(?m)^  (/[^:\\n]*):\\s*$"), _ => "  '" + Paths[_random.Next(Paths.Length)] + "':");

    private string DuplicateOperationId(string text)
    {
        var ids = new Regex("operationId\"?\\s*:\\s*\"?([A-Za-z]+)").Matches(text);
        if (ids.Count < 2)
        {
            return text;
        }

        var copy = ids[_random.Next(ids.Count)].Groups[1].Value;
        return ReplaceOneMatch(text, new Regex("(operationId\"?\\s*:\\s*\"?)([A-Za-z]+)"), m => m.Groups[1].Value + copy);
    }

    private string Reindent(string text)
    {
        var lines = Lines(text);
        var i = AnyLine(lines);
        lines[i] = new string(' ', _random.Next(12)) + (_random.Next(5) == 0 ? "\t" : "") + lines[i].TrimStart();
        return Join(lines);
    }

    private string SwapLines(string text)
    {
        var lines = Lines(text);
        var a = AnyLine(lines);
        var b = AnyLine(lines);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return Join(lines);
    }

    private byte[] InvalidUtf8(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var insertions = 1 + _random.Next(5);
        for (var i = 0; i < insertions; i++)
        {
            byte[] bad = _random.Next(4) switch
            {
                0 => [0xFF],
                1 => [0xC3],                    // lead byte without its continuation
                2 => [0x80, 0x80],              // continuation bytes alone
                _ => [0xED, 0xA0, 0x80],        // an encoded surrogate
            };
            bytes.InsertRange(_random.Next(bytes.Count + 1), bad);
        }

        return [.. bytes];
    }
}
