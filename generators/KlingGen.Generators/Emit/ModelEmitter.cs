using System.Globalization;
using System.Linq;
using KlingGen.Generators.Model;

namespace KlingGen.Generators.Emit;

/// <summary>Emits an IParsable model class (optionally an ApiException for error bodies) with its validation.</summary>
internal static class ModelEmitter
{
    public static string Emit(ModelClassModel model)
    {
        var w = new CodeWriter();
        w.FileHeader(KiotaNames.ExtensionsNamespace);
        w.Open("namespace " + model.Namespace);
        w.Summary(model.Description ?? $"The {model.Name} model.");
        w.Line(CodeWriter.GeneratedCodeAttribute);
        foreach (var group in model.ExactlyOneOfGroups)
        {
            w.Line($"[{KiotaNames.Constraints}.ExactlyOneOf({string.Join(", ", group.MemberNames.Select(CodeWriter.Literal))})]");
        }

        var isDerived = model.BaseTypeName != null;
        string bases;
        if (isDerived) bases = model.BaseTypeName!;
        else if (model.IsError) bases = KiotaNames.ApiException + ", " + KiotaNames.IAdditionalDataHolder + ", " + KiotaNames.IParsable;
        else bases = KiotaNames.IAdditionalDataHolder + ", " + KiotaNames.IParsable;
        w.Open($"public partial class {model.Name} : {bases}");

        if (!isDerived)
        {
            w.Summary("JSON properties the schema does not declare; they are kept when parsing and written back when serializing.");
            w.Line($"public {KiotaNames.IDictionary}<string, object> AdditionalData {{ get; set; }}");
        }

        foreach (var property in model.Properties)
        {
            EmitProperty(w, property);
        }

        if (model.IsError && model.ErrorSummary != null)
        {
            EmitErrorMessage(w, model.ErrorSummary);
        }

        if (!isDerived)
        {
            w.DocXml("summary", $"Creates a {CodeWriter.Cref(model.FullName)} with the defaults of its schema.");
            w.Open($"public {model.Name}()");
            w.Line($"AdditionalData = new {KiotaNames.Dictionary}<string, object>();");
            w.Close();
        }

        EmitFactory(w, model, isDerived);
        EmitDeserializers(w, model, isDerived);
        EmitSerialize(w, model, isDerived);
        if (model.HasConstraints)
        {
            ValidationEmitter.Emit(w, model);
        }

        w.Close();
        w.Close();
        w.FileFooter();
        return w.ToString();
    }

    public static string PropertyType(TypeRef type)
    {
        if (type.IsCollection)
        {
            var element = type.Kind == ValueKind.Enum || (type.Kind == ValueKind.Primitive && type.IsValueType) ? type.TypeName + "?" : type.TypeName;
            return $"{KiotaNames.List}<{element}>?";
        }

        return type.TypeName + "?";
    }

    private static void EmitProperty(CodeWriter w, PropertyModel property)
    {
        w.Summary(property.Description ?? $"The {property.JsonName} property");
        foreach (var attribute in ValidationEmitter.Attributes(property))
        {
            w.Line(attribute);
        }

        if (property.Deprecated) w.Line("[global::System.Obsolete(\"Deprecated in the OpenAPI description.\")]");
        w.Line($"public {PropertyType(property.Type)} {property.Name} {{ get; set; }}");
    }

    private static void EmitErrorMessage(CodeWriter w, ErrorSummary summary)
    {
        w.Summary("A readable summary of the error body: its code, message and request id, as the service sent them.");
        w.Open("public override string Message");
        w.Open("get");
        w.Line($"var parts = new {KiotaNames.List}<string>();");
        if (summary.CodeExpression != null)
        {
            w.Line($"if ({summary.CodeExpression} != null) parts.Add(\"code \" + {summary.CodeExpression});");
        }

        if (summary.MessageExpression != null || summary.NestedMessageExpression != null)
        {
            w.Line($"var detail = {summary.MessageExpression ?? "null"};");
            if (summary.NestedMessageExpression != null)
            {
                w.Line($"if (string.IsNullOrEmpty(detail)) detail = {summary.NestedMessageExpression};");
            }

            w.Line("if (!string.IsNullOrEmpty(detail)) parts.Add(detail!);");
        }

        if (summary.RequestIdExpression != null)
        {
            w.Line($"if (!string.IsNullOrEmpty({summary.RequestIdExpression})) parts.Add(\"request id \" + {summary.RequestIdExpression});");
        }

        w.Line("if (parts.Count == 0) return base.Message;");
        w.Line("var status = ResponseStatusCode != 0 ? \"HTTP \" + ResponseStatusCode.ToString(global::System.Globalization.CultureInfo.InvariantCulture) : \"API error\";");
        w.Line("return status + \": \" + string.Join(\"; \", parts);");
        w.Close();
        w.Close();
    }

    private static void EmitFactory(CodeWriter w, ModelClassModel model, bool isDerived)
    {
        w.Summary("Creates the model that matches the parsed value (by its discriminator, where the schema has one).");
        w.DocXml("returns", "A " + CodeWriter.Cref(model.FullName));
        w.DocElement("param", "The node being parsed.", "name=\"parseNode\"");
        w.Open($"public static {(isDerived ? "new " : string.Empty)}{model.FullName} CreateFromDiscriminatorValue({KiotaNames.IParseNode} parseNode)");
        w.Line($"if (ReferenceEquals(parseNode, null)) throw new {KiotaNames.ArgumentNullException}(nameof(parseNode));");
        if (model.DiscriminatorProperty != null && model.Mappings.Count > 0)
        {
            w.Line($"var mappingValue = parseNode.GetChildNode({CodeWriter.Literal(model.DiscriminatorProperty)})?.GetStringValue();");
            w.Line("return mappingValue switch");
            w.Line("{");
            foreach (var mapping in model.Mappings)
            {
                w.Line($"    {CodeWriter.Literal(mapping.Value)} => new {mapping.TypeName}(),");
            }

            w.Line($"    _ => new {model.FullName}(),");
            w.Line("};");
        }
        else
        {
            w.Line($"return new {model.FullName}();");
        }

        w.Close();
    }

    private static void EmitDeserializers(CodeWriter w, ModelClassModel model, bool isDerived)
    {
        w.Summary("Maps each JSON property name to the action that reads it into this object.");
        w.DocElement("returns", "The deserializers of this model's fields, keyed by JSON name.");
        var signature = $"{KiotaNames.IDictionary}<string, {KiotaNames.Action}<{KiotaNames.IParseNode}>> GetFieldDeserializers()";
        w.Open($"public {(isDerived ? "override" : "virtual")} {signature}");
        var open = isDerived
            ? $"return new {KiotaNames.Dictionary}<string, {KiotaNames.Action}<{KiotaNames.IParseNode}>>(base.GetFieldDeserializers())"
            : $"return new {KiotaNames.Dictionary}<string, {KiotaNames.Action}<{KiotaNames.IParseNode}>>";
        w.Line(open);
        w.Line("{");
        foreach (var property in model.Properties)
        {
            w.Line($"    {{ {CodeWriter.Literal(property.JsonName)}, n => {{ {property.Name} = {ReadExpression(property.Type)}; }} }},");
        }

        w.Line("};");
        w.Close();
    }

    public static string ReadExpression(TypeRef type)
    {
        switch (type.Kind)
        {
            case ValueKind.Primitive when type.IsCollection:
                return $"n.GetCollectionOfPrimitiveValues<{(type.IsValueType ? type.TypeName + "?" : type.TypeName)}>()?.AsList()";
            case ValueKind.Primitive:
                return $"n.Get{type.Accessor}Value()";
            case ValueKind.Enum when type.IsCollection:
                return $"n.GetCollectionOfEnumValues<{type.TypeName}>()?.AsList()";
            case ValueKind.Enum:
                return $"n.GetEnumValue<{type.TypeName}>()";
            case ValueKind.Object when type.IsCollection:
                return $"n.GetCollectionOfObjectValues<{type.TypeName}>({type.TypeName}.CreateFromDiscriminatorValue)?.AsList()";
            default:
                return $"n.GetObjectValue<{type.TypeName}>({type.TypeName}.CreateFromDiscriminatorValue)";
        }
    }

    private static void EmitSerialize(CodeWriter w, ModelClassModel model, bool isDerived)
    {
        w.Summary("Writes the properties of this object.");
        w.DocElement("param", "The writer that receives the properties.", "name=\"writer\"");
        w.Open($"public {(isDerived ? "override" : "virtual")} void Serialize({KiotaNames.ISerializationWriter} writer)");
        w.Line($"if (ReferenceEquals(writer, null)) throw new {KiotaNames.ArgumentNullException}(nameof(writer));");
        if (isDerived) w.Line("base.Serialize(writer);");
        foreach (var property in model.Properties)
        {
            w.Line(WriteStatement(property.Type, CodeWriter.Literal(property.JsonName), property.Name));
        }

        if (!isDerived) w.Line("writer.WriteAdditionalData(AdditionalData);");
        w.Close();
    }

    public static string WriteStatement(TypeRef type, string key, string value)
    {
        switch (type.Kind)
        {
            case ValueKind.Primitive when type.IsCollection:
                return $"writer.WriteCollectionOfPrimitiveValues<{(type.IsValueType ? type.TypeName + "?" : type.TypeName)}>({key}, {value});";
            case ValueKind.Primitive:
                return $"writer.Write{type.Accessor}Value({key}, {value});";
            case ValueKind.Enum when type.IsCollection:
                return $"writer.WriteCollectionOfEnumValues<{type.TypeName}>({key}, {value});";
            case ValueKind.Enum:
                return $"writer.WriteEnumValue<{type.TypeName}>({key}, {value});";
            case ValueKind.Object when type.IsCollection:
                return $"writer.WriteCollectionOfObjectValues<{type.TypeName}>({key}, {value});";
            default:
                return $"writer.WriteObjectValue<{type.TypeName}>({key}, {value});";
        }
    }

    internal static string NumberLiteral(string value, TypeRef type)
    {
        var parsed = double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var text = parsed.ToString("R", CultureInfo.InvariantCulture);
        if (type.TypeName == "decimal") return text + "m";
        if (text.IndexOf('.') < 0 && text.IndexOf('E') < 0) return text + "d";
        return text;
    }
}
