using System;
using System.Collections.Immutable;

namespace KlingGen.Analyzers.Infrastructure;

/// <summary>Finds the known value a mistyped constant most likely meant.</summary>
internal static class KnownValueMatcher
{
    /// <summary>
    /// In order: a case-insensitive match; a known value the constant starts with (or that starts with it);
    /// a known value whose letters appear in order in the constant ("standard" → "std"); the closest by edit
    /// distance, if it is close enough. Null when nothing is a plausible match.
    /// </summary>
    public static string? FindNearest(string value, ImmutableArray<string> knownValues)
    {
        foreach (var known in knownValues)
        {
            if (string.Equals(known, value, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        foreach (var known in knownValues)
        {
            if (known.Length > 0
                && (trimmed.StartsWith(known, StringComparison.OrdinalIgnoreCase) || known.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)))
            {
                return known;
            }
        }

        foreach (var known in knownValues)
        {
            if (known.Length > 0 && IsSubsequence(known, trimmed))
            {
                return known;
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var known in knownValues)
        {
            var distance = Distance(trimmed.ToLowerInvariant(), known.ToLowerInvariant());
            if (distance < bestDistance && distance <= Math.Max(1, known.Length / 2))
            {
                best = known;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static bool IsSubsequence(string shorter, string longer)
    {
        if (!char.ToLowerInvariant(shorter[0]).Equals(char.ToLowerInvariant(longer[0])))
        {
            return false;
        }

        var index = 0;
        foreach (var c in longer)
        {
            if (index < shorter.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(shorter[index]))
            {
                index++;
            }
        }

        return index == shorter.Length;
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
