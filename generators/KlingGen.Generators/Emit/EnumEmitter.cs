using KlingGen.Generators.Model;

namespace KlingGen.Generators.Emit;

/// <summary>Emits a string enum with <c>[EnumMember]</c> values, as Kiota does.</summary>
internal static class EnumEmitter
{
    public static string Emit(EnumModel model)
    {
        var w = new CodeWriter();
        w.FileHeader();
        w.Open("namespace " + model.Namespace);
        w.Summary(model.Description ?? $"The {model.Name} values.");
        w.Line(CodeWriter.GeneratedCodeAttribute);
        w.Open("public enum " + model.Name);
        foreach (var member in model.Members)
        {
            w.DocXml("summary", $"The <c>{CodeWriter.Escape(member.Value)}</c> value.");
            w.Line($"[global::System.Runtime.Serialization.EnumMember(Value = {CodeWriter.Literal(member.Value)})]");
            w.Line(member.Name + ",");
        }

        w.Close();
        w.Close();
        w.FileFooter();
        return w.ToString();
    }
}
