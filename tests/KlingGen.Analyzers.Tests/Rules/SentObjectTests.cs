using System.Threading.Tasks;
using Xunit;
using VerifyMissing = KlingGen.Analyzers.Tests.Infrastructure.AnalyzerVerifier<KlingGen.Analyzers.Rules.ExactlyOneOfMissingAnalyzer>;
using VerifyRequired = KlingGen.Analyzers.Tests.Infrastructure.AnalyzerVerifier<KlingGen.Analyzers.Rules.RequiredMemberAnalyzer>;

namespace KlingGen.Analyzers.Tests.Rules;

/// <summary>KLG102 and KLG105, which share the notion of an object "sent as it stands".</summary>
public sealed class SentObjectTests
{
    [Fact]
    public Task KLG102_object_passed_directly_without_any_voice() => VerifyMissing.VerifyAsync("""
        using System.Threading.Tasks;
        using KlingGen.Client;
        using KlingGen.Client.Models;

        class C
        {
            Task M(KlingApiClient client) =>
                client.Kling.V1.Videos.Avatar.Image2video.PostAsync(new {|KLG102:AvatarImage2VideoRequest|} { Image = "https://x/a.png", Prompt = "wave" });
        }
        """);

    [Fact]
    public Task KLG102_and_KLG105_not_reported_when_the_call_supplies_media_files() => VerifyRequired.VerifyAsync("""
        using System.Threading.Tasks;
        using KlingGen.Client;
        using KlingGen.Client.Models;

        namespace KlingGen
        {
            public abstract class KlingMediaFile { }
            public sealed class KlingImageFile : KlingMediaFile { }
            public static class Extensions
            {
                public static Task CreateWithFiles(this KlingApiClient client, AvatarImage2VideoRequest request, KlingImageFile image) => Task.CompletedTask;
                public static Task CreatePlain(this KlingApiClient client, AvatarImage2VideoRequest request) => Task.CompletedTask;
            }
        }

        class C
        {
            async Task M(KlingApiClient client, KlingGen.KlingImageFile image)
            {
                await KlingGen.Extensions.CreateWithFiles(client, new AvatarImage2VideoRequest { AudioId = "a" }, image);
                await KlingGen.Extensions.CreatePlain(client, new {|KLG105:AvatarImage2VideoRequest|} { AudioId = "a" });
            }
        }
        """);

    [Fact]
    public Task KLG102_message_names_the_type_and_the_group() => VerifyMissing.VerifyAsync(
        """
        using KlingGen.Client;
        using KlingGen.Client.Models;

        class C
        {
            void M(KlingApiClient client) => client.Kling.V1.Videos.Avatar.Image2video.PostAsync(new() { Image = "https://x/a.png" });
        }
        """,
        VerifyMissing.Diagnostic().WithSpan(6, 90, 6, 93).WithArguments("AvatarImage2VideoRequest", "AudioId, SoundFile"));

    [Fact]
    public Task KLG102_local_passed_once_and_never_modified() => VerifyMissing.VerifyAsync("""
        using System.Threading.Tasks;
        using KlingGen.Client;
        using KlingGen.Client.Models;

        class C
        {
            async Task M(KlingApiClient client)
            {
                var request = new {|KLG102:AvatarImage2VideoRequest|} { Image = "https://x/a.png", AudioId = null };
                await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(request);
            }
        }
        """);

    [Fact]
    public Task KLG102_not_reported_when_a_member_is_set_or_the_object_changes_later() => VerifyMissing.VerifyAsync("""
        using System.Threading.Tasks;
        using KlingGen.Client;
        using KlingGen.Client.Models;

        class C
        {
            async Task M(KlingApiClient client, string? audio, bool tts)
            {
                await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(new AvatarImage2VideoRequest { Image = "https://x/a.png", AudioId = audio });

                var a = new AvatarImage2VideoRequest { Image = "https://x/a.png" };
                a.AudioId = "a1";
                await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(a);

                var b = new AvatarImage2VideoRequest { Image = "https://x/a.png" };
                if (tts) b.AudioId = "a1"; else b.SoundFile = "https://x/v.mp3";
                await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(b);

                var c = new AvatarImage2VideoRequest { Image = "https://x/a.png" };
                Fill(c);
                await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(c);

                var d = new AvatarImage2VideoRequest { Image = "https://x/a.png" };
                d = Make();
                await client.Kling.V1.Videos.Avatar.Image2video.PostAsync(d);
            }

            static void Fill(AvatarImage2VideoRequest r) => r.AudioId = "a1";
            static AvatarImage2VideoRequest Make() => new() { AudioId = "a1" };
        }
        """);

    [Fact]
    public Task KLG102_objects_not_sent_are_not_reported() => VerifyMissing.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            AvatarImage2VideoRequest Build() => new AvatarImage2VideoRequest { Image = "https://x/a.png" };

            AvatarImage2VideoRequest Field = new AvatarImage2VideoRequest();

            void M()
            {
                var r = new AvatarImage2VideoRequest();
                System.Console.WriteLine(r.Image);
            }
        }
        """);

    [Fact]
    public Task KLG105_required_member_missing_when_sent_directly() => VerifyRequired.VerifyAsync(
        """
        using KlingGen.Client;
        using KlingGen.Client.Models;

        class C
        {
            void M(KlingApiClient client)
            {
                client.Kling.V1.Videos.Avatar.Image2video.PostAsync(new {|#0:AvatarImage2VideoRequest|} { AudioId = "a1" });
                client.Kling.V1.Audio.Tts.PostAsync(new {|#1:TextToSpeechRequest|} { Text = "Hello", VoiceLanguage = "en" });
            }
        }
        """,
        VerifyRequired.Diagnostic().WithLocation(0).WithArguments("AvatarImage2VideoRequest", "Image"),
        VerifyRequired.Diagnostic().WithLocation(1).WithArguments("TextToSpeechRequest", "VoiceId"));

    [Fact]
    public Task KLG105_required_member_set_to_null_is_missing() => VerifyRequired.VerifyAsync("""
        using KlingGen.Client;
        using KlingGen.Client.Models;

        class C
        {
            void M(KlingApiClient client)
            {
                var tts = new {|KLG105:TextToSpeechRequest|} { Text = "Hello", VoiceId = null, VoiceLanguage = "en" };
                client.Kling.V1.Audio.Tts.PostAsync(tts);
            }
        }
        """);

    [Fact]
    public Task KLG105_not_reported_when_everything_is_set_or_set_later() => VerifyRequired.VerifyAsync("""
        using KlingGen.Client;
        using KlingGen.Client.Models;

        class C
        {
            void M(KlingApiClient client, string image)
            {
                client.Kling.V1.Videos.Avatar.Image2video.PostAsync(new AvatarImage2VideoRequest { Image = image, AudioId = "a1" });

                var tts = new TextToSpeechRequest { Text = "Hello", VoiceLanguage = "en" };
                tts.VoiceId = "genshin_vindi2";
                client.Kling.V1.Audio.Tts.PostAsync(tts);

                var kept = new TextToSpeechRequest();
                var other = kept;
                client.Kling.V1.Audio.Tts.PostAsync(other);
            }
        }
        """);
}
