using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>
/// What the generator under test implements yet. Tests that need generated code skip (with this reason)
/// rather than fail while the generator emits nothing at all; once it emits code they must pass.
/// </summary>
public static class GeneratorStatus
{
    public const string NotImplementedReason = "the generator emits no code yet for openapi/kling.yaml";

    private static readonly Lazy<bool> LazyEmitsCode = new(() =>
        GeneratorHarness.Run(SpecFile.FromDisk(TestEnvironment.KlingSpecPath)).Sources.Length > 0);

    public static bool EmitsCode => LazyEmitsCode.Value;

    private static Assembly GeneratorAssembly => typeof(OpenApiClientGenerator).Assembly;

    /// <summary>Public const step names from <c>KlingGen.Generators.TrackingNames</c>.</summary>
    public static string[] TrackingNames =>
        GeneratorAssembly.GetType("KlingGen.Generators.TrackingNames")?
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray() ?? [];

    /// <summary>Every descriptor <c>KlingGen.Generators.DiagnosticDescriptors</c> exposes.</summary>
    public static DiagnosticDescriptor[] Descriptors =>
        GeneratorAssembly.GetType("KlingGen.Generators.DiagnosticDescriptors")?
            .GetMembers(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m switch
            {
                FieldInfo f when f.FieldType == typeof(DiagnosticDescriptor) => (DiagnosticDescriptor?)f.GetValue(null),
                PropertyInfo p when p.PropertyType == typeof(DiagnosticDescriptor) => (DiagnosticDescriptor?)p.GetValue(null),
                _ => null,
            })
            .Where(d => d is not null)
            .Cast<DiagnosticDescriptor>()
            .ToArray() ?? [];
}
