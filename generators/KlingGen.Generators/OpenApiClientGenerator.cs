using System;
using KlingGen.Generators.Emit;
using KlingGen.Generators.Model;
using KlingGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KlingGen.Generators;

/// <summary>Generates a Kiota-shaped C# client from each opted-in OpenAPI document in AdditionalFiles.</summary>
/// <remarks>
/// An AdditionalFile opts in with the item metadata <c>KlingGenNamespace</c> (and optionally <c>KlingGenClientName</c>,
/// default <c>ApiClient</c>), made visible to the compiler through <c>CompilerVisibleItemMetadata</c>.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    /// <summary>The client class name used when <c>KlingGenClientName</c> is not set.</summary>
    public const string DefaultClientName = "ApiClient";

    private const string NamespaceMetadata = "build_metadata.AdditionalFiles.KlingGenNamespace";
    private const string ClientNameMetadata = "build_metadata.AdditionalFiles.KlingGenClientName";
    private const string ExactlyOneOfMetadataName = "KlingGen.Constraints.ExactlyOneOfAttribute";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ToInput(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input != null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.SpecInputs);

        var parsed = inputs
            .Select(static (input, cancellationToken) => SpecParser.Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        var emitted = parsed
            .Select(static (result, _) => Emit(result))
            .WithTrackingName(TrackingNames.EmittedSources);

        // Two documents with one client name would emit files with the same hint names, which makes the
        // whole generator fail; the later document (by path) is skipped with a diagnostic instead.
        var duplicateClients = parsed
            .Select(static (result, _) => new ClientClaim(result.HintPrefix, result.FilePath))
            .Collect()
            .Select(static (claims, _) => ClientClaim.Duplicates(claims))
            .WithTrackingName(TrackingNames.DuplicateClients);

        var language = context.ParseOptionsProvider
            .Select(static (options, _) => LanguageSupport.Of(options))
            .WithTrackingName(TrackingNames.LanguageSupport);

        context.RegisterSourceOutput(emitted.Combine(duplicateClients).Combine(language), static (spc, input) =>
        {
            var output = input.Left.Left;
            if (!input.Right.Supported)
            {
                spc.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.LanguageVersionTooLow,
                    Location.Create(output.FilePath, default, default),
                    input.Right.Version));
                return;
            }

            var duplicate = FindDuplicate(input.Left.Right, output.FilePath);
            if (duplicate != null)
            {
                spc.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidMetadata,
                    Location.Create(duplicate.FilePath, default, default),
                    $"KlingGenClientName '{duplicate.ClientName}' is already used by '{duplicate.WinnerPath}'; give each document its own client name. Nothing was generated from this document."));
                return;
            }

            foreach (var diagnostic in output.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (var file in output.Sources)
            {
                try
                {
                    spc.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
                }
                catch (ArgumentException ex)
                {
                    spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, ex.Message));
                }
            }
        });

        var anySpec = inputs.Collect()
            .Select(static (all, _) => !all.IsDefaultOrEmpty)
            .WithTrackingName(TrackingNames.AnySpec);

        var supportAvailable = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(ExactlyOneOfMetadataName) != null)
            .WithTrackingName(TrackingNames.SupportTypesAvailable);

        var supportNeeded = anySpec.Combine(supportAvailable).Combine(language)
            .Select(static (input, _) => input.Left.Left && !input.Left.Right && input.Right.Supported)
            .WithTrackingName(TrackingNames.SupportTypesNeeded);

        context.RegisterSourceOutput(supportNeeded, static (spc, needed) =>
        {
            if (needed) spc.AddSource(SupportTypesEmitter.HintName, SourceText.From(SupportTypesEmitter.Emit(), System.Text.Encoding.UTF8));
        });
    }

    private static SpecInput? ToInput(AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options, System.Threading.CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        fileOptions.TryGetValue(NamespaceMetadata, out var ns);
        fileOptions.TryGetValue(ClientNameMetadata, out var clientName);
        var hasNamespace = !string.IsNullOrWhiteSpace(ns);
        var hasClientName = !string.IsNullOrWhiteSpace(clientName);
        if (!hasNamespace && !hasClientName) return null;
        string text;
        try
        {
            text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An unreadable file parses as empty, which reports KLG001 on it.
            text = string.Empty;
        }

        return new SpecInput(file.Path, text, ns?.Trim() ?? string.Empty, hasClientName ? clientName!.Trim() : DefaultClientName, hasClientName);
    }

    private static GeneratorOutput Emit(SpecParseResult result)
    {
        if (result.Client == null) return new GeneratorOutput(result.FilePath, EquatableArray<GeneratedSource>.Empty, result.Diagnostics);
        try
        {
            return new GeneratorOutput(result.FilePath, ClientEmitter.Emit(result.HintPrefix, result.Client), result.Diagnostics);
        }
        catch (Exception ex)
        {
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>(result.Diagnostics)
            {
                new("KLG008", result.FilePath, 0, 0, 0, 0, 0, 0, EquatableArray.Create(ex.GetType().Name + ": " + SpecParser.OneLine(ex.Message))),
            };
            return new GeneratorOutput(result.FilePath, EquatableArray<GeneratedSource>.Empty, diagnostics.ToEquatableArray());
        }
    }

    private static DuplicateClient? FindDuplicate(EquatableArray<DuplicateClient> duplicates, string filePath)
    {
        foreach (var duplicate in duplicates)
        {
            if (string.Equals(duplicate.FilePath, filePath, StringComparison.Ordinal)) return duplicate;
        }

        return null;
    }
}
