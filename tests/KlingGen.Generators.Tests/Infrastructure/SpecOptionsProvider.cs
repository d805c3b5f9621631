using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>
/// Supplies item metadata the way MSBuild does through CompilerVisibleItemMetadata:
/// <c>build_metadata.AdditionalFiles.&lt;Name&gt;</c> per additional file.
/// </summary>
public sealed class SpecOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string NamespaceKey = "build_metadata.AdditionalFiles.KlingGenNamespace";
    public const string ClientNameKey = "build_metadata.AdditionalFiles.KlingGenClientName";

    private readonly ImmutableDictionary<string, DictionaryOptions> _byPath;

    public SpecOptionsProvider(IEnumerable<SpecFile> specs)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DictionaryOptions>();
        foreach (var spec in specs)
        {
            var values = ImmutableDictionary.CreateBuilder<string, string>();
            if (spec.Namespace is not null)
            {
                values[NamespaceKey] = spec.Namespace;
            }

            if (spec.ClientName is not null)
            {
                values[ClientNameKey] = spec.ClientName;
            }

            builder[spec.Path] = new DictionaryOptions(values.ToImmutable());
        }

        _byPath = builder.ToImmutable();
    }

    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? options : GlobalOptions;

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
