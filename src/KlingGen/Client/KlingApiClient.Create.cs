using System;
using System.Net.Http;
using KlingGen.Constraints;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace KlingGen.Client;

public partial class KlingApiClient
{
    /// <summary>Options and logger of a client made by <c>Create</c> or dependency injection; null for a client built on a custom adapter.</summary>
    internal KlingClientContext? RuntimeContext { get; private set; }

    /// <summary>The request adapter, for runtime helpers that send request information they built themselves.</summary>
    internal Microsoft.Kiota.Abstractions.IRequestAdapter Adapter => RequestAdapter;

    /// <summary>
    /// Creates a client for <paramref name="apiKey"/>: bearer authentication restricted to the API host, HTTPS required
    /// (except loopback), and Kiota's default middleware (retries honouring Retry-After, redirects, compression).
    /// </summary>
    /// <param name="apiKey">Your CometAPI key. Read it from configuration or the <c>COMETAPI_KEY</c> environment variable; do not hard-code it.</param>
    /// <param name="options">Other settings (base URL, timeouts, logging); <see cref="KlingClientOptions.ApiKey"/> is ignored.</param>
    /// <exception cref="ArgumentException">The key is empty or the options are invalid (e.g. a non-HTTPS base URL).</exception>
    public static KlingApiClient Create([Secret(EnvironmentVariable = KlingClientOptions.ApiKeyEnvironmentVariable)] string apiKey, KlingClientOptions? options = null)
    {
        var effective = options?.Clone() ?? new KlingClientOptions();
        effective.ApiKey = apiKey;
        return Create(effective);
    }

    /// <summary>Creates a client from complete options (including <see cref="KlingClientOptions.ApiKey"/>).</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static KlingApiClient Create(KlingClientOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        ThrowIfInvalid(options);
        var logger = CreateLogger(options.LoggerFactory);
        return Create(options.Clone(), KlingHttpPipeline.CreateHttpClient(options, logger), logger);
    }

    /// <summary>
    /// Creates a client from configuration: section <c>Kling</c> (<c>ApiKey</c>, <c>BaseUrl</c>, <c>RequestTimeout</c>, ...),
    /// with the key falling back to <c>COMETAPI_KEY</c> (configuration key, then environment variable).
    /// </summary>
    /// <exception cref="ArgumentException">No key was found or the settings are invalid.</exception>
    public static KlingApiClient Create(IConfiguration configuration, Action<KlingClientOptions>? configure = null)
    {
        var options = KlingClientOptions.FromConfiguration(configuration);
        configure?.Invoke(options);
        return Create(options);
    }

    /// <summary>Builds the client over an existing HTTP client (from <c>IHttpClientFactory</c> or <see cref="KlingHttpPipeline"/>).</summary>
    internal static KlingApiClient Create(KlingClientOptions options, HttpClient httpClient, ILogger logger)
    {
        var baseUri = KlingEndpoint.Parse(options.BaseUrl);
        var adapterBaseUrl = KlingEndpoint.ToAdapterBaseUrl(baseUri);
        var authentication = new KlingApiKeyAuthenticationProvider(options.ApiKey!, baseUri, adapterBaseUrl);
        var adapter = new HttpClientRequestAdapter(authentication, httpClient: httpClient, observabilityOptions: options.Observability)
        {
            BaseUrl = adapterBaseUrl,
        };

        return new KlingApiClient(adapter) { RuntimeContext = new KlingClientContext(options, logger) };
    }

    internal static void ThrowIfInvalid(KlingClientOptions options)
    {
        var problems = options.Check();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid Kling client options: " + string.Join(" ", problems), nameof(options));
        }
    }

    internal static ILogger CreateLogger(ILoggerFactory? factory) =>
        factory?.CreateLogger("KlingGen.KlingApiClient") ?? NullLogger.Instance;
}
