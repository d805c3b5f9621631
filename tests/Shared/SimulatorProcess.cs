using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace KlingGen.TestSupport;

/// <summary>
/// The simulator (KlingGen.Testing.dll next to the caller) in its own process, so that memory and allocation figures
/// are the client's alone. Shared by the integration tests and the runtime benchmark.
/// </summary>
internal sealed class SimulatorProcess : IDisposable, IAsyncDisposable
{
    private const string ListeningMarker = "listening on ";
    private readonly Process process;

    private SimulatorProcess(Process process, string baseUrl, string apiKey)
    {
        this.process = process;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
    }

    public string BaseUrl { get; }

    public string ApiKey { get; }

    /// <summary>Starts the simulator on a free loopback port; <paramref name="extraArguments"/> go to its command line.</summary>
    public static SimulatorProcess Start(params string[] extraArguments)
    {
        var apiKey = "sim-" + Guid.NewGuid().ToString("N");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "KlingGen.Testing.dll"), "--port", "0", "--api-key", apiKey })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var argument in extraArguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the simulator process.");
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(30))
        {
            var line = process.StandardOutput.ReadLine();
            if (line is null)
            {
                break;
            }

            var at = line.IndexOf(ListeningMarker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return new SimulatorProcess(process, line[(at + ListeningMarker.Length)..].Trim(), apiKey);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The simulator process did not report its address: " + process.StandardError.ReadToEnd());
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

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
