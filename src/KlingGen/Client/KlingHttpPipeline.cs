using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace KlingGen;

/// <summary>Builds the HTTP pipeline: Kiota's default middleware (or the minimal set) plus request logging.</summary>
internal static class KlingHttpPipeline
{
    /// <summary>The handlers of <paramref name="middleware"/> (retry rules of <see cref="CreateRetryPolicy"/>) followed by the logging handler (innermost, so every retry is logged).</summary>
    public static IList<DelegatingHandler> CreateHandlers(ILogger logger, KlingMiddleware middleware = KlingMiddleware.KiotaDefaults)
    {
        var retry = CreateRetryPolicy.CreateDefaultOption();
        var handlers = middleware == KlingMiddleware.Minimal
            ? new List<DelegatingHandler> { new RetryHandler(retry) }
            : KiotaClientFactory.CreateDefaultHandlers(new Microsoft.Kiota.Abstractions.IRequestOption[] { retry });
        handlers.Add(new KlingLoggingHandler(logger));
        return handlers;
    }

    /// <summary>An <see cref="HttpClient"/> with the full pipeline and the configured timeout.</summary>
    public static HttpClient CreateHttpClient(KlingClientOptions options, ILogger logger, HttpMessageHandler? primaryHandler = null)
    {
        var client = KiotaClientFactory.Create(CreateHandlers(logger, options.Middleware), primaryHandler ?? KiotaClientFactory.GetDefaultHttpMessageHandler());
        client.Timeout = options.RequestTimeout;
        return client;
    }
}
