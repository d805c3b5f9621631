using System.IO.Compression;
using KlingGen.TestSupport;

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

            DotNet(RepositoryRoot, "pack", path, "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version).EnsureSuccess();
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
        var directory = LocalFeedProject.Create(WorkRoot, name, FeedDirectory, items, extraProperties);
        WriteProgram(directory, programSource);
        return directory;
    }

    public static void WriteProgram(string consumerDirectory, string programSource) =>
        File.WriteAllText(Path.Combine(consumerDirectory, "Program.cs"), programSource);

    internal static ChildProcessResult Build(string consumerDirectory) =>
        DotNet(consumerDirectory, "build", "-c", "Release", "-nologo", "-clp:NoSummary", "--disable-build-servers");

    internal static ChildProcessResult RunBuilt(string consumerDirectory) =>
        DotNet(consumerDirectory, "run", "-c", "Release", "--no-build");

    // Child builds must not talk to the build servers of the test run's own build.
    private static readonly Dictionary<string, string> IsolatedBuild = new()
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
    };

    private static ChildProcessResult DotNet(string workingDirectory, params string[] arguments) =>
        ChildProcess.Run("dotnet", arguments, workingDirectory, TimeSpan.FromMinutes(5), IsolatedBuild);

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
