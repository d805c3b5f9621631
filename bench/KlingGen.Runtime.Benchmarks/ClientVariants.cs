using System;
using System.Net.Http;
using KlingGen.Client;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace KlingGen.Runtime.Benchmarks;

/// <summary>The clients compared by the runtime benchmarks, each wired to the same simulator.</summary>
internal sealed class ClientVariants : IDisposable
{
    private readonly HttpClient plainHttp;
    private readonly HttpClient kiotaHttp;

    public ClientVariants(string baseUrl, string apiKey)
    {
        HandWritten = new HandWrittenClient(baseUrl, apiKey);
        Sdk = KlingApiClient.Create(apiKey, new KlingClientOptions { BaseUrl = baseUrl });
        SdkMinimal = KlingApiClient.Create(apiKey, new KlingClientOptions { BaseUrl = baseUrl, Middleware = KlingMiddleware.Minimal });

        // The generated client alone: no validation-free shortcuts, no runtime helpers, the same bearer header.
        var authentication = new StaticBearerAuthentication(apiKey);
        plainHttp = new HttpClient();
        GeneratedPlain = new KlingApiClient(new HttpClientRequestAdapter(authentication, httpClient: plainHttp) { BaseUrl = baseUrl });
        kiotaHttp = KiotaClientFactory.Create();
        GeneratedKiotaDefaults = new KlingApiClient(new HttpClientRequestAdapter(authentication, httpClient: kiotaHttp) { BaseUrl = baseUrl });
    }

    /// <summary>HttpClient + source-generated System.Text.Json.</summary>
    public HandWrittenClient HandWritten { get; }

    /// <summary>Generated client over a plain HttpClient (no Kiota middleware).</summary>
    public KlingApiClient GeneratedPlain { get; }

    /// <summary>Generated client over Kiota's default middleware (KiotaClientFactory.Create()).</summary>
    public KlingApiClient GeneratedKiotaDefaults { get; }

    /// <summary>The SDK as users get it from KlingApiClient.Create (Kiota's default middleware + logging handler).</summary>
    public KlingApiClient Sdk { get; }

    /// <summary>The SDK with the minimal middleware set (retry honouring Retry-After + logging).</summary>
    public KlingApiClient SdkMinimal { get; }

    public void Dispose()
    {
        HandWritten.Dispose();
        plainHttp.Dispose();
        kiotaHttp.Dispose();
    }
}
