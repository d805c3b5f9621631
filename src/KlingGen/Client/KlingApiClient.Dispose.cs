using System;
using System.Net.Http;
using System.Threading;

namespace KlingGen.Client;

public partial class KlingApiClient : IDisposable
{
    private HttpClient? ownedHttpClient;

    /// <summary>
    /// Closes the connections of a client made by <c>KlingApiClient.Create</c>. A client resolved from dependency
    /// injection uses a pooled handler owned by <c>IHttpClientFactory</c>, and a client built on your own request
    /// adapter leaves that adapter alone: for those this does nothing.
    /// </summary>
    public void Dispose()
    {
        Interlocked.Exchange(ref ownedHttpClient, null)?.Dispose();
        GC.SuppressFinalize(this);
    }
}
