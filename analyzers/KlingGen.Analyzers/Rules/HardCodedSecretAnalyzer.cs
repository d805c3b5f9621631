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
        var variable = string.IsNullOrWhiteSpace(value.Constraints.SecretVariable) ? DefaultEnvironmentVariable : value.Constraints.SecretVariable!;
        Inspect(context, value, value.Value, variable);
    }

    // Only literals: a constant declared elsewhere is as bad, but the literal is where the fix belongs.
    // A literal used as a fallback (`key ?? "sk-..."`, `cond ? "sk-..." : key`) is hard-coded too.
    private static void Inspect(OperationAnalysisContext context, ConstrainedValue value, IOperation operation, string variable)
    {
        switch (operation.WithoutImplicitConversions())
        {
            case ILiteralOperation literal when literal.GetConstantString() is { } text && !string.IsNullOrWhiteSpace(text):
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.HardCodedSecret,
                    literal.Syntax.GetLocation(),
                    ImmutableDictionary<string, string?>.Empty.Add(EnvironmentVariableProperty, variable),
                    value.Member.Name,
                    variable));
                break;
            case ICoalesceOperation coalesce:
                Inspect(context, value, coalesce.WhenNull, variable);
                break;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                Inspect(context, value, conditional.WhenTrue, variable);
                Inspect(context, value, whenFalse, variable);
                break;
        }
    }
}
