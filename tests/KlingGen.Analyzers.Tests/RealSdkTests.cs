using System.Threading.Tasks;
using KlingGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace KlingGen.Analyzers.Tests;

/// <summary>The rules against the compiled SDK: the constraint metadata comes from the generator and the spec.</summary>
public sealed class RealSdkTests
{
    [Fact]
    public Task Misuses_of_the_generated_models_are_reported() => RealSdk.VerifyAsync($$"""
        using System.Threading.Tasks;
        using KlingGen.Client;
        using KlingGen.Client.Models;

        class C
        {
            async Task M(KlingApiClient client)
            {
                await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(new {|KLG102:{|KLG105:AvatarImage2VideoRequest|}|} { Prompt = {|KLG103:"{{new string('p', 2501)}}"|} });

                var request = new AvatarImage2VideoRequest
                {
                    Image = {|KLG106:"data:image/png;base64,iVBORw0KGgo="|},
                    AudioId = "tts-1",
                    {|KLG101:SoundFile = "https://cdn.example.com/voice.mp3"|},
                    Mode = {|KLG104:"STD"|},
                    CallbackUrl = {|KLG107:"/hooks/kling"|},
                };
                await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(request);

                await client.Kling.V1.Audio.Tts.PostAsync(new {|KLG105:TextToSpeechRequest|} { Text = {|KLG103:""|}, VoiceLanguage = {|KLG104:"EN"|} });
            }
        }
        """);

    [Fact]
    public Task Correct_use_of_the_generated_client_is_clean() => RealSdk.VerifyAsync("""
        using System.Threading.Tasks;
        using KlingGen.Client;
        using KlingGen.Client.Models;

        class C
        {
            async Task M(KlingApiClient client, string portrait, string? voiceUrl)
            {
                var request = new AvatarImage2VideoRequest { Image = portrait, Mode = "pro", Prompt = "Wave.", CallbackUrl = "https://hooks.example.com/kling" };
                if (voiceUrl is null)
                {
                    request.AudioId = "tts-1";
                }
                else
                {
                    request.SoundFile = voiceUrl;
                }

                await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(request);
                await client.Kling.V1.Audio.Tts.PostAsync(new TextToSpeechRequest { Text = "Hello", VoiceId = "genshin_vindi2", VoiceLanguage = "en", VoiceSpeed = 1.2 });
                var task = await client.Kling.V1.Videos.Avatar.Image2video["task-1"].GetAsync();
            }
        }
        """);

    [Fact]
    public Task Hard_coded_keys_are_reported_on_the_real_entry_points() => RealSdk.VerifyAsync("""
        using KlingGen;
        using KlingGen.Client;

        class C
        {
            KlingApiClient M(string? key)
            {
                var options = new KlingClientOptions { ApiKey = {|KLG108:"sk-live-1"|} };
                return KlingApiClient.Create(key ?? {|KLG108:"sk-live-2"|}, options);
            }

            KlingApiClient N() => KlingApiClient.Create(System.Environment.GetEnvironmentVariable("COMETAPI_KEY") ?? throw new System.InvalidOperationException());
        }
        """);
}
