using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using KlingGen;
using KlingGen.Client;
using KlingGen.Client.Models;
using KlingGen.Testing;

namespace KlingGen.Quickstart;

/// <summary>
/// Turns a portrait and a voice track into a talking-avatar video.
/// With COMETAPI_KEY set it uses the real API; without it, a local simulator.
/// Usage: dotnet run --project samples/KlingGen.Quickstart [-- --image face.jpg --sound voice.mp3 --prompt "..."]
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        string? imagePath = null, soundPath = null, prompt = "Look at the camera, smile and speak naturally.";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--image": imagePath = args[i + 1]; break;
                case "--sound": soundPath = args[i + 1]; break;
                case "--prompt": prompt = args[i + 1]; break;
            }
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var apiKey = Environment.GetEnvironmentVariable(KlingClientOptions.ApiKeyEnvironmentVariable);
        KlingSimulator? simulator = null;
        try
        {
            KlingApiClient client;
            if (string.IsNullOrWhiteSpace(apiKey))
            {
                simulator = await KlingSimulator.StartAsync(new KlingSimulatorOptions
                {
                    SubmittedDuration = TimeSpan.FromSeconds(1),
                    ProcessingDuration = TimeSpan.FromSeconds(3),
                });
                Console.WriteLine($"COMETAPI_KEY is not set: running against the local simulator at {simulator.BaseUrl}.");
                client = KlingApiClient.Create(simulator.ApiKey, new KlingClientOptions
                {
                    BaseUrl = simulator.BaseUrl,
                    Wait = new KlingWaitOptions { InitialPollInterval = TimeSpan.FromMilliseconds(250), MaxPollInterval = TimeSpan.FromSeconds(1) },
                });
            }
            else
            {
                Console.WriteLine("Using the Kling API through CometAPI (key from COMETAPI_KEY).");
                client = KlingApiClient.Create(apiKey);
            }

            // 1. Preflight: check the media locally and encode it as bare base64.
            var image = imagePath is null
                ? await KlingMedia.PrepareImageAsync(new MemoryStream(SampleMedia.FacePng()), "sample-face.png", cancel.Token)
                : await KlingMedia.PrepareImageAsync(imagePath, cancel.Token);
            var sound = soundPath is null
                ? await KlingMedia.PrepareSoundAsync(new MemoryStream(SampleMedia.VoiceWav()), "sample-voice.wav", cancel.Token)
                : await KlingMedia.PrepareSoundAsync(soundPath, cancel.Token);
            Console.WriteLine($"Image: {image}");
            Console.WriteLine($"Sound: {sound}");
            foreach (var warning in sound.Warnings)
            {
                Console.WriteLine($"  warning: {warning}");
            }

            // 2. Create the task (never duplicated on retry: see docs/idempotency.md).
            var request = new AvatarImage2VideoRequest { Image = image.Base64, SoundFile = sound.Base64, Prompt = prompt, Mode = "std" };
            var task = await client.CreateAvatarTaskAsync(request, cancel.Token);
            Console.WriteLine($"Created task {task.TaskId} (external id {request.ExternalTaskId}).");

            // 3. Live progress until the task finishes.
            KlingTaskSnapshot? last = null;
            await foreach (var snapshot in client.WatchAvatarTaskAsync(task.TaskId!, cancellationToken: cancel.Token))
            {
                if (last?.Status != snapshot.Status)
                {
                    Console.WriteLine($"  [{snapshot.Elapsed:mm\\:ss}] {snapshot.Status}");
                }

                last = snapshot;
            }

            if (last?.Status != KlingTaskStatus.Succeed)
            {
                Console.Error.WriteLine($"The task failed: {last?.StatusMessage ?? "no reason given"}");
                return 1;
            }

            // 4. Download the video (Kling deletes results after 30 days).
            var url = last.Task.TaskResult?.Videos?[0].Url ?? throw new InvalidOperationException("The task returned no video URL.");
            var target = Path.Combine(Environment.CurrentDirectory, "output", $"kling-{task.TaskId}.mp4");
            var progress = new ConsoleProgress<KlingDownloadProgress>(p => Console.Write($"\r  downloading {p}   "));
            var saved = await KlingDownloader.DownloadToFileAsync(url, target, progress, cancellationToken: cancel.Token);
            Console.WriteLine();
            Console.WriteLine($"Saved the video to {saved}");
            return 0;
        }
        catch (MediaValidationException e)
        {
            Console.Error.WriteLine($"Media check failed: {e.Message}");
            return 2;
        }
        catch (KlingError e)
        {
            Console.Error.WriteLine($"The service refused the call: {e.Message}{(e.IsRetryable ? " (try again later)" : string.Empty)}");
            return 3;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Console.Error.WriteLine("Cancelled.");
            return 130;
        }
        finally
        {
            if (simulator is not null)
            {
                await simulator.DisposeAsync();
            }
        }
    }
}

/// <summary>Reports on the calling thread, so console output stays in order (unlike <see cref="Progress{T}"/>).</summary>
internal sealed class ConsoleProgress<T> : IProgress<T>
{
    private readonly Action<T> report;

    public ConsoleProgress(Action<T> report) => this.report = report;

    public void Report(T value) => report(value);
}
