using System;
using System.IO;
using System.Linq;
using KlingGen.Generators.Tests.Infrastructure;
using KlingGen.TestSupport;
using Xunit;

namespace KlingGen.Generators.Tests;

/// <summary>
/// A consumer project built with <c>dotnet build</c> picks up a spec edit on rebuild: the generator, loaded as an
/// analyzer from its built dll and bundled parser, regenerates the client and the new property ships.
/// </summary>
public sealed class SpecChangeEndToEndTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "klinggen-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public void Editing_the_spec_and_rebuilding_adds_the_new_property()
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var specPath = WriteConsumer();

        Build();
        var before = RunConsumer();
        Assert.Contains("Enabled", before);
        Assert.DoesNotContain("WatermarkColour", before);

        File.WriteAllText(specPath, SpecEdits.AddStringProperty(File.ReadAllText(specPath), "KlingWatermarkInfo", "watermark_colour"));
        Build(restore: false);
        var after = RunConsumer();
        Assert.Contains("WatermarkColour", after);
        Assert.Contains("Enabled", after);

        var emitted = Directory.GetFiles(Path.Combine(_dir, "obj"), "*.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains("generated", StringComparison.Ordinal) && f.Contains("KlingGen.Generators", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(emitted);
        Assert.Contains(emitted, f => File.ReadAllText(f).Contains("\"watermark_colour\"", StringComparison.Ordinal));
    }

    private string WriteConsumer()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "openapi"));
        var specPath = Path.Combine(_dir, "openapi", "kling.yaml");
        File.Copy(TestEnvironment.KlingSpecPath, specPath);

        var props = Path.Combine(TestEnvironment.RepoRoot, "generators", "KlingGen.Generators", "build", "KlingGen.Generators.props");
        var analyzers = new[] { typeof(OpenApiClientGenerator).Assembly.Location }.Concat(TestEnvironment.BundledParserAssemblies)
            .Select(p => $"    <Analyzer Include=\"{p}\" />");
        File.WriteAllText(Path.Combine(_dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <UseSharedCompilation>false</UseSharedCompilation>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <Import Project="{props}" />
              <ItemGroup>
                <AdditionalFiles Include="openapi/kling.yaml" KlingGenNamespace="KlingGen.Client" KlingGenClientName="KlingApiClient" />
            {string.Join("\n", analyzers)}
                <PackageReference Include="Microsoft.Kiota.Abstractions" Version="2.1.6" />
                <PackageReference Include="Microsoft.Kiota.Http.HttpClientLibrary" Version="2.1.6" />
                <PackageReference Include="Microsoft.Kiota.Serialization.Json" Version="2.1.6" />
                <PackageReference Include="Microsoft.Kiota.Serialization.Text" Version="2.1.6" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_dir, "Program.cs"), """
            using System;
            using System.Linq;

            foreach (var name in typeof(KlingGen.Client.Models.KlingWatermarkInfo).GetProperties().Select(p => p.Name).OrderBy(n => n))
            {
                Console.WriteLine(name);
            }
            """);
        // Keep the temp project independent of any Directory.Build.* above it.
        File.WriteAllText(Path.Combine(_dir, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(_dir, "Directory.Build.targets"), "<Project />\n");
        return specPath;
    }

    private void Build(bool restore = true)
    {
        string[] args = ["build", "Consumer.csproj", "-c", "Release", "-nologo", "-nodeReuse:false", "-m:1", "-v:q"];
        ChildProcess.Run("dotnet", restore ? args : [.. args, "--no-restore"], _dir, TimeSpan.FromSeconds(150)).EnsureSuccess();
    }

    private string RunConsumer() =>
        ChildProcess.Run("dotnet", [Path.Combine(_dir, "bin", "Release", "net10.0", "Consumer.dll")], _dir, TimeSpan.FromSeconds(30)).EnsureSuccess().Output;
}
