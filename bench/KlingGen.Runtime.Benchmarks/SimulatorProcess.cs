using System;
using System.Diagnostics;
using System.IO;

namespace KlingGen.Runtime.Benchmarks;

/// <summary>The simulator in its own process, so the benchmark's allocation figures are the client's alone.</summary>
internal sealed class SimulatorProcess : IDisposable
{
    private readonly Process process;

    private SimulatorProcess(Process process, string baseUrl, string apiKey)
    {
        this.process = process;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
    }

    public string BaseUrl { get; }

    public string ApiKey { get; }

    public static SimulatorProcess Start()
    {
        var apiKey = "bench-" + Guid.NewGuid().ToString("N");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "KlingGen.Testing.dll"), "--port", "0", "--api-key", apiKey })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the simulator.");
        const string marker = "listening on ";
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null)
        {
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return new SimulatorProcess(process, line[(at + marker.Length)..].Trim(), apiKey);
            }
        }

        throw new InvalidOperationException("The simulator did not report its address.");
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }
}
