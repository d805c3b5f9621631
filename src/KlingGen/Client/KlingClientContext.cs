using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace KlingGen;

/// <summary>What the runtime extensions need beyond the request adapter: the options and the logger the client was made with.</summary>
internal sealed class KlingClientContext
{
    public KlingClientContext(KlingClientOptions options, ILogger logger, HttpClient httpClient)
    {
        Options = options;
        Logger = logger;
        HttpClient = httpClient;
    }

    public KlingClientOptions Options { get; }

    public ILogger Logger { get; }

    /// <summary>The HTTP client under the request adapter (owned by the client only when made by <c>Create</c>).</summary>
    public HttpClient HttpClient { get; }
}
