using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KlingGen.Generators.Model;

/// <summary>Whether the consuming project's C# version can compile the generated code (nullable annotations need C# 8).</summary>
internal sealed record LanguageSupport(bool Supported, string Version)
{
    public static LanguageSupport Of(ParseOptions options) =>
        options is CSharpParseOptions csharp
            ? new LanguageSupport(csharp.LanguageVersion >= LanguageVersion.CSharp8, csharp.LanguageVersion.ToDisplayString())
            : new LanguageSupport(true, string.Empty);
}
