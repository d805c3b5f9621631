using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KlingGen.Generators.Model;

namespace KlingGen.Generators.Emit;

/// <summary>
/// Emits constraint metadata (data annotations and KlingGen.Constraints attributes) and the straight-line
/// <c>GetConstraintViolations</c> / <c>TryValidate</c> / <c>Validate</c> methods.
/// </summary>
internal static class ValidationEmitter
{
    private const string Rules = KiotaNames.Constraints + ".ConstraintRules";

    public static IEnumerable<string> Attributes(PropertyModel property)
    {
        if (property.Required) yield return $"[{KiotaNames.DataAnnotations}.Required]";
        var measurable = IsString(property.Type) || property.Type.IsCollection;
        if (measurable && property.MinLength.HasValue) yield return $"[{KiotaNames.DataAnnotations}.MinLength({property.MinLength.Value.ToString(CultureInfo.InvariantCulture)})]";
        if (measurable && property.MaxLength.HasValue) yield return $"[{KiotaNames.DataAnnotations}.MaxLength({property.MaxLength.Value.ToString(CultureInfo.InvariantCulture)})]";
        if (IsString(property.Type) && property.Pattern != null) yield return $"[{KiotaNames.DataAnnotations}.RegularExpression({Verbatim(property.Pattern)})]";
        if (IsString(property.Type) && property.IsUrl) yield return $"[{KiotaNames.DataAnnotations}.Url]";
        if (IsNumber(property.Type) && (property.Minimum != null || property.Maximum != null))
        {
            var min = property.Minimum != null ? ModelEmitter.NumberLiteral(property.Minimum, Double) : "double.MinValue";
            var max = property.Maximum != null ? ModelEmitter.NumberLiteral(property.Maximum, Double) : "double.MaxValue";
            yield return $"[{KiotaNames.DataAnnotations}.Range({min}, {max})]";
        }

        if (IsString(property.Type) && property.KnownValues.Count > 0)
        {
            yield return $"[{KiotaNames.Constraints}.KnownValues({string.Join(", ", property.KnownValues.Select(CodeWriter.Literal))})]";
        }

        if (IsString(property.Type) && property.IsBase64)
        {
            yield return property.Base64AllowsUrl ? $"[{KiotaNames.Constraints}.Base64Content(AllowsUrl = true)]" : $"[{KiotaNames.Constraints}.Base64Content]";
        }

        if (property.IsSecret) yield return $"[{KiotaNames.Constraints}.Secret]";
    }

    private static readonly TypeRef Double = new(ValueKind.Primitive, "double", "Double", true, false);

    private static bool IsString(TypeRef type) => type.Kind == ValueKind.Primitive && !type.IsCollection && type.TypeName == "string";

    private static bool IsNumber(TypeRef type) =>
        type.Kind == ValueKind.Primitive && !type.IsCollection && type.TypeName is "int" or "long" or "float" or "double" or "decimal" or "sbyte" or "byte";

    private static string Verbatim(string value) => "@\"" + value.Replace("\"", "\"\"") + "\"";

    public static void Emit(CodeWriter w, ModelClassModel model)
    {
        var hasOwn = model.ExactlyOneOfGroups.Count > 0 || model.Properties.Any(p => p.HasOwnConstraints || p.ValidateNested);
        if (model.BaseHasConstraints && !hasOwn) return;

        var violationList = $"{KiotaNames.IReadOnlyList}<{KiotaNames.ConstraintViolation}>";
        if (!model.BaseHasConstraints)
        {
            w.Summary("Checks this object, and the models it holds, against the constraints of its OpenAPI schema.");
            w.DocElement("returns", "Every violated constraint, naming the JSON field and the rule; empty when the object is valid.");
            w.Open($"public {violationList} GetConstraintViolations()");
            w.Line($"var violations = new {KiotaNames.List}<{KiotaNames.ConstraintViolation}>();");
            w.Line("AddConstraintViolations(violations, string.Empty);");
            w.Line("return violations;");
            w.Close();

            w.Summary("Checks this object against the constraints of its OpenAPI schema without throwing.");
            w.DocElement("param", "Every violated constraint; empty when the object is valid.", "name=\"violations\"");
            w.DocElement("returns", "true when no constraint is violated.");
            w.Open($"public bool TryValidate(out {violationList} violations)");
            w.Line("violations = GetConstraintViolations();");
            w.Line("return violations.Count == 0;");
            w.Close();

            w.Summary("Throws when this object violates a constraint of its OpenAPI schema; request builders call it before sending.");
            w.DocXml("exception", "When at least one constraint is violated; the message names every field and rule.", $"cref=\"{KiotaNames.Constraints}.RequestValidationException\"");
            w.Open("public void Validate()");
            w.Line("var violations = GetConstraintViolations();");
            w.Line($"if (violations.Count > 0) throw new {KiotaNames.Constraints}.RequestValidationException(violations);");
            w.Close();
        }

        w.Summary("Adds the violated constraints of this object and the models it holds.");
        w.DocElement("param", "Where violations are added.", "name=\"violations\"");
        w.DocElement("param", "Prefix of the JSON field names, for nested models (for example \"watermark_info.\").", "name=\"fieldPrefix\"");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"public {(model.BaseHasConstraints ? "override" : "virtual")} void AddConstraintViolations({KiotaNames.ICollection}<{KiotaNames.ConstraintViolation}> violations, string fieldPrefix)");
        w.Line($"if (ReferenceEquals(violations, null)) throw new {KiotaNames.ArgumentNullException}(nameof(violations));");
        w.Line("fieldPrefix ??= string.Empty;");
        if (model.BaseHasConstraints) w.Line("base.AddConstraintViolations(violations, fieldPrefix);");
        foreach (var property in model.Properties)
        {
            EmitPropertyChecks(w, property);
        }

        for (var i = 0; i < model.ExactlyOneOfGroups.Count; i++)
        {
            EmitGroupCheck(w, model.ExactlyOneOfGroups[i], i);
        }

        w.Close();
    }

    private static string Add(string field, string member, string rule, string messageExpression) =>
        $"violations.Add(new {KiotaNames.ConstraintViolation}(fieldPrefix + {CodeWriter.Literal(field)}, {CodeWriter.Literal(member)}, {CodeWriter.Literal(rule)}, fieldPrefix + {CodeWriter.Literal(field + " (" + rule + "): ")} + {messageExpression}));";

    private static void EmitPropertyChecks(CodeWriter w, PropertyModel p)
    {
        var json = p.JsonName;
        var name = p.Name;
        if (p.Required)
        {
            w.Line($"if ({name} == null) {Add(json, name, "required", CodeWriter.Literal("is required."))}");
        }

        if (IsString(p.Type) || p.Type.IsCollection)
        {
            var measure = IsString(p.Type) ? "Length" : "Count";
            var unit = IsString(p.Type) ? "characters" : "items";
            if (p.MinLength.HasValue)
            {
                var min = p.MinLength.Value.ToString(CultureInfo.InvariantCulture);
                w.Line($"if ({name} != null && {name}.{measure} < {min}) {Add(json, name, "minLength", $"\"must have at least {min} {unit}; it has \" + {name}.{measure}.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \".\"")}");
            }

            if (p.MaxLength.HasValue)
            {
                var max = p.MaxLength.Value.ToString(CultureInfo.InvariantCulture);
                w.Line($"if ({name} != null && {name}.{measure} > {max}) {Add(json, name, "maxLength", $"\"must have at most {max} {unit}; it has \" + {name}.{measure}.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \".\"")}");
            }
        }

        if (IsString(p.Type))
        {
            if (p.Pattern != null)
            {
                w.Line($"if ({name} != null && !global::System.Text.RegularExpressions.Regex.IsMatch({name}, {Verbatim(p.Pattern)})) {Add(json, name, "pattern", CodeWriter.Literal("must match the pattern " + p.Pattern + "."))}");
            }

            if (p.IsUrl)
            {
                w.Line($"if ({name} != null && !{Rules}.IsAbsoluteHttpUrl({name})) {Add(json, name, "format", CodeWriter.Literal("must be an absolute http or https URL."))}");
            }

            if (p.IsBase64)
            {
                var expected = p.Base64AllowsUrl ? "a public http(s) URL or bare base64" : "bare base64";
                w.Line($"if ({name} != null && {Rules}.IsDataUri({name})) {Add(json, name, "base64", CodeWriter.Literal("must be " + expected + ", not a data: URI; remove the 'data:...;base64,' prefix."))}");
                var urlClause = p.Base64AllowsUrl ? $" && !{Rules}.IsAbsoluteHttpUrl({name})" : string.Empty;
                w.Line($"else if ({name} != null && !{Rules}.IsBase64({name}){urlClause}) {Add(json, name, "base64", CodeWriter.Literal("must be " + expected + "."))}");
            }
        }

        if (IsNumber(p.Type))
        {
            if (p.Minimum != null)
            {
                var literal = ModelEmitter.NumberLiteral(p.Minimum, p.Type);
                var op = p.ExclusiveMinimum ? "<=" : "<";
                var text = p.ExclusiveMinimum ? "must be greater than " : "must be at least ";
                w.Line($"if ({name} != null && {name} {op} {literal}) {Add(json, name, "range", CodeWriter.Literal(text + p.Minimum + "."))}");
            }

            if (p.Maximum != null)
            {
                var literal = ModelEmitter.NumberLiteral(p.Maximum, p.Type);
                var op = p.ExclusiveMaximum ? ">=" : ">";
                var text = p.ExclusiveMaximum ? "must be less than " : "must be at most ";
                w.Line($"if ({name} != null && {name} {op} {literal}) {Add(json, name, "range", CodeWriter.Literal(text + p.Maximum + "."))}");
            }
        }

        if (p.ValidateNested)
        {
            if (p.Type.IsCollection)
            {
                w.Open($"if ({name} != null)");
                w.Open($"for (var i = 0; i < {name}.Count; i++)");
                w.Line($"{name}[i]?.AddConstraintViolations(violations, fieldPrefix + {CodeWriter.Literal(json + "[")} + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"].\");");
                w.Close();
                w.Close();
            }
            else
            {
                w.Line($"{name}?.AddConstraintViolations(violations, fieldPrefix + {CodeWriter.Literal(json + ".")});");
            }
        }
    }

    private static void EmitGroupCheck(CodeWriter w, ExactlyOneOfGroup group, int index)
    {
        var count = string.Join(" + ", group.MemberNames.Select(m => $"({m} != null ? 1 : 0)"));
        var fields = string.Join(",", group.JsonNames);
        var members = string.Join(",", group.MemberNames);
        var listed = string.Join(", ", group.JsonNames);
        var variable = "setCount" + index.ToString(CultureInfo.InvariantCulture);
        w.Line($"var {variable} = {count};");
        w.Line($"if ({variable} == 0) {Add(fields, members, "exactlyOneOf", CodeWriter.Literal($"exactly one of {listed} must be set; none is set."))}");
        w.Line($"else if ({variable} > 1) {Add(fields, members, "exactlyOneOf", CodeWriter.Literal($"exactly one of {listed} must be set; more than one is set."))}");
    }
}
