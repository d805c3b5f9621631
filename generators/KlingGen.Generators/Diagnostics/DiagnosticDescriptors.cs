using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace KlingGen.Generators;

/// <summary>Every diagnostic the generator reports (KLG0xx). Locations point into the OpenAPI document.</summary>
public static class DiagnosticDescriptors
{
    private const string Category = "KlingGen.OpenApi";

    /// <summary>KLG001: the document is not valid YAML or JSON, or cannot be read.</summary>
    public static readonly DiagnosticDescriptor UnparseableDocument = new(
        "KLG001", "OpenAPI document cannot be parsed", "The OpenAPI document cannot be parsed: {0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>KLG002: the OpenAPI reader reported an error (structure, version, invalid value).</summary>
    public static readonly DiagnosticDescriptor DocumentError = new(
        "KLG002", "OpenAPI document error", "OpenAPI error: {0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>KLG003: the OpenAPI reader or validator reported a warning.</summary>
    public static readonly DiagnosticDescriptor DocumentWarning = new(
        "KLG003", "OpenAPI document warning", "OpenAPI warning: {0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>KLG004: a <c>$ref</c> points at nothing; the referencing item is generated as an untyped value or skipped.</summary>
    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        "KLG004", "Unresolved $ref", "The reference '{0}' cannot be resolved", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>KLG005: a construct the generator does not support; it is skipped or approximated and the rest is generated.</summary>
    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        "KLG005", "Unsupported OpenAPI construct", "Unsupported construct: {0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>KLG006: two items map to the same C# name; the later one is renamed.</summary>
    public static readonly DiagnosticDescriptor NameCollision = new(
        "KLG006", "Generated name collision", "'{0}' and '{1}' map to the same C# name '{2}'; the second is generated as '{3}'", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>KLG007: the AdditionalFiles metadata (KlingGenNamespace, KlingGenClientName) is missing or not a valid C# name.</summary>
    public static readonly DiagnosticDescriptor InvalidMetadata = new(
        "KLG007", "Invalid KlingGen item metadata", "Invalid KlingGen metadata: {0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>KLG008: the generator failed unexpectedly on this document; nothing was generated from it.</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        "KLG008", "KlingGen internal error", "The client generator failed on this document: {0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>KLG009: the document defines no operations, so the client has no request builders.</summary>
    public static readonly DiagnosticDescriptor NoOperations = new(
        "KLG009", "No operations", "The OpenAPI document defines no operations; only models are generated", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>KLG010: the consuming project compiles with a C# version older than the generated code needs.</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooLow = new(
        "KLG010", "C# version too low for the generated client", "The generated client needs C# 8 or later (it uses nullable annotations), but this project compiles with C# {0}; set <LangVersion>8.0</LangVersion> or later. Nothing was generated from this document.", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>All descriptors, in ID order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        UnparseableDocument, DocumentError, DocumentWarning, UnresolvedReference, UnsupportedConstruct,
        NameCollision, InvalidMetadata, InternalError, NoOperations, LanguageVersionTooLow,
    };

    internal static DiagnosticDescriptor ById(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id) return descriptor;
        }

        return InternalError;
    }
}
