using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>An OpenAPI document handed to the generator as an AdditionalFile, with its opt-in metadata.</summary>
public sealed record SpecFile(string Path, SourceText? Text, string? Namespace, string? ClientName)
{
    public const string DefaultNamespace = "KlingGen.Client";
    public const string DefaultClientName = "KlingApiClient";

    public static SpecFile FromText(string path, string text, string? ns = DefaultNamespace, string? clientName = DefaultClientName) =>
        new(path, SourceText.From(text, Encoding.UTF8), ns, clientName);

    /// <summary>Decodes the bytes the way the compiler does for files on disk (so invalid UTF-8 stays possible).</summary>
    public static SpecFile FromBytes(string path, byte[] bytes, string? ns = DefaultNamespace, string? clientName = DefaultClientName) =>
        new(path, SourceText.From(bytes, bytes.Length), ns, clientName);

    public static SpecFile FromDisk(string path, string? ns = DefaultNamespace, string? clientName = DefaultClientName) =>
        FromText(path, File.ReadAllText(path), ns, clientName);

    public string Content => Text?.ToString() ?? string.Empty;

    public SpecFile WithText(string text) => this with { Text = SourceText.From(text, Encoding.UTF8) };

    public AdditionalText ToAdditionalText() => new InMemoryAdditionalText(Path, Text);

    private sealed class InMemoryAdditionalText(string path, SourceText? text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
    }
}
