#nullable enable
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using KlingGen.Client;
using KlingGen.Client.Models;

namespace Samples.Speech;

public sealed class SpeechThenAvatar
{
    private readonly KlingApiClient _client;
    private readonly Dictionary<string, string> _voices = new() { ["en"] = "genshin_vindi2", ["zh"] = "zhinen_xuesheng" };

    public SpeechThenAvatar(KlingApiClient client) => _client = client;

    public async Task<KlingTaskResponse?> SayAsync(string text, string language, string portraitUrl, bool ownVoice, string? voiceUrl)
    {
        if (!_voices.TryGetValue(language, out var voiceId))
        {
            throw new ArgumentException($"No preset voice for {language}.", nameof(language));
        }

        var speech = await _client.Kling.V1.Audio.Tts.PostAsync(new TextToSpeechRequest
        {
            Text = text,
            VoiceId = voiceId,
            VoiceLanguage = language,
            VoiceSpeed = 1.1,
        });

        var request = new AvatarImage2VideoRequest { Image = portraitUrl };
        if (ownVoice && voiceUrl is not null)
        {
            request.SoundFile = voiceUrl;
        }
        else
        {
            request.AudioId = speech?.Message;
        }

        request.Mode = language switch
        {
            "zh" => "pro",
            _ => "std",
        };

        switch (request.Mode)
        {
            case "pro":
                request.Prompt = "Slow, calm gestures.";
                break;
            default:
                request.Prompt = null;
                break;
        }

        return await _client.Kling.V1.Videos.Avatar.Image2video.PostAsync(request);
    }

    public Task<KlingTaskResponse?> WrongAsync()
    {
        var request = new AvatarImage2VideoRequest
        {
            Image = "data:image/png;base64,iVBORw0KGgo=",
            AudioId = "tts-0002",
            Mode = "Standard",
        };
        request.SoundFile = "https://cdn.example.com/voice.mp3";
        return _client.Kling.V1.Videos.Avatar.Image2video.PostAsync(request);
    }
}
