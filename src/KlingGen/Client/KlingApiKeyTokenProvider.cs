using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Authentication;

namespace KlingGen;

/// <summary>
/// Hands the API key to Kiota's bearer authentication, but only for the configured API host and only over
/// HTTPS (or loopback HTTP), so a redirect or a result URL on another host never receives the key.
/// </summary>
internal sealed class KlingApiKeyTokenProvider : IAccessTokenProvider
{
    private readonly string apiKey;

    public KlingApiKeyTokenProvider(string apiKey, Uri baseUri)
    {
        this.apiKey = apiKey;
        AllowedHostsValidator = new AllowedHostsValidator(new[] { baseUri.Host });
    }

    /// <inheritdoc />
    public AllowedHostsValidator AllowedHostsValidator { get; }

    /// <inheritdoc />
    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (uri is null || !AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return Task.FromResult(string.Empty);
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && KlingEndpoint.IsLoopback(uri)))
        {
            return Task.FromResult(string.Empty);
        }

        return Task.FromResult(apiKey);
    }

    /// <inheritdoc />
    public override string ToString() => "KlingApiKeyTokenProvider(ApiKey=***)";
}
