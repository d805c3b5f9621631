using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>A compact line diff: the first changed region with a little context, enough to see what moved.</summary>
public static class LineDiff
{
    public static string Describe(string expected, string actual, int context = 2, int maxLines = 30)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var output = new StringBuilder();
        output.AppendLine($"@@ line {prefix + 1}: expected {a.Length - prefix - suffix} line(s), received {b.Length - prefix - suffix} line(s) @@");
        var lines = new List<string>();
        for (var i = Math.Max(0, prefix - context); i < prefix; i++)
        {
            lines.Add("  " + a[i]);
        }

        lines.AddRange(a.Skip(prefix).Take(a.Length - prefix - suffix).Select(l => "- " + l));
        lines.AddRange(b.Skip(prefix).Take(b.Length - prefix - suffix).Select(l => "+ " + l));
        for (var i = a.Length - suffix; i < Math.Min(a.Length, a.Length - suffix + context); i++)
        {
            lines.Add("  " + a[i]);
        }

        foreach (var line in lines.Take(maxLines))
        {
            output.AppendLine(line);
        }

        if (lines.Count > maxLines)
        {
            output.AppendLine($"... {lines.Count - maxLines} more diff line(s)");
        }

        return output.ToString();
    }
}
