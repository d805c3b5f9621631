using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using Xunit.Sdk;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>Runs a command to completion with a time limit and returns its combined output.</summary>
public static class ProcessRunner
{
    public static string Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan limit)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild-related variables that would steer a nested build to the wrong SDK pieces.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            info.Environment.Remove(name);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException($"'{fileName} {string.Join(' ', arguments)}' did not finish within {limit.TotalSeconds} s:\n{Tail(output.ToString())}");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new XunitException($"'{fileName} {string.Join(' ', arguments)}' exited with {process.ExitCode}:\n{Tail(output.ToString())}");
        }

        return output.ToString();
    }

    private static string Tail(string text, int max = 6000) => text.Length <= max ? text : "..." + text[^max..];
}
