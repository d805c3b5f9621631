using System;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>Small textual edits of YAML documents, as a person would make them in an editor.</summary>
public static class SpecEdits
{
    /// <summary>Adds <c>name: {type: string}</c> as the first property of component schema <paramref name="schema"/>.</summary>
    public static string AddStringProperty(string yaml, string schema, string name)
    {
        var lines = yaml.Replace("\r\n", "\n").Split('\n');
        var schemaLine = Array.FindIndex(lines, l => l.TrimEnd() == $"    {schema}:");
        if (schemaLine < 0)
        {
            throw new ArgumentException($"Schema {schema} not found at the components/schemas indentation.");
        }

        var propertiesLine = Array.FindIndex(lines, schemaLine + 1, l => l.TrimEnd() == "      properties:");
        if (propertiesLine < 0)
        {
            throw new ArgumentException($"Schema {schema} has no properties block.");
        }

        var inserted = new[] { $"        {name}:", "          type: string" };
        return string.Join("\n", lines[..(propertiesLine + 1)]) + "\n" + string.Join("\n", inserted) + "\n" +
               string.Join("\n", lines[(propertiesLine + 1)..]);
    }
}
