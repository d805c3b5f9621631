using System;
using System.IO;
using System.Threading.Tasks;
using KlingGen.Client;
using KlingGen.Client.Models;
using KlingGen.Testing;

namespace KlingGen.IntegrationTests;

/// <summary>Shared helpers: a fast simulator, a client wired to it, and small valid media.</summary>
internal static class Sim
{
    public static readonly KlingWaitOptions FastWait = new()
    {
        InitialPollInterval = TimeSpan.FromMilliseconds(20),
        MaxPollInterval = TimeSpan.FromMilliseconds(100),
        Timeout = TimeSpan.FromSeconds(20),
    };

    public static Task<KlingSimulator> StartAsync(Action<KlingSimulatorOptions>? configure = null)
    {
        var options = new KlingSimulatorOptions
        {
            SubmittedDuration = TimeSpan.FromMilliseconds(50),
            ProcessingDuration = TimeSpan.FromMilliseconds(150),
        };
        configure?.Invoke(options);
        return KlingSimulator.StartAsync(options);
    }

    public static KlingApiClient Client(KlingSimulator sim, Action<KlingClientOptions>? configure = null)
    {
        var options = new KlingClientOptions { BaseUrl = sim.BaseUrl, Wait = FastWait.Clone() };
        configure?.Invoke(options);
        return KlingApiClient.Create(sim.ApiKey, options);
    }

    public static async Task<AvatarImage2VideoRequest> RequestAsync(string? prompt = null)
    {
        var image = await KlingMedia.PrepareImageAsync(new MemoryStream(TestMedia.Png(512, 512, 2048)), "face.png");
        var sound = await KlingMedia.PrepareSoundAsync(new MemoryStream(TestMedia.Wav(3)), "voice.wav");
        return new AvatarImage2VideoRequest { Image = image.Base64, SoundFile = sound.Base64, Prompt = prompt, Mode = "std" };
    }
}
