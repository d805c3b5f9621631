using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace KlingGen;

/// <summary>Logs each HTTP attempt (method, path, status, time). Headers and bodies are never logged, so the key cannot leak.</summary>
internal sealed class KlingLoggingHandler : DelegatingHandler
{
    private readonly ILogger logger;

    public KlingLoggingHandler(ILogger logger) => this.logger = logger;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        logger.IsEnabled(LogLevel.Debug) ? SendAndLogAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendAndLogAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {

        var started = Stopwatch.StartNew();
        var target = request.RequestUri?.GetLeftPart(UriPartial.Path) ?? "(no uri)";
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            logger.LogDebug("HTTP {Method} {Url} -> {Status} in {Elapsed} ms", request.Method, target, (int)response.StatusCode, started.ElapsedMilliseconds);
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            logger.LogDebug("HTTP {Method} {Url} failed after {Elapsed} ms: {Error}", request.Method, target, started.ElapsedMilliseconds, e.GetType().Name);
            throw;
        }
    }
}
