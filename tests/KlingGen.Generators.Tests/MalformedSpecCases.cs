using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KlingGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KlingGen.Generators.Tests;

/// <summary>
/// One defective document and what the generator must say about it: the diagnostic ID(s) accepted, and the
/// 1-based line(s) of the offending node (a parser may report the opening or the point where it gave up).
/// </summary>
public sealed record MalformedSpecCase(string Name, Func<SpecFile> Load, string[] Ids, int[] Lines)
{
    public override string ToString() => Name;
}

public static class MalformedSpecCases
{
    private static string Malformed(string file) => Path.Combine(TestEnvironment.SpecsDirectory, "malformed", file);

    private static MalformedSpecCase File(string file, string id, params int[] lines) =>
        new(file, () => SpecFile.FromDisk(Malformed(file), "Specs.Malformed", "MalformedClient"), [id], lines);

    private static MalformedSpecCase File(string file, string[] ids, params int[] lines) =>
        new(file, () => SpecFile.FromDisk(Malformed(file), "Specs.Malformed", "MalformedClient"), ids, lines);

    public static IReadOnlyDictionary<string, MalformedSpecCase> All { get; } = new MalformedSpecCase[]
    {
        File("bad-indentation.yaml", "KLG001", 4),
        File("unclosed-flow.yaml", "KLG001", 8, 9),
        File("missing-colon.json", "KLG001", 4),
        File("trailing-comma.json", "KLG001", 4, 5),
        File("duplicate-key.yaml", "KLG001", 12),
        File("duplicate-key.json", "KLG001", 8),
        File("unsupported-version.yaml", ["KLG001", "KLG002"], 1),
        File("not-openapi.yaml", ["KLG001", "KLG002"], 1),
        File("unknown-field.yaml", "KLG002", 2, 5),
        File("discriminator-not-required.yaml", "KLG002", 19, 20),
        File("self-alias.yaml", "KLG003", 15, 19),
        File("unresolved-ref.yaml", "KLG004", 15),
        File("unresolved-ref.json", "KLG004", 17),
        File("unresolved-property-ref.yaml", "KLG004", 24, 25),
        File("cookie-parameter.yaml", "KLG005", 10, 11),
        File("name-collision.yaml", "KLG006", 23),
        File("duplicate-parameter-names.yaml", "KLG006", 15),
        File("no-operations.yaml", "KLG009", 5),
        new("empty-file.yaml", () => SpecFile.FromText("/virtual/specs/empty-file.yaml", ""), ["KLG001"], [1]),
        new("unreadable-file.yaml", () => new SpecFile("/virtual/specs/unreadable-file.yaml", null, "Specs.Malformed", "MalformedClient"), ["KLG001"], [1]),
        new("invalid-namespace", () => SpecCatalog.Load("petstore.yaml") with { Namespace = "123 not.a namespace" }, ["KLG007"], [1]),
        new("invalid-client-name", () => SpecCatalog.Load("petstore.yaml") with { ClientName = "Not-A-Type" }, ["KLG007"], [1]),
        new("keyword-client-name", () => SpecCatalog.Load("petstore.yaml") with { ClientName = "class" }, ["KLG007"], [1]),
    }.ToDictionary(c => c.Name);

    /// <summary>IDs with no document that triggers them on purpose.</summary>
    public static IReadOnlyDictionary<string, string> Unreachable { get; } = new Dictionary<string, string>
    {
        ["KLG008"] = "internal error: only an unexpected exception inside the generator reports it; the fuzz tests assert it never appears",
        ["KLG010"] = "raised by the consuming project's C# version, not by a document: DiagnosticTests.A_project_on_CSharp_7_3_gets_KLG010_instead_of_uncompilable_code",
    };

    public static DiagnosticSeverity SeverityOf(string id) =>
        GeneratorStatus.Descriptors.Single(d => d.Id == id).DefaultSeverity;
}
