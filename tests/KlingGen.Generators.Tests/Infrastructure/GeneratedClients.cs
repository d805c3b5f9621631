using System;
using System.Collections.Concurrent;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>One generator run per spec (net10.0 references), shared by every test that only reads its output.</summary>
public static class GeneratedClients
{
    private static readonly ConcurrentDictionary<string, Lazy<GeneratorRun>> Runs = new();

    public static GeneratorRun For(string specName) =>
        Runs.GetOrAdd(specName, name => new Lazy<GeneratorRun>(() => GeneratorHarness.Run(SpecCatalog.Load(name)))).Value;
}
