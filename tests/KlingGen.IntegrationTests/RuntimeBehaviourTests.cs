using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using KlingGen.Client.Models;
using Xunit;

namespace KlingGen.IntegrationTests;

public sealed class RuntimeBehaviourTests
{
    [Fact]
    public void Backoff_grows_exponentially_within_the_jitter_and_stops_at_the_maximum()
    {
        var backoff = new KlingBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 2, 0.2, new Random(1));
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var expected = Math.Min(1000 * Math.Pow(2, attempt), 10_000);
            var delay = backoff.Delay(attempt).TotalMilliseconds;
            Assert.InRange(delay, expected * 0.8, expected * 1.2);
        }
    }

    [Theory]
    [InlineData(429, 1303, true)]
    [InlineData(429, 1302, true)]
    [InlineData(429, 1102, false)]
    [InlineData(429, 1304, false)]
    [InlineData(200, 5001, true)]
    [InlineData(500, 5000, true)]
    [InlineData(503, null, true)]
    [InlineData(400, 1201, false)]
    [InlineData(401, 1002, false)]
    [InlineData(403, 1103, false)]
    public void Retryable_errors_follow_Klings_code_table(int status, int? code, bool retryable)
    {
        var error = new KlingError { Code = code, ResponseStatusCode = status };
        Assert.Equal(retryable, error.IsRetryable);
        Assert.Equal(status, error.HttpStatus);
    }

    [Fact]
    public async Task Downloads_refuse_plain_http_outside_loopback_and_report_http_failures()
    {
        var insecure = await Assert.ThrowsAsync<ArgumentException>(() => KlingDownloader.DownloadAsync("http://cdn.example.com/v.mp4", new MemoryStream()));
        Assert.Contains("http://cdn.example.com", insecure.Message, StringComparison.Ordinal);

        await using var sim = await Sim.StartAsync();
        var missing = await Assert.ThrowsAsync<HttpRequestException>(() => KlingDownloader.DownloadAsync(sim.BaseUrl + "/results/123.mp4", new MemoryStream()));
        Assert.Contains("404", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_wait_options_are_refused()
    {
        await using var sim = await Sim.StartAsync();
        var client = Sim.Client(sim);
        await Assert.ThrowsAsync<ArgumentException>(() => client.WaitForAvatarTaskAsync("x", new KlingWaitOptions { BackoffMultiplier = 0.5 }));
    }
}
