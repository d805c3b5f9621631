using Microsoft.CodeAnalysis;

namespace KlingGen.Generators;

/// <summary>Generates a Kiota-shaped C# client from each opted-in OpenAPI document in AdditionalFiles.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
