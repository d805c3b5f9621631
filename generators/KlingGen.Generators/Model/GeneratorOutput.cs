using KlingGen.Generators.Emit;

namespace KlingGen.Generators.Model;

/// <summary>What one document produces: its source files and its diagnostics.</summary>
internal sealed record GeneratorOutput(string FilePath, EquatableArray<GeneratedSource> Sources, EquatableArray<DiagnosticInfo> Diagnostics);
