using System;
using System.Collections.Immutable;
using KlingGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KlingGen.Analyzers.Rules;

/// <summary>KLG106: a base64 member given a data URI (<c>data:...;base64,...</c>).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DataUriAnalyzer : KlingAnalyzer
{
    /// <summary>The marker that ends a data URI's header.</summary>
    public const string Base64Marker = ";base64,";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DataUri);

    internal override void Register(CompilationStartAnalysisContext context, KlingSymbols symbols)
    {
        ConstrainedValues.Register(context, symbols, static c => c.IsBase64, Analyze);
    }

    /// <summary>Length of the data URI header, marker included, or -1 when the text is not a base64 data URI.</summary>
    public static int GetHeaderLength(string text)
    {
        if (!text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var marker = text.IndexOf(Base64Marker, StringComparison.OrdinalIgnoreCase);
        return marker < 0 ? -1 : marker + Base64Marker.Length;
    }

    private static void Analyze(OperationAnalysisContext context, ConstrainedValue value)
    {
        var text = value.Value.GetConstantString();
        if (text is null)
        {
            return;
        }

        var header = GetHeaderLength(text);
        if (header > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DataUri,
                value.Location,
                value.Member.Name,
                DisplayText.Shorten(text.Substring(0, header))));
        }
    }
}
