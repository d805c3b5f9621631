using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace KlingGen.TestSupport;

/// <summary>
/// Runs a command (usually the dotnet CLI) to completion within a time limit and captures everything it prints.
/// Shared, as a linked source file, by the test and benchmark projects that drive nested builds.
/// </summary>
internal static class ChildProcess
{
    // A test host runs under MSBuild variables that would steer a nested build to the wrong SDK pieces.
    private static readonly string[] InheritedMsBuildVariables =
        ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly"];

    public static ChildProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan limit,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedMsBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }
        }

        var command = fileName + " " + string.Join(' ', start.ArgumentList);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command}' did not finish within {limit.TotalSeconds} s:\n{ChildProcessResult.Tail(output.ToString())}");
        }

        process.WaitForExit();
        return new ChildProcessResult(command, process.ExitCode, output.ToString());
    }
}

/// <summary>How a child process ended and what it printed.</summary>
internal sealed record ChildProcessResult(string Command, int ExitCode, string Output)
{
    public ChildProcessResult EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException($"'{Command}' failed with exit code {ExitCode}:\n{Tail(Output)}");
        }

        return this;
    }

    internal static string Tail(string text, int max = 20000) => text.Length <= max ? text : "..." + text[^max..];
}
