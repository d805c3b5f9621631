using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KlingGen.Analyzers.Infrastructure;

/// <summary>
/// Base of every KlingGen rule: registers its actions only in compilations that see KlingGen's
/// constraint attributes, and never in generated code.
/// </summary>
public abstract class KlingAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KlingSymbols.TryGet(start.Compilation);
            if (symbols is not null)
            {
                Register(start, symbols);
            }
        });
    }

    internal abstract void Register(CompilationStartAnalysisContext context, KlingSymbols symbols);
}
