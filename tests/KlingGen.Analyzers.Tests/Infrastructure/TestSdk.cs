namespace KlingGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Stand-ins for the SDK's types, with the same names, shapes and constraint attributes as the generated client,
/// compiled into each test. Tests against the real compiled SDK are in <c>RealSdkTests</c>.
/// </summary>
internal static class TestSdk
{
    public const string FileName = "KlingSdk.g.cs";

    public const string Source = """
        #nullable enable
        using System;
        using System.ComponentModel.DataAnnotations;
        using System.Threading;
        using System.Threading.Tasks;
        using KlingGen.Client.Models;
        using KlingGen.Constraints;

        namespace KlingGen.Client.Models
        {
            [ExactlyOneOf("AudioId", "SoundFile")]
            public partial class AvatarImage2VideoRequest
            {
                [Required, MinLength(1), Base64Content(AllowsUrl = true)]
                public string? Image { get; set; }
                public string? AudioId { get; set; }
                [Base64Content(AllowsUrl = true)]
                public string? SoundFile { get; set; }
                [MaxLength(2500)]
                public string? Prompt { get; set; }
                [KnownValues("std", "pro")]
                public string? Mode { get; set; }
                [Url]
                public string? CallbackUrl { get; set; }
                [RegularExpression("[A-Za-z0-9_-]{1,64}")]
                public string? ExternalTaskId { get; set; }
            }

            public partial class TextToSpeechRequest
            {
                [Required, MinLength(1), MaxLength(1000)]
                public string? Text { get; set; }
                [Required]
                public string? VoiceId { get; set; }
                [Required, KnownValues("zh", "en")]
                public string? VoiceLanguage { get; set; }
                [Range(0.8, 2.0)]
                public double? VoiceSpeed { get; set; }
            }

            public partial class KlingTaskResponse
            {
                public int? Code { get; set; }
                public string? Message { get; set; }
            }
        }

        namespace KlingGen
        {
            public sealed class KlingClientOptions
            {
                [Secret(EnvironmentVariable = "COMETAPI_KEY")]
                public string? ApiKey { get; set; }
                public Uri? BaseUrl { get; set; }
            }
        }

        namespace KlingGen.Client
        {
            public partial class KlingApiClient
            {
                public static KlingApiClient Create([Secret(EnvironmentVariable = "COMETAPI_KEY")] string apiKey, KlingGen.KlingClientOptions? options = null) => new();
                public KlingRequestBuilder Kling { get; } = new();
            }

            public class KlingRequestBuilder { public V1RequestBuilder V1 { get; } = new(); }
            public class V1RequestBuilder { public VideosRequestBuilder Videos { get; } = new(); public AudioRequestBuilder Audio { get; } = new(); }
            public class VideosRequestBuilder { public AvatarRequestBuilder Avatar { get; } = new(); }
            public class AvatarRequestBuilder { public Image2videoRequestBuilder Image2video { get; } = new(); }
            public class AudioRequestBuilder { public TtsRequestBuilder Tts { get; } = new(); }

            public class Image2videoRequestBuilder
            {
                public Task<KlingTaskResponse?> PostAsync(AvatarImage2VideoRequest body, Action<object>? requestConfiguration = default, CancellationToken cancellationToken = default) =>
                    Task.FromResult<KlingTaskResponse?>(null);
            }

            public class TtsRequestBuilder
            {
                public Task<KlingTaskResponse?> PostAsync(TextToSpeechRequest body, Action<object>? requestConfiguration = default, CancellationToken cancellationToken = default) =>
                    Task.FromResult<KlingTaskResponse?>(null);
            }
        }

        """ + Attributes;

    /// <summary>The constraint attributes alone, in the shape the generator emits them.</summary>
    public const string Attributes = """
        #nullable enable
        namespace KlingGen.Constraints
        {
            [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true)]
            public sealed class ExactlyOneOfAttribute : System.Attribute
            {
                public ExactlyOneOfAttribute(params string[] memberNames) => MemberNames = memberNames;
                public string[] MemberNames { get; }
            }

            [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Parameter)]
            public sealed class KnownValuesAttribute : System.Attribute
            {
                public KnownValuesAttribute(params string[] values) => Values = values;
                public string[] Values { get; }
            }

            [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Parameter)]
            public sealed class Base64ContentAttribute : System.Attribute
            {
                public bool AllowsUrl { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Parameter)]
            public sealed class SecretAttribute : System.Attribute
            {
                public string? EnvironmentVariable { get; set; }
            }
        }
        """;
}
