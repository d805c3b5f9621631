using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace KlingGen.IntegrationTests;

/// <summary>The simulator in its own process, so measurements of the client's memory do not include the server's.</summary>
internal sealed class ExternalSimulator : IAsyncDisposable
{
    private readonly Process process;

    private ExternalSimulator(Process process, string baseUrl, string apiKey)
    {
        this.process = process;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
    }

    public string BaseUrl { get; }

    public string ApiKey { get; }

    public static async Task<ExternalSimulator> StartAsync()
    {
        var apiKey = "sim-" + Guid.NewGuid().ToString("N");
        var dll = Path.Combine(AppContext.BaseDirectory, "KlingGen.Testing.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--port", "0", "--api-key", apiKey, "--submitted-ms", "50", "--processing-ms", "100" })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the simulator process.");
        const string marker = "listening on ";
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(30))
        {
            var line = await process.StandardOutput.ReadLineAsync();
            if (line is null)
            {
                break;
            }

            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return new ExternalSimulator(process, line[(at + marker.Length)..].Trim(), apiKey);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The simulator process did not report its address: " + await process.StandardError.ReadToEndAsync());
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
