using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace KlingGen.Testing;

/// <summary>Runs the simulator on its own: <c>dotnet run --project src/KlingGen.Testing -- --port 5080</c>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var options = new KlingSimulatorOptions { Port = 5080 };
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--port" when value is not null:
                    options.Port = int.Parse(value, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--api-key" when value is not null:
                    options.ApiKey = value;
                    i++;
                    break;
                case "--submitted-ms" when value is not null:
                    options.SubmittedDuration = TimeSpan.FromMilliseconds(int.Parse(value, CultureInfo.InvariantCulture));
                    i++;
                    break;
                case "--processing-ms" when value is not null:
                    options.ProcessingDuration = TimeSpan.FromMilliseconds(int.Parse(value, CultureInfo.InvariantCulture));
                    i++;
                    break;
                default:
                    Console.Error.WriteLine("usage: KlingGen.Testing [--port N] [--api-key KEY] [--submitted-ms N] [--processing-ms N]");
                    return 2;
            }
        }

        await using var simulator = await KlingSimulator.StartAsync(options).ConfigureAwait(false);
        Console.WriteLine($"Kling simulator listening on {simulator.BaseUrl}");
        Console.WriteLine($"API key: {simulator.ApiKey}");
        Console.WriteLine("Press Ctrl+C to stop.");

        using var done = new SemaphoreSlim(0);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            done.Release();
        };
        await done.WaitAsync().ConfigureAwait(false);
        return 0;
    }
}
