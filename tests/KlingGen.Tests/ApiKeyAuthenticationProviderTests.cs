using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Xunit;

namespace KlingGen.Tests;

/// <summary>The bearer header goes only to the configured host, whichever way the request was built.</summary>
public sealed class ApiKeyAuthenticationProviderTests
{
    private const string BaseUrl = "https://api.cometapi.com";

    [Theory]
    [InlineData("{+baseurl}/kling/v1/videos/avatar/image2video", BaseUrl, true)]
    [InlineData("{+baseurl}", BaseUrl, true)]
    [InlineData("{+baseurl}/kling/v1/videos/avatar/image2video", "https://evil.example", false)]
    [InlineData("{+baseurl}/kling/v1/videos/avatar/image2video", "http://api.cometapi.com", false)]
    [InlineData("{+baseurl}.evil.example/kling", BaseUrl, false)]
    [InlineData("{+baseurl}@evil.example/kling", BaseUrl, false)]
    public async Task Templated_requests_get_the_key_only_on_the_configured_base(string template, string baseUrl, bool expectKey)
    {
        var request = new RequestInformation(Method.GET, template, new Dictionary<string, object> { ["baseurl"] = baseUrl });

        await Provider().AuthenticateRequestAsync(request);

        Assert.Equal(expectKey, request.Headers.ContainsKey("Authorization"));
        if (expectKey)
        {
            Assert.Equal(new[] { "Bearer sk-test" }, request.Headers["Authorization"]);
        }
    }

    [Theory]
    [InlineData("https://api.cometapi.com/kling/v1/videos/avatar/image2video/abc", true)]
    [InlineData("https://evil.example/kling/v1/videos/avatar/image2video/abc", false)]
    [InlineData("http://api.cometapi.com/kling/v1/videos/avatar/image2video/abc", false)]
    public async Task Raw_urls_are_checked_by_host_and_scheme(string url, bool expectKey)
    {
        var request = new RequestInformation(Method.GET, "{+baseurl}/kling", new Dictionary<string, object> { ["baseurl"] = BaseUrl, ["request-raw-url"] = url });

        await Provider().AuthenticateRequestAsync(request);

        Assert.Equal(expectKey, request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public void ToString_hides_the_key() => Assert.DoesNotContain("sk-test", Provider().ToString(), StringComparison.Ordinal);

    private static KlingApiKeyAuthenticationProvider Provider() => new("sk-test", new Uri(BaseUrl), BaseUrl);
}
