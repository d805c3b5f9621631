using System.Collections.Immutable;
using System.Globalization;
using KlingGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KlingGen.Analyzers.Rules;

/// <summary>KLG103: a constant string longer than the member's maximum length or shorter than its minimum length.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StringLengthAnalyzer : KlingAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.StringLength);

    internal override void Register(CompilationStartAnalysisContext context, KlingSymbols symbols)
    {
        ConstrainedValues.Register(context, symbols, static c => c.MaxLength is not null || c.MinLength is not null, Analyze);
    }

    private static void Analyze(OperationAnalysisContext context, ConstrainedValue value)
    {
        var text = value.Value.GetConstantString();
        if (text is null)
        {
            return;
        }

        string? problem = null;
        if (value.Constraints.MaxLength is int max && text.Length > max)
        {
            problem = "above its maximum length of " + max.ToString(CultureInfo.InvariantCulture);
        }
        else if (value.Constraints.MinLength is int min && text.Length < min)
        {
            problem = "below its minimum length of " + min.ToString(CultureInfo.InvariantCulture);
        }

        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.StringLength,
                value.Location,
                value.Member.Name,
                text.Length.ToString(CultureInfo.InvariantCulture),
                problem));
        }
    }
}
