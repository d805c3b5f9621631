using System.IO.Compression;

namespace KlingGen.Package.Tests;

/// <summary>
/// Packs every shippable project once, with a version unique to this run so that no package
/// cached by an earlier run can stand in for the one just built.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    private static readonly string[] PackedProjects =
    [
        "src/KlingGen/KlingGen.csproj",
        "generators/KlingGen.Generators/KlingGen.Generators.csproj",
        "src/KlingGen.Testing/KlingGen.Testing.csproj",
    ];

    public PackageFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        WorkRoot = Path.Combine(Path.GetTempPath(), "klinggen-package-tests-" + Guid.NewGuid().ToString("N")[..8]);
        FeedDirectory = Path.Combine(WorkRoot, "feed");
        Directory.CreateDirectory(FeedDirectory);
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");

        foreach (var project in PackedProjects)
        {
            var path = Path.Combine(RepositoryRoot, project);
            if (!File.Exists(path))
            {
                continue;
            }

            DotNetCli.Run(RepositoryRoot, "pack", path, "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version)
                .EnsureSuccess("dotnet pack " + project);
        }
    }

    public string RepositoryRoot { get; }

    public string WorkRoot { get; }

    public string FeedDirectory { get; }

    public string Version { get; }

    public string PackagePath(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.nupkg");

    public IReadOnlyList<string> Entries(string id)
    {
        using var archive = ZipFile.OpenRead(PackagePath(id));
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    public string ReadEntry(string id, string entryName)
    {
        using var archive = ZipFile.OpenRead(PackagePath(id));
        var entry = archive.GetEntry(entryName) ?? throw new FileNotFoundException($"{entryName} is not in {id}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Creates a console project outside the repository that references KlingGen from the feed.</summary>
    public string CreateConsumer(string name, string programSource, string extraProperties = "") =>
        CreateProject(name, programSource, extraProperties, $"""<PackageReference Include="KlingGen" Version="{Version}" />""");

    /// <summary>Creates a console project outside the repository with the given items (package references, files).</summary>
    public string CreateProject(string name, string programSource, string extraProperties, string items)
    {
        var directory = Path.Combine(WorkRoot, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="klinggen-local" value="{FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                {items}
              </ItemGroup>
            </Project>
            """);
        WriteProgram(directory, programSource);
        return directory;
    }

    public static void WriteProgram(string consumerDirectory, string programSource) =>
        File.WriteAllText(Path.Combine(consumerDirectory, "Program.cs"), programSource);

    public static CliResult Build(string consumerDirectory) =>
        DotNetCli.Run(consumerDirectory, "build", "-c", "Release", "-nologo", "-clp:NoSummary", "--disable-build-servers");

    public static CliResult RunBuilt(string consumerDirectory) =>
        DotNetCli.Run(consumerDirectory, "run", "-c", "Release", "--no-build");

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkRoot, recursive: true);
            var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (var id in new[] { "klinggen", "klinggen.generators", "klinggen.testing" })
            {
                var cached = Path.Combine(cache, id, Version);
                if (Directory.Exists(cached))
                {
                    Directory.Delete(cached, recursive: true);
                }
            }
        }
        catch (IOException)
        {
            // Leftovers in the temp folder are harmless.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KlingGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KlingGen.sln not found above " + AppContext.BaseDirectory);
    }
}
