using System.Collections.Generic;
using System.Text;
using KlingGen.Generators.Model;

namespace KlingGen.Generators.Emit;

/// <summary>Turns a <see cref="ClientModel"/> into its source files, one per type.</summary>
internal static class ClientEmitter
{
    public static EquatableArray<GeneratedSource> Emit(string hintPrefix, ClientModel client)
    {
        var files = new List<GeneratedSource>();
        var used = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var builder in client.Builders)
        {
            Add(files, used, hintPrefix, client, builder.Namespace, builder.Name, RequestBuilderEmitter.Emit(builder, client));
        }

        foreach (var model in client.Models)
        {
            Add(files, used, hintPrefix, client, model.Namespace, model.Name, ModelEmitter.Emit(model));
        }

        foreach (var model in client.Enums)
        {
            Add(files, used, hintPrefix, client, model.Namespace, model.Name, EnumEmitter.Emit(model));
        }

        foreach (var model in client.ComposedTypes)
        {
            Add(files, used, hintPrefix, client, model.Namespace, model.Name, ComposedTypeEmitter.Emit(model));
        }

        return files.ToEquatableArray();
    }

    private static void Add(List<GeneratedSource> files, HashSet<string> used, string hintPrefix, ClientModel client, string @namespace, string name, string text)
    {
        var relative = @namespace.Length > client.Namespace.Length && @namespace.StartsWith(client.Namespace + ".", System.StringComparison.Ordinal)
            ? @namespace.Substring(client.Namespace.Length + 1) + "."
            : string.Empty;
        var baseName = Sanitize(hintPrefix + "." + relative + name);
        var hint = baseName + ".g.cs";
        for (var i = 2; !used.Add(hint); i++)
        {
            hint = baseName + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
        }

        files.Add(new GeneratedSource(hint, text));
    }

    private static string Sanitize(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '-' ? c : '_');
        }

        return builder.ToString();
    }
}
