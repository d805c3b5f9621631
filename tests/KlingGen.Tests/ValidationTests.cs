using System.Linq;
using KlingGen.Client.Kling.V1.Videos.Avatar.Image2video;
using KlingGen.Client.Models;
using KlingGen.Constraints;
using Microsoft.Kiota.Abstractions;
using Xunit;

namespace KlingGen.Tests;

public sealed class ValidationTests
{
    private static AvatarImage2VideoRequest Valid() => new()
    {
        Image = "https://images.example.com/portrait.png",
        AudioId = "audio-42",
    };

    [Fact]
    public void A_valid_request_passes()
    {
        var request = Valid();

        request.Validate();
        Assert.True(request.TryValidate(out var violations));
        Assert.Empty(violations);
    }

    [Fact]
    public void Both_audio_sources_are_rejected()
    {
        var request = Valid();
        request.SoundFile = "https://audio.example.com/voice.mp3";

        var error = Assert.Throws<RequestValidationException>(request.Validate);

        var violation = Assert.Single(error.Violations);
        Assert.Equal("exactlyOneOf", violation.Rule);
        Assert.Equal("audio_id,sound_file", violation.Field);
        Assert.Equal("AudioId,SoundFile", violation.Member);
        Assert.Contains("audio_id", error.Message);
        Assert.Contains("sound_file", error.Message);
        Assert.Contains("exactlyOneOf", error.Message);
    }

    [Fact]
    public void Neither_audio_source_is_rejected()
    {
        var request = Valid();
        request.AudioId = null;

        var error = Assert.Throws<RequestValidationException>(request.Validate);

        var violation = Assert.Single(error.Violations);
        Assert.Equal("exactlyOneOf", violation.Rule);
        Assert.Contains("none is set", violation.Message);
    }

    [Fact]
    public void A_prompt_over_2500_characters_is_rejected()
    {
        var request = Valid();
        request.Prompt = new string('a', 2501);

        var error = Assert.Throws<RequestValidationException>(request.Validate);

        var violation = Assert.Single(error.Violations);
        Assert.Equal(("prompt", "Prompt", "maxLength"), (violation.Field, violation.Member, violation.Rule));
        Assert.Contains("prompt (maxLength)", error.Message);
        Assert.Contains("2501", violation.Message);

        request.Prompt = new string('a', 2500);
        Assert.Empty(request.GetConstraintViolations());
    }

    [Fact]
    public void A_missing_image_is_rejected()
    {
        var request = Valid();
        request.Image = null;

        var violation = Assert.Single(request.GetConstraintViolations());

        Assert.Equal(("image", "Image", "required"), (violation.Field, violation.Member, violation.Rule));
        Assert.Contains("image (required)", violation.Message);
    }

    [Fact]
    public void Several_violations_are_all_named()
    {
        var request = new AvatarImage2VideoRequest
        {
            Image = "data:image/png;base64,aGVsbG8=",
            Prompt = new string('b', 2600),
            CallbackUrl = "not a url",
        };

        var rules = request.GetConstraintViolations().Select(v => v.Field + ":" + v.Rule).ToArray();

        Assert.Equal(new[] { "image:base64", "prompt:maxLength", "callback_url:format", "audio_id,sound_file:exactlyOneOf" }, rules);
    }

    [Fact]
    public void Speech_request_checks_length_range_and_required_fields()
    {
        var request = new TextToSpeechRequest { Text = new string('x', 1001), VoiceSpeed = 2.5 };

        var rules = request.GetConstraintViolations().Select(v => v.Field + ":" + v.Rule).ToArray();

        Assert.Equal(new[] { "text:maxLength", "voice_id:required", "voice_language:required", "voice_speed:range" }, rules);
        request.Text = "Hello";
        request.VoiceId = "genshin_vindi2";
        request.VoiceLanguage = "en";
        request.VoiceSpeed = 0.8;
        Assert.True(request.TryValidate(out _));
    }

    [Fact]
    public void ToPostRequestInformation_validates_before_building_the_request()
    {
        var builder = new Image2videoRequestBuilder("https://api.cometapi.com/kling/v1/videos/avatar/image2video", new ThrowingAdapter());
        var request = Valid();
        request.SoundFile = "aGVsbG8=";

        Assert.Throws<RequestValidationException>(() => builder.ToPostRequestInformation(request));
    }

    [Fact]
    public void Constraint_metadata_is_on_the_model()
    {
        var type = typeof(AvatarImage2VideoRequest);

        var group = Assert.Single(type.GetCustomAttributes(typeof(ExactlyOneOfAttribute), false).Cast<ExactlyOneOfAttribute>());
        Assert.Equal(new[] { "AudioId", "SoundFile" }, group.MemberNames);
        var mode = type.GetProperty(nameof(AvatarImage2VideoRequest.Mode))!;
        Assert.Equal(new[] { "std", "pro" }, mode.GetCustomAttributes(typeof(KnownValuesAttribute), false).Cast<KnownValuesAttribute>().Single().Values);
        var image = type.GetProperty(nameof(AvatarImage2VideoRequest.Image))!;
        Assert.True(image.GetCustomAttributes(typeof(Base64ContentAttribute), false).Cast<Base64ContentAttribute>().Single().AllowsUrl);
        Assert.NotEmpty(image.GetCustomAttributes(typeof(System.ComponentModel.DataAnnotations.RequiredAttribute), false));
        var prompt = type.GetProperty(nameof(AvatarImage2VideoRequest.Prompt))!;
        Assert.Equal(2500, prompt.GetCustomAttributes(typeof(System.ComponentModel.DataAnnotations.MaxLengthAttribute), false).Cast<System.ComponentModel.DataAnnotations.MaxLengthAttribute>().Single().Length);
    }

    /// <summary>An adapter that fails the test if anything tries to use it for sending.</summary>
    private sealed class ThrowingAdapter : IRequestAdapter
    {
        public Microsoft.Kiota.Abstractions.Serialization.ISerializationWriterFactory SerializationWriterFactory => throw new System.InvalidOperationException("nothing may be serialized");

        public string? BaseUrl { get; set; }

        public System.Threading.Tasks.Task<T?> ConvertToNativeRequestAsync<T>(RequestInformation requestInfo, System.Threading.CancellationToken cancellationToken = default) => throw new System.InvalidOperationException();

        public void EnableBackingStore(Microsoft.Kiota.Abstractions.Store.IBackingStoreFactory backingStoreFactory) => throw new System.InvalidOperationException();

        public System.Threading.Tasks.Task<ModelType?> SendAsync<ModelType>(RequestInformation requestInfo, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<ModelType> factory, System.Collections.Generic.Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>>? errorMapping = null, System.Threading.CancellationToken cancellationToken = default)
            where ModelType : Microsoft.Kiota.Abstractions.Serialization.IParsable => throw new System.InvalidOperationException();

        public System.Threading.Tasks.Task<System.Collections.Generic.IEnumerable<ModelType>?> SendCollectionAsync<ModelType>(RequestInformation requestInfo, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<ModelType> factory, System.Collections.Generic.Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>>? errorMapping = null, System.Threading.CancellationToken cancellationToken = default)
            where ModelType : Microsoft.Kiota.Abstractions.Serialization.IParsable => throw new System.InvalidOperationException();

        public System.Threading.Tasks.Task SendNoContentAsync(RequestInformation requestInfo, System.Collections.Generic.Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>>? errorMapping = null, System.Threading.CancellationToken cancellationToken = default) => throw new System.InvalidOperationException();

        public System.Threading.Tasks.Task<ModelType?> SendPrimitiveAsync<ModelType>(RequestInformation requestInfo, System.Collections.Generic.Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>>? errorMapping = null, System.Threading.CancellationToken cancellationToken = default) => throw new System.InvalidOperationException();

        public System.Threading.Tasks.Task<System.Collections.Generic.IEnumerable<ModelType>?> SendPrimitiveCollectionAsync<ModelType>(RequestInformation requestInfo, System.Collections.Generic.Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>>? errorMapping = null, System.Threading.CancellationToken cancellationToken = default) => throw new System.InvalidOperationException();
    }
}
