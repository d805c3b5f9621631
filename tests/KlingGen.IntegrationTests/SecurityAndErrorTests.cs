using System;
using System.Linq;
using System.Threading.Tasks;
using KlingGen.Client;
using KlingGen.Client.Models;
using KlingGen.Testing;
using Xunit;

namespace KlingGen.IntegrationTests;

public sealed class SecurityAndErrorTests
{
    [Fact]
    public async Task The_key_never_appears_in_logs_exceptions_or_ToString()
    {
        await using var sim = await Sim.StartAsync(o => o.ApiKey = "sk-SECRET-7f3a9c1e5b");
        var logs = new CapturingLoggerFactory();
        var client = Sim.Client(sim, o => o.LoggerFactory = logs);
        sim.Inject(KlingFault.DropConnection(KlingSimulatorRoute.Create));
        sim.Inject(KlingFault.ServerError(502, KlingSimulatorRoute.Query));

        var result = await client.CreateAvatarVideoAndWaitAsync(await Sim.RequestAsync("[fail]")).ContinueWith(t => t.Exception);
        var failed = Assert.IsType<KlingTaskFailedException>(result!.InnerException);

        var wrongKey = KlingApiClient.Create("sk-SECRET-wrong-key", new KlingClientOptions { BaseUrl = sim.BaseUrl, LoggerFactory = logs });
        var unauthorized = await Assert.ThrowsAsync<KlingError>(() => wrongKey.Kling.V1.Videos.Avatar.Image2video["x"].GetAsync());
        var invalid = Assert.Throws<ArgumentException>(() => KlingApiClient.Create("sk-SECRET-7f3a9c1e5b", new KlingClientOptions { BaseUrl = "http://api.example.com" }));
        var options = new KlingClientOptions { ApiKey = "sk-SECRET-7f3a9c1e5b" };

        Assert.NotEmpty(logs.Lines);
        Assert.Contains(logs.Lines, l => l.Contains("HTTP POST", StringComparison.Ordinal));
        var texts = logs.Lines
            .Concat(new[] { failed.ToString(), unauthorized.ToString(), unauthorized.Message, invalid.ToString(), options.ToString(), client.ToString() ?? string.Empty })
            .ToList();
        Assert.All(texts, t => Assert.DoesNotContain("SECRET", t, StringComparison.Ordinal));
        Assert.Contains("***", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("(not set)", new KlingClientOptions().ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://api.cometapi.com")]
    [InlineData("http://10.0.0.5:8080")]
    [InlineData("ftp://api.cometapi.com")]
    public void Plain_http_is_refused_except_for_loopback(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => KlingApiClient.Create("key", new KlingClientOptions { BaseUrl = url }));
        Assert.Contains(new Uri(url).GetLeftPart(UriPartial.Authority), error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTPS", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("https://api.cometapi.com")]
    public void Https_and_loopback_are_accepted(string url)
    {
        Assert.NotNull(KlingApiClient.Create("key", new KlingClientOptions { BaseUrl = url }));
    }

    [Fact]
    public void Empty_key_is_refused_with_a_hint_about_COMETAPI_KEY()
    {
        var error = Assert.Throws<ArgumentException>(() => KlingApiClient.Create(" "));
        Assert.Contains("COMETAPI_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_is_sent_only_to_the_configured_host()
    {
        await using var sim = await Sim.StartAsync();
        await using var other = await Sim.StartAsync(o => o.ApiKey = sim.ApiKey);
        var client = Sim.Client(sim);

        // Same key, same port range, different host name: "localhost" vs "127.0.0.1".
        var otherUrl = other.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/kling/v1/videos/avatar/image2video/abc";
        await Assert.ThrowsAsync<KlingError>(() => client.Kling.V1.Videos.Avatar.Image2video["abc"].WithUrl(otherUrl).GetAsync());

        var seen = Assert.Single(other.Requests);
        Assert.Null(seen.AuthorizationScheme);
    }

    [Fact]
    public async Task A_refusal_inside_a_200_envelope_becomes_a_KlingError()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        sim.Inject(KlingFault.RefusedInEnvelope(1301, "Content safety check failed", KlingSimulatorRoute.Create));

        var error = await Assert.ThrowsAsync<KlingError>(async () => await client.CreateAvatarTaskAsync(await Sim.RequestAsync()));

        Assert.Equal(200, error.HttpStatus);
        Assert.Equal(1301, error.KlingCode);
        Assert.Equal("Content safety check failed", error.KlingMessage);
        Assert.False(error.IsRetryable);
        Assert.Empty(sim.Tasks);
        Assert.Single(sim.Requests);
    }

    [Fact]
    public async Task Nested_error_bodies_are_read_defensively()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);

        var error = await Assert.ThrowsAsync<KlingError>(() => client.Kling.V1.Audio.Tts.PostAsync(new TextToSpeechRequest
        {
            Text = "Hello there",
            VoiceId = "unknown-voice",
            VoiceLanguage = "en",
        }));

        Assert.Equal(400, error.HttpStatus);
        Assert.Null(error.Code);
        Assert.Equal(1201, error.KlingCode);
        Assert.Equal("Voice id not found", error.KlingMessage);
        Assert.False(string.IsNullOrEmpty(error.KlingRequestId));
    }
}
