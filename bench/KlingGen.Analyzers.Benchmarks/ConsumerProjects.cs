using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KlingGen.Analyzers.Benchmarks;

/// <summary>Synthetic consumer projects of the SDK: parsed once, compiled afresh by each benchmark invocation.</summary>
internal static class ConsumerProjects
{
    public const int FileCount = 500;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true);

    /// <summary>The framework, the compiled SDK and the Kiota runtime, as a consumer of the package sees them.</summary>
    public static ImmutableArray<MetadataReference> CreateReferences()
    {
        var sdk = typeof(KlingGen.Client.Models.AvatarImage2VideoRequest).Assembly.Location;
        return ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var name
                && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"
                    || name.StartsWith("Microsoft.Kiota.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name.StartsWith("Std.UriTemplate", StringComparison.Ordinal)))
            .Append(sdk)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    public static ImmutableArray<SyntaxTree> UsingRequests() =>
        Enumerable.Range(0, FileCount).Select(i => CSharpSyntaxTree.ParseText(UsingRequestsFile(i), ParseOptions, $"Worker{i}.cs")).ToImmutableArray();

    public static ImmutableArray<SyntaxTree> NeverUsingRequests() =>
        Enumerable.Range(0, FileCount).Select(i => CSharpSyntaxTree.ParseText(PlainFile(i), ParseOptions, $"Ledger{i}.cs")).ToImmutableArray();

    internal static string UsingRequestsFile(int i) => $$"""
        using System.Threading.Tasks;
        using KlingGen.Client;
        using KlingGen.Client.Models;

        namespace Consumer.N{{i}};

        public sealed class Worker{{i}}
        {
            private readonly KlingApiClient _client;

            public Worker{{i}}(KlingApiClient client) => _client = client;

            public static KlingApiClient Connect(string key) => KlingApiClient.Create(key, new KlingGen.KlingClientOptions { ApiKey = key });

            public Task<KlingTaskResponse?> SendAsync(string image, string? audio) =>
                _client.Kling.V1.Videos.Avatar.Image2video.PostAsync(new AvatarImage2VideoRequest
                {
                    Image = image,
                    AudioId = audio ?? "tts-{{i}}",
                    Prompt = "Prompt number {{i}}: the presenter waves.",
                    Mode = "std",
                    CallbackUrl = "https://hooks.example.com/{{i}}",
                });

            public async Task<KlingTaskResponse?> BuildAsync(string image, bool own)
            {
                var request = new AvatarImage2VideoRequest { Image = image };
                if (own)
                {
                    request.SoundFile = "https://cdn.example.com/{{i}}.mp3";
                }
                else
                {
                    request.AudioId = "tts-{{i}}";
                }

                request.Mode = own ? "pro" : "std";
                request.ExternalTaskId = "job-{{i}}";
                return await _client.Kling.V1.Videos.Avatar.Image2video.PostAsync(request);
            }

            public Task<KlingTaskResponse?> SpeakAsync(string text) =>
                _client.Kling.V1.Audio.Tts.PostAsync(new TextToSpeechRequest { Text = text, VoiceId = "voice-{{i}}", VoiceLanguage = "en", VoiceSpeed = 1.0 });

            public Task<KlingTaskResponse?> MistakeAsync() =>
                _client.Kling.V1.Videos.Avatar.Image2video.PostAsync(new AvatarImage2VideoRequest { Image = "data:image/png;base64,AAAA", AudioId = "a", SoundFile = "s", Mode = "{{(i % 10 == 0 ? "STD" : "pro")}}" });

            public int Score(int[] values)
            {
                var sum = 0;
                foreach (var value in values)
                {
                    sum += value % 2 == 0 ? value : -value;
                }

                return sum;
            }
        }
        """;

    internal static string PlainFile(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using KlingGen.Client;

        namespace Ledger.N{{i}};

        public sealed class Entry{{i}}
        {
            public string? Account { get; set; }
            public string? Memo { get; set; }
            public decimal Amount { get; set; }
        }

        public sealed class Ledger{{i}}
        {
            private readonly List<Entry{{i}}> _entries = new();
            private KlingApiClient? _client;

            public void Attach(KlingApiClient client) => _client = client;

            public void Add(string account, decimal amount, string? memo = null)
            {
                var entry = new Entry{{i}} { Account = account, Amount = amount, Memo = memo ?? "entry {{i}}" };
                entry.Memo = entry.Memo.Trim();
                _entries.Add(entry);
            }

            public decimal Balance(string account)
            {
                decimal total = 0;
                foreach (var entry in _entries)
                {
                    if (string.Equals(entry.Account, account, StringComparison.Ordinal))
                    {
                        total += entry.Amount;
                    }
                }

                return total;
            }

            public IEnumerable<string> Report() =>
                _entries.GroupBy(e => e.Account ?? "?").Select(g => $"{g.Key}: {g.Sum(e => e.Amount)}");

            public bool HasClient => _client is not null;
        }
        """;
}
