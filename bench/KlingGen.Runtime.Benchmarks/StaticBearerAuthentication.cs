using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace KlingGen.Runtime.Benchmarks;

/// <summary>Adds a fixed bearer header (Kiota's API key provider refuses plain-HTTP loopback URLs).</summary>
internal sealed class StaticBearerAuthentication : IAuthenticationProvider
{
    private readonly string header;

    public StaticBearerAuthentication(string apiKey) => header = "Bearer " + apiKey;

    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        request.Headers.TryAdd("Authorization", header);
        return Task.CompletedTask;
    }
}
