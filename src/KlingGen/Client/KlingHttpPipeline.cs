using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace KlingGen;

/// <summary>Builds the HTTP pipeline: Kiota's default middleware (retry honouring Retry-After, redirect, compression, ...) plus request logging.</summary>
internal static class KlingHttpPipeline
{
    /// <summary>Kiota's default handlers (with the retry rules of <see cref="CreateRetryPolicy"/>) followed by the logging handler (innermost, so every retry is logged).</summary>
    public static IList<DelegatingHandler> CreateHandlers(ILogger logger)
    {
        var handlers = KiotaClientFactory.CreateDefaultHandlers(new Microsoft.Kiota.Abstractions.IRequestOption[] { CreateRetryPolicy.CreateDefaultOption() });
        handlers.Add(new KlingLoggingHandler(logger));
        return handlers;
    }

    /// <summary>An <see cref="HttpClient"/> with the full pipeline and the configured timeout.</summary>
    public static HttpClient CreateHttpClient(KlingClientOptions options, ILogger logger, HttpMessageHandler? primaryHandler = null)
    {
        var client = KiotaClientFactory.Create(CreateHandlers(logger), primaryHandler ?? KiotaClientFactory.GetDefaultHttpMessageHandler());
        client.Timeout = options.RequestTimeout;
        return client;
    }
}
