using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using KlingGen.Client;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace KlingGen.Tests;

/// <summary>The generated client over the Kiota HTTP adapter with bearer authentication, pointed at a loopback server.</summary>
internal sealed class TestClient : IDisposable
{
    public const string ApiKey = "test-key-not-a-secret";

    private readonly HttpClient _httpClient;

    public TestClient(string baseUrl)
    {
        _httpClient = KiotaClientFactory.Create();
        var authentication = new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(ApiKey));
        var adapter = new HttpClientRequestAdapter(authentication, httpClient: _httpClient) { BaseUrl = baseUrl };
        Client = new KlingApiClient(adapter);
    }

    public KlingApiClient Client { get; }

    public void Dispose() => _httpClient.Dispose();

    private sealed class StaticTokenProvider : IAccessTokenProvider
    {
        private readonly string _token;

        public StaticTokenProvider(string token) => _token = token;

        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(_token);
    }
}
