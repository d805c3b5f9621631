using System;
using System.Net.Http;
using KlingGen;
using KlingGen.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="KlingApiClient"/> with <c>IHttpClientFactory</c>, Kiota's middleware and validated options.</summary>
public static class KlingServiceCollectionExtensions
{
    /// <summary>Name of the <c>HttpClient</c> the client uses (configure it further through the returned builder).</summary>
    public const string HttpClientName = "KlingGen";

    /// <summary>Registers the client with options set in code; the options are validated when the host starts.</summary>
    public static IHttpClientBuilder AddKlingClient(this IServiceCollection services, Action<KlingClientOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        services.AddOptions<KlingClientOptions>().Configure(configure).ValidateOnStart();
        return AddCore(services);
    }

    /// <summary>
    /// Registers the client with options from <paramref name="configuration"/>'s <c>Kling</c> section, the key falling back to
    /// <c>COMETAPI_KEY</c>; the options are validated when the host starts.
    /// </summary>
    public static IHttpClientBuilder AddKlingClient(this IServiceCollection services, IConfiguration configuration)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        services.AddOptions<KlingClientOptions>()
            .Bind(configuration.GetSection(KlingClientOptions.ConfigurationSection))
            .PostConfigure(options => options.ApplyKeyFallback(configuration))
            .ValidateOnStart();
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KlingClientOptions>, KlingClientOptionsValidator>());

        var builder = services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((provider, http) => http.Timeout = provider.GetRequiredService<IOptions<KlingClientOptions>>().Value.RequestTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => KiotaClientFactory.GetDefaultHttpMessageHandler())
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                foreach (var handler in KlingHttpPipeline.CreateHandlers(ResolveLogger(provider), provider.GetRequiredService<IOptions<KlingClientOptions>>().Value.Middleware))
                {
                    handlers.Add(handler);
                }
            });

        services.TryAddTransient(provider =>
        {
            var options = provider.GetRequiredService<IOptions<KlingClientOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return KlingApiClient.Create(options.Clone(), http, ResolveLogger(provider));
        });

        return builder;
    }

    private static ILogger ResolveLogger(IServiceProvider provider)
    {
        var factory = provider.GetService<ILoggerFactory>() ?? provider.GetRequiredService<IOptions<KlingClientOptions>>().Value.LoggerFactory;
        return KlingApiClient.CreateLogger(factory);
    }
}
