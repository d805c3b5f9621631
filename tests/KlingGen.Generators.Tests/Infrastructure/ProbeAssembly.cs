using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Sdk;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>
/// Compiles a spec's generated client together with a hand-written probe class, loads it into a collectible
/// load context (Kiota resolves from this process) and calls the probe's static methods.
/// </summary>
public sealed class ProbeAssembly
{
    private static readonly ConcurrentDictionary<string, Lazy<ProbeAssembly>> Cache = new();
    private readonly Type _probe;

    private ProbeAssembly(Type probe) => _probe = probe;

    public static ProbeAssembly For(string spec, string probeSource) =>
        Cache.GetOrAdd(spec + "\n" + probeSource, _ => new Lazy<ProbeAssembly>(() => Build(spec, probeSource))).Value;

    /// <summary>Runs <c>Probe.Checks.&lt;method&gt;()</c>; a failed check inside surfaces as this test's failure.</summary>
    public string Call(string method, params object[] arguments)
    {
        var target = _probe.GetMethod(method, BindingFlags.Public | BindingFlags.Static)
                     ?? throw new XunitException($"Probe has no method {method}.");
        try
        {
            return target.Invoke(null, arguments)?.ToString() ?? "";
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new XunitException($"{method}: {e.InnerException.GetType().Name}: {e.InnerException.Message}\n{e.InnerException.StackTrace}");
        }
    }

    private static ProbeAssembly Build(string spec, string probeSource)
    {
        // Several specs ("a.yaml|b.yaml") are generated into one compilation.
        var specs = spec.Split('|');
        var run = specs.Length == 1
            ? GeneratedClients.For(spec)
            : GeneratorHarness.Run(specs.Select(SpecCatalog.Load), ReferenceSet.Net10);
        run.AssertDidNotThrow();
        var compilation = run.OutputCompilation
            .WithAssemblyName("KlingGen.Probe." + Guid.NewGuid().ToString("N"))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(probeSource, ReferenceSet.Net10.ParseOptions, path: "Probe.cs"));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        if (!emitted.Success)
        {
            throw new XunitException("The generated client with the probe does not compile:\n" +
                GeneratorRun.Describe(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("probe-" + spec, isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        return new ProbeAssembly(assembly.GetType("Probe.Checks", throwOnError: true)!);
    }
}
