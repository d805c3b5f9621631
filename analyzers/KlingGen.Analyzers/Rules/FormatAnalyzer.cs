using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KlingGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KlingGen.Analyzers.Rules;

/// <summary>KLG107: a constant that is not an absolute http/https URL where <c>[Url]</c> asks for one, or does not match <c>[RegularExpression]</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FormatAnalyzer : KlingAnalyzer
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.FormatViolation);

    internal override void Register(CompilationStartAnalysisContext context, KlingSymbols symbols)
    {
        ConstrainedValues.Register(context, symbols, static c => c.IsUrl || c.Pattern is not null, Analyze);
    }

    /// <summary>True when <paramref name="text"/> is an absolute http or https URI.</summary>
    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>
    /// True or false when the pattern decides; null when the pattern is invalid or too slow to tell.
    /// The whole text must match, as with <c>RegularExpressionAttribute</c>.
    /// </summary>
    public static bool? MatchesPattern(string text, string pattern)
    {
        try
        {
            var match = Regex.Match(text, pattern, RegexOptions.None, MatchTimeout);
            return match.Success && match.Index == 0 && match.Length == text.Length;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static void Analyze(OperationAnalysisContext context, ConstrainedValue value)
    {
        var text = value.Value.GetConstantString();
        if (text is null)
        {
            return;
        }

        if (value.Constraints.IsUrl && !IsHttpUrl(text))
        {
            Report(context, value, text, "is not an absolute http or https URL");
        }
        else if (value.Constraints.Pattern is { } pattern && MatchesPattern(text, pattern) == false)
        {
            Report(context, value, text, "does not match the pattern '" + pattern + "'");
        }
    }

    private static void Report(OperationAnalysisContext context, ConstrainedValue value, string text, string problem) =>
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.FormatViolation,
            value.Location,
            value.Member.Name,
            DisplayText.Shorten(text),
            problem));
}
