using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using KlingGen.TestSupport;

namespace KlingGen.Analyzers.Benchmarks;

/// <summary>
/// Times real <c>dotnet build</c> runs of two 500-file consumer projects that reference the packed SDK, with and without
/// the KlingGen usage analyzers (<c>KlingGenEnableUsageAnalyzers</c>), alternating the two variants round by round.
/// The builds use the compiler server, warmed by one build of each variant, as an edit-and-build loop does; the .NET
/// SDK's own code-analysis analyzers run in both variants, as in any consumer's build.
/// </summary>
internal static class RealBuildBenchmark
{
    private static readonly string[] Projects = ["UsesRequests", "NeverUsesRequests"];

    private static readonly Regex CscTaskTime = new(@"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline);

    private static readonly Regex KlingGenWarning = new(@"^.*warning KLG1\d\d:.*$", RegexOptions.Multiline);

    public static void Run(int rounds)
    {
        var repositoryRoot = FindRepositoryRoot();
        var workRoot = Path.Combine(Path.GetTempPath(), "klinggen-real-build-" + Guid.NewGuid().ToString("N")[..8]);
        var feed = Path.Combine(workRoot, "feed");
        var version = "0.1.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(feed);
        try
        {
            Console.WriteLine($"Packing KlingGen {version} ...");
            DotNet(repositoryRoot, "pack", Path.Combine(repositoryRoot, "src", "KlingGen", "KlingGen.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + version, "-nologo");

            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"Real dotnet build, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {rounds} rounds per variant, load average before: {LoadAverage()}");
            report.AppendLine("Times: whole `dotnet build --no-restore --no-incremental` (wall) and the Csc task (from the performance summary), ms.");
            foreach (var project in Projects)
            {
                var directory = CreateConsumer(workRoot, feed, version, project);
                Console.WriteLine($"Restoring {project} ...");
                DotNet(directory, "restore", "-nologo");
                report.Append(MeasureProject(project, directory, rounds));
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"Load average after: {LoadAverage()}");
            Console.WriteLine();
            Console.WriteLine(report);
            var output = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", $"real-build-{DateTime.UtcNow:yyyyMMdd-HHmmss}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            File.WriteAllText(output, report.ToString());
            Console.WriteLine("Written to " + output);
        }
        finally
        {
            CleanUp(workRoot, version);
        }
    }

    private static string MeasureProject(string project, string directory, int rounds)
    {
        var variants = new[] { true, false };
        var wall = variants.ToDictionary(v => v, _ => new List<double>());
        var csc = variants.ToDictionary(v => v, _ => new List<double>());
        var reported = new Dictionary<bool, int>();

        foreach (var enabled in variants)
        {
            // The warm-up also checks that the switch works: KLG diagnostics with the analyzers on, none with them off.
            reported[enabled] = Build(directory, enabled).KlingGenDiagnostics;
            Console.WriteLine($"{project}: warm-up build, analyzers {(enabled ? "on" : "off")}: {reported[enabled]} KLG diagnostics");
        }

        for (var round = 0; round < rounds; round++)
        {
            // Alternate which variant goes first so that neither always follows the other.
            foreach (var enabled in round % 2 == 0 ? variants : variants.Reverse())
            {
                var (elapsed, cscMs, _) = Build(directory, enabled);
                wall[enabled].Add(elapsed);
                csc[enabled].Add(cscMs);
                Console.WriteLine($"{project}: round {round + 1}, analyzers {(enabled ? "on " : "off")}: {elapsed,7:F0} ms build, {cscMs,7:F0} ms Csc");
            }
        }

        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{project} (500 files; KLG diagnostics: {reported[true]} with the analyzers, {reported[false]} without)");
        text.AppendLine("  Variant            Build median (min-max)       Csc median (min-max)");
        foreach (var enabled in variants)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  analyzers {(enabled ? "on " : "off")}      {Median(wall[enabled]),7:F0} ({wall[enabled].Min():F0}-{wall[enabled].Max():F0})      {Median(csc[enabled]),7:F0} ({csc[enabled].Min():F0}-{csc[enabled].Max():F0})");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"  Added by KlingGen's analyzers: build {Added(wall):+0.0;-0.0} %, Csc {Added(csc):+0.0;-0.0} %");
        return text.ToString();
    }

    private static double Added(Dictionary<bool, List<double>> times) => (Median(times[true]) / Median(times[false]) - 1) * 100;

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static (double ElapsedMs, double CscMs, int KlingGenDiagnostics) Build(string directory, bool analyzersEnabled)
    {
        var watch = Stopwatch.StartNew();
        var output = DotNet(directory, "build", "--no-restore", "-c", "Release", "--no-incremental", "-nologo",
            "-p:KlingGenEnableUsageAnalyzers=" + (analyzersEnabled ? "true" : "false"), "-clp:PerformanceSummary");
        var elapsed = watch.Elapsed.TotalMilliseconds;
        var match = CscTaskTime.Match(output);
        var diagnostics = KlingGenWarning.Matches(output).Select(m => m.Value.Trim()).Distinct(StringComparer.Ordinal).Count();
        return (elapsed, match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN, diagnostics);
    }

    private static string CreateConsumer(string workRoot, string feed, string version, string name)
    {
        var directory = LocalFeedProject.Create(workRoot, name, feed, $"""<PackageReference Include="KlingGen" Version="{version}" />""");
        // The synthetic files contain deliberate mistakes; the two error-severity rules are lowered to warnings so that
        // the build completes. The analysis work is the same, only the reported severity changes.
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), """
            root = true

            [*.cs]
            dotnet_diagnostic.KLG101.severity = warning
            dotnet_diagnostic.KLG103.severity = warning
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "Console.WriteLine(\"consumer\");\n");
        var uses = name == "UsesRequests";
        for (var i = 0; i < ConsumerProjects.FileCount; i++)
        {
            File.WriteAllText(
                Path.Combine(directory, (uses ? "Worker" : "Ledger") + i.ToString(CultureInfo.InvariantCulture) + ".cs"),
                uses ? ConsumerProjects.UsingRequestsFile(i) : ConsumerProjects.PlainFile(i));
        }

        return directory;
    }

    private static string DotNet(string workingDirectory, params string[] arguments) =>
        ChildProcess.Run("dotnet", arguments, workingDirectory, TimeSpan.FromMinutes(10)).EnsureSuccess().Output;

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static void CleanUp(string workRoot, string version)
    {
        try
        {
            Directory.Delete(workRoot, recursive: true);
        }
        catch (IOException)
        {
            Console.WriteLine("Could not delete " + workRoot);
        }

        var cached = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages", "klinggen", version);
        try
        {
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }
        catch (IOException)
        {
            Console.WriteLine("Could not delete " + cached);
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
