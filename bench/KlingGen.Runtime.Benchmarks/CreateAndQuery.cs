using System;
using System.Threading.Tasks;
using KlingGen.Client;
using KlingGen.Client.Models;

namespace KlingGen.Runtime.Benchmarks;

/// <summary>One create and one query of an avatar task, the same two calls for every client variant.</summary>
internal static class CreateAndQuery
{
    private const string Image = "https://example.com/portrait.png";

    public static async Task<string?> HandWrittenAsync(HandWrittenClient client)
    {
        var id = await client.CreateAsync(new CreateBody { Image = Image, AudioId = "audio-1", Prompt = "Smile.", ExternalTaskId = Guid.NewGuid().ToString("N") });
        return await client.QueryAsync(id);
    }

    /// <summary>The generated builders only: PostAsync (which validates the body) and the item GetAsync.</summary>
    public static async Task<KlingTaskStatus?> GeneratedAsync(KlingApiClient client)
    {
        var body = new AvatarImage2VideoRequest { Image = Image, AudioId = "audio-1", Prompt = "Smile.", ExternalTaskId = Guid.NewGuid().ToString("N") };
        var created = await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(body);
        var response = await client.Kling.V1.Videos.Avatar.Image2video[created!.Data!.TaskId!].GetAsync();
        return response?.Data?.TaskStatus;
    }

    /// <summary>The runtime: CreateAvatarTaskAsync (external id, validation, duplicate-free create) and the item GetAsync.</summary>
    public static async Task<KlingTaskStatus?> SdkAsync(KlingApiClient client)
    {
        var task = await client.CreateAvatarTaskAsync(new AvatarImage2VideoRequest { Image = Image, AudioId = "audio-1", Prompt = "Smile." });
        var response = await client.Kling.V1.Videos.Avatar.Image2video[task.TaskId!].GetAsync();
        return response?.Data?.TaskStatus;
    }
}
