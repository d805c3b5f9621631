namespace KlingGen.Generators;

/// <summary>Names of the incremental pipeline steps, for caching tests driven by <c>CSharpGeneratorDriver</c>.</summary>
public static class TrackingNames
{
    /// <summary>Opted-in AdditionalFiles: path, text and options (<see cref="Model.SpecInput"/>).</summary>
    public const string SpecInputs = nameof(SpecInputs);

    /// <summary>The parsed and converted document (<see cref="Model.SpecParseResult"/>); the expensive step.</summary>
    public const string ParsedSpecs = nameof(ParsedSpecs);

    /// <summary>The generated source files of one document.</summary>
    public const string EmittedSources = nameof(EmittedSources);

    /// <summary>Documents skipped because an earlier document already generates a client of the same name.</summary>
    public const string DuplicateClients = nameof(DuplicateClients);

    /// <summary>The consuming project's C# version, and whether the generated code compiles with it.</summary>
    public const string LanguageSupport = nameof(LanguageSupport);

    /// <summary>Whether any opted-in document exists (decides whether support types are needed).</summary>
    public const string AnySpec = nameof(AnySpec);

    /// <summary>Whether the compilation already sees <c>KlingGen.Constraints.ExactlyOneOfAttribute</c>.</summary>
    public const string SupportTypesAvailable = nameof(SupportTypesAvailable);

    /// <summary>The decision to emit the constraint support types.</summary>
    public const string SupportTypesNeeded = nameof(SupportTypesNeeded);
}
