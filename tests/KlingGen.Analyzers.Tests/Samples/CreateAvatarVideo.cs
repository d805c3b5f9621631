#nullable enable
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using KlingGen;
using KlingGen.Client;
using KlingGen.Client.Models;

namespace Samples.Avatar;

public static class CreateAvatarVideo
{
    private const string DefaultPrompt = "The presenter smiles and waves at the camera.";

    public static async Task<string?> RunAsync(string portraitPath, string voiceUrl, CancellationToken cancellationToken)
    {
        var key = Environment.GetEnvironmentVariable("COMETAPI_KEY")
            ?? throw new InvalidOperationException("Set COMETAPI_KEY.");
        var client = KlingApiClient.Create(key, new KlingClientOptions { BaseUrl = new Uri("https://api.cometapi.com") });

        var image = Convert.ToBase64String(await File.ReadAllBytesAsync(portraitPath, cancellationToken));
        var request = new AvatarImage2VideoRequest
        {
            Image = image,
            SoundFile = voiceUrl,
            Prompt = DefaultPrompt,
            Mode = "pro",
            CallbackUrl = "https://hooks.example.com/kling",
            ExternalTaskId = $"demo-{Guid.NewGuid():N}",
        };

        if (request.Prompt is { Length: > 2000 } longPrompt)
        {
            request.Prompt = longPrompt.Substring(0, 2000);
        }

        var response = await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(request, cancellationToken: cancellationToken);
        if (response is null || response.Code != 0)
        {
            Console.Error.WriteLine($"Refused: {response?.Message ?? "no answer"}");
            return null;
        }

        return response.Message;
    }

    public static Task<KlingTaskResponse?> QuickAsync(KlingApiClient client) =>
        client.Kling.V1.Videos.Avatar.Image2video.PostAsync(new AvatarImage2VideoRequest
        {
            Image = "https://cdn.example.com/portrait.png",
            AudioId = "tts-0001",
            Mode = "std",
        });
}
