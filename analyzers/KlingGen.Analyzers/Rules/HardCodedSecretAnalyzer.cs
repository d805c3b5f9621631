using System.Collections.Immutable;
using KlingGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KlingGen.Analyzers.Rules;

/// <summary>KLG108: a string literal passed to a <c>[Secret]</c> parameter or assigned to a <c>[Secret]</c> property.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedSecretAnalyzer : KlingAnalyzer
{
    /// <summary>The environment variable used when <c>[Secret]</c> names none.</summary>
    public const string DefaultEnvironmentVariable = "COMETAPI_KEY";

    /// <summary>Diagnostic property: the environment variable the fix reads the key from.</summary>
    public const string EnvironmentVariableProperty = "EnvironmentVariable";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HardCodedSecret);

    internal override void Register(CompilationStartAnalysisContext context, KlingSymbols symbols)
    {
        ConstrainedValues.Register(context, symbols, static c => c.IsSecret, Analyze);
    }

    private static void Analyze(OperationAnalysisContext context, ConstrainedValue value)
    {
        // Only literals: a constant declared elsewhere is as bad, but the literal is where the fix belongs.
        if (value.Value.WithoutImplicitConversions() is not ILiteralOperation literal
            || literal.GetConstantString() is not { } text
            || string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var variable = string.IsNullOrWhiteSpace(value.Constraints.SecretVariable) ? DefaultEnvironmentVariable : value.Constraints.SecretVariable!;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.HardCodedSecret,
            value.Location,
            ImmutableDictionary<string, string?>.Empty.Add(EnvironmentVariableProperty, variable),
            value.Member.Name,
            variable));
    }
}
