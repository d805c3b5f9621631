using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace KlingGen.Generators.Parsing;

/// <summary>Turns OpenAPI names into C# identifiers the way Kiota does.</summary>
internal static class Naming
{
    /// <summary>snake_case, kebab-case, dotted or spaced words to PascalCase: <c>audio_id</c> → <c>AudioId</c>.</summary>
    public static string ToPascalCase(string value)
    {
        var builder = new StringBuilder(value.Length);
        var upperNext = true;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        return EnsureIdentifier(builder.ToString());
    }

    /// <summary>First letter upper-cased, underscores kept, other symbols dropped (Kiota's class and segment names).</summary>
    public static string ToUpperFirst(string value)
    {
        var builder = new StringBuilder(value.Length);
        var upperNext = true;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        return EnsureIdentifier(builder.ToString());
    }

    public static string EnsureIdentifier(string value)
    {
        if (value.Length == 0) return "Empty";
        if (char.IsDigit(value[0])) value = "_" + value;
        if (SyntaxFacts.GetKeywordKind(value) != SyntaxKind.None)
        {
            value = "@" + value;
        }

        return value;
    }

    public static bool IsValidNamespace(string value)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        foreach (var part in value.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None) return false;
        }

        return true;
    }

    public static bool IsValidTypeName(string value) =>
        SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None;

    /// <summary>Escapes a parameter name for an RFC 6570 template the way Kiota does (<c>task-id</c> → <c>task%2Did</c>).</summary>
    public static string EscapeTemplateName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.')
            {
                builder.Append(c);
            }
            else
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>Kiota's item builder name for a path parameter: <c>task_id</c> → <c>WithTask_ItemRequestBuilder</c>.</summary>
    public static string ItemBuilderName(string parameterName)
    {
        var trimmed = parameterName;
        if (trimmed.Length > 2 && trimmed.EndsWith("id", System.StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(0, trimmed.Length - 2);
        }

        var core = ToUpperFirst(trimmed).TrimStart('@');
        return "With" + core + "ItemRequestBuilder";
    }

    /// <summary>Makes names unique within a scope, remembering what each name was taken by.</summary>
    internal sealed class Scope
    {
        private readonly Dictionary<string, string> _taken = new(System.StringComparer.Ordinal);

        public Scope(params string[] reserved)
        {
            foreach (var name in reserved)
            {
                _taken[name] = name;
            }
        }

        public bool IsTaken(string name) => _taken.ContainsKey(name);

        /// <summary>Returns <paramref name="preferred"/> or a numbered variant; <paramref name="previousOwner"/> is set on a collision.</summary>
        public string Claim(string preferred, string owner, out string? previousOwner)
        {
            previousOwner = null;
            if (!_taken.TryGetValue(preferred, out var existing))
            {
                _taken[preferred] = owner;
                return preferred;
            }

            previousOwner = existing;
            var i = 1;
            while (_taken.ContainsKey(preferred + i.ToString(CultureInfo.InvariantCulture))) i++;
            var name = preferred + i.ToString(CultureInfo.InvariantCulture);
            _taken[name] = owner;
            return name;
        }
    }
}
