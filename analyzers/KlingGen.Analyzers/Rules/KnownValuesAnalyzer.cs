using System.Collections.Immutable;
using KlingGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KlingGen.Analyzers.Rules;

/// <summary>KLG104: a constant that is not among the known values of an extensible string member.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KnownValuesAnalyzer : KlingAnalyzer
{
    /// <summary>Diagnostic property: the known value the constant most likely meant (absent when none fits).</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnknownValue);

    internal override void Register(CompilationStartAnalysisContext context, KlingSymbols symbols)
    {
        ConstrainedValues.Register(context, symbols, static c => !c.KnownValues.IsEmpty, Analyze);
    }

    private static void Analyze(OperationAnalysisContext context, ConstrainedValue value)
    {
        var text = value.Value.GetConstantString();
        var known = value.Constraints.KnownValues;
        if (text is null || known.Contains(text))
        {
            return;
        }

        var suggestion = KnownValueMatcher.FindNearest(text, known);
        var properties = suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, suggestion);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnknownValue,
            value.Location,
            properties,
            value.Member.Name,
            DisplayText.Shorten(text),
            string.Join(", ", known),
            suggestion is null ? string.Empty : "; did you mean \"" + suggestion + "\"?"));
    }
}
