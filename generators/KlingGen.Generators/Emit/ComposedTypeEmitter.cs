using System.Linq;
using KlingGen.Generators.Model;

namespace KlingGen.Generators.Emit;

/// <summary>Emits a Kiota composed-type wrapper for oneOf/anyOf over object schemas.</summary>
internal static class ComposedTypeEmitter
{
    public static string Emit(ComposedTypeModel model)
    {
        var fullName = "global::" + model.Namespace + "." + model.Name;
        var w = new CodeWriter();
        w.FileHeader(KiotaNames.ExtensionsNamespace);
        w.Open("namespace " + model.Namespace);
        w.Summary(model.Description ?? $"Holds one of: {string.Join(", ", System.Linq.Enumerable.Select(model.Members, m => m.Name))}");
        w.Line(CodeWriter.GeneratedCodeAttribute);
        w.Open($"public partial class {model.Name} : {KiotaNames.IComposedTypeWrapper}, {KiotaNames.IParsable}");
        foreach (var member in model.Members)
        {
            w.DocXml("summary", member.Type.Kind == ValueKind.Object || member.Type.Kind == ValueKind.Enum
                ? $"Composed type representation for type {CodeWriter.Cref(member.Type.TypeName)}"
                : $"Composed type representation for type <c>{CodeWriter.Escape(member.Type.TypeName)}</c>");
            w.Line($"public {member.Type.TypeName}? {member.Name} {{ get; set; }}");
        }

        w.Summary("Creates the model that matches the parsed value (by its discriminator, where the schema has one).");
        w.DocXml("returns", "A " + CodeWriter.Cref(fullName));
        w.DocElement("param", "The node being parsed.", "name=\"parseNode\"");
        w.Open($"public static {fullName} CreateFromDiscriminatorValue({KiotaNames.IParseNode} parseNode)");
        w.Line($"if (ReferenceEquals(parseNode, null)) throw new {KiotaNames.ArgumentNullException}(nameof(parseNode));");
        w.Line($"var result = new {fullName}();");
        if (model.IsIntersection)
        {
            foreach (var member in model.Members)
            {
                w.Line($"result.{member.Name} = new {member.Type.TypeName}();");
            }
        }
        else
        {
            var first = true;
            if (model.DiscriminatorProperty != null)
            {
                w.Line($"var mappingValue = parseNode.GetChildNode({CodeWriter.Literal(model.DiscriminatorProperty)})?.GetStringValue();");
                foreach (var member in model.Members.Where(m => m.Type.Kind == ValueKind.Object && m.MappingValue != null))
                {
                    w.Line($"{(first ? "if" : "else if")} ({CodeWriter.Literal(member.MappingValue!)}.Equals(mappingValue, global::System.StringComparison.OrdinalIgnoreCase))");
                    w.Line("{");
                    w.Line($"    result.{member.Name} = new {member.Type.TypeName}();");
                    w.Line("}");
                    first = false;
                }
            }

            // Scalars are tried before strings: date-time, uuid and enum values are strings on the wire too.
            var scalars = model.Members.Where(m => m.Type.Kind != ValueKind.Object)
                .OrderBy(m => m.Type.Kind == ValueKind.Primitive && m.Type.TypeName == "string" ? 1 : 0)
                .ToList();
            for (var i = 0; i < scalars.Count; i++)
            {
                var member = scalars[i];
                var local = "scalar" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var read = member.Type.Kind == ValueKind.Enum ? $"parseNode.GetEnumValue<{member.Type.TypeName}>()" : $"parseNode.Get{member.Type.Accessor}Value()";
                w.Line($"{(first ? "if" : "else if")} ({read} is {member.Type.TypeName} {local})");
                w.Line("{");
                w.Line($"    result.{member.Name} = {local};");
                w.Line("}");
                first = false;
            }

            var unmapped = model.Members.Where(m => m.Type.Kind == ValueKind.Object && (model.DiscriminatorProperty == null || m.MappingValue == null)).ToList();
            if (unmapped.Count == 1 && model.Members.Any(m => m.Type.Kind != ValueKind.Object))
            {
                w.Line(first ? "if (true)" : "else");
                w.Line("{");
                w.Line($"    result.{unmapped[0].Name} = new {unmapped[0].Type.TypeName}();");
                w.Line("}");
            }
        }

        w.Line("return result;");
        w.Close();

        w.Summary("Maps each JSON property name to the action that reads it into this object.");
        w.DocElement("returns", "The deserializers of the wrapped value's fields, keyed by JSON name.");
        w.Open($"public virtual {KiotaNames.IDictionary}<string, {KiotaNames.Action}<{KiotaNames.IParseNode}>> GetFieldDeserializers()");
        if (model.IsIntersection)
        {
            var args = string.Join(", ", System.Linq.Enumerable.Select(model.Members, m => m.Name));
            w.Line($"return {KiotaNames.ParseNodeHelper}.MergeDeserializersForIntersectionWrapper({args});");
        }
        else
        {
            var first = true;
            foreach (var member in model.Members.Where(m => m.Type.Kind == ValueKind.Object))
            {
                w.Line($"{(first ? "if" : "else if")} ({member.Name} != null)");
                w.Line("{");
                w.Line($"    return {member.Name}.GetFieldDeserializers();");
                w.Line("}");
                first = false;
            }

            w.Line($"return new {KiotaNames.Dictionary}<string, {KiotaNames.Action}<{KiotaNames.IParseNode}>>();");
        }

        w.Close();

        w.Summary("Writes the properties of this object.");
        w.DocElement("param", "The writer that receives the properties.", "name=\"writer\"");
        w.Open($"public virtual void Serialize({KiotaNames.ISerializationWriter} writer)");
        w.Line($"if (ReferenceEquals(writer, null)) throw new {KiotaNames.ArgumentNullException}(nameof(writer));");
        if (model.IsIntersection)
        {
            if (model.Members.Count > 0)
            {
                var rest = string.Join(", ", System.Linq.Enumerable.Select(System.Linq.Enumerable.Skip(model.Members, 1), m => m.Name));
                var first = model.Members[0];
                w.Line($"writer.WriteObjectValue<{first.Type.TypeName}>(null, {first.Name}{(rest.Length > 0 ? ", " + rest : string.Empty)});");
            }
        }
        else
        {
            var first = true;
            foreach (var member in model.Members)
            {
                w.Line($"{(first ? "if" : "else if")} ({member.Name} != null)");
                w.Line("{");
                w.Line("    " + ModelEmitter.WriteStatement(member.Type, "null", member.Name));
                w.Line("}");
                first = false;
            }
        }

        w.Close();
        w.Close();
        w.Close();
        w.FileFooter();
        return w.ToString();
    }
}
