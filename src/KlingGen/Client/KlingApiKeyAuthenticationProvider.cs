using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace KlingGen;

/// <summary>
/// Adds <c>Authorization: Bearer &lt;key&gt;</c> to requests for the API host. A request built by the generated
/// builders on the client's own base URL is recognised from its URL template and path parameters, so the template is
/// not expanded once more just to read the host (Kiota expands it on every read of <see cref="RequestInformation.URI"/>).
/// Anything else (a raw URL from <c>WithUrl</c>, a base URL changed on the adapter, a hand-made template) goes through
/// the host and scheme checks of <see cref="KlingApiKeyTokenProvider"/>.
/// </summary>
internal sealed class KlingApiKeyAuthenticationProvider : IAuthenticationProvider
{
    private const string AuthorizationHeader = "Authorization";
    private const string BaseUrlTemplate = "{+baseurl}";
    private const string BaseUrlParameter = "baseurl";
    private const string RawUrlParameter = "request-raw-url";
    private const string ClaimsKey = "claims";

    private readonly KlingApiKeyTokenProvider tokens;
    private readonly string trustedBaseUrl;
    private readonly string headerValue;

    /// <param name="apiKey">The key.</param>
    /// <param name="baseUri">The validated base address (HTTPS, or HTTP on loopback).</param>
    /// <param name="adapterBaseUrl">The request adapter's base URL made from <paramref name="baseUri"/>.</param>
    public KlingApiKeyAuthenticationProvider(string apiKey, Uri baseUri, string adapterBaseUrl)
    {
        tokens = new KlingApiKeyTokenProvider(apiKey, baseUri);
        trustedBaseUrl = adapterBaseUrl;
        headerValue = "Bearer " + apiKey;
    }

    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (additionalAuthenticationContext is not null && additionalAuthenticationContext.ContainsKey(ClaimsKey))
        {
            request.Headers.Remove(AuthorizationHeader);
        }

        if (request.Headers.ContainsKey(AuthorizationHeader))
        {
            return;
        }

        if (IsGeneratedRequestOnTrustedBase(request))
        {
            request.Headers.Add(AuthorizationHeader, headerValue);
            return;
        }

        var token = await tokens.GetAuthorizationTokenAsync(request.URI, additionalAuthenticationContext, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Add(AuthorizationHeader, "Bearer " + token);
        }
    }

    public override string ToString() => "KlingApiKeyAuthenticationProvider(ApiKey=***)";

    /// <summary>The template starts with the base URL followed by a path (so nothing after it can change the host), and the base URL is the validated one.</summary>
    private bool IsGeneratedRequestOnTrustedBase(RequestInformation request)
    {
        var template = request.UrlTemplate;
        return template is not null
            && template.StartsWith(BaseUrlTemplate, StringComparison.Ordinal)
            && (template.Length == BaseUrlTemplate.Length || template[BaseUrlTemplate.Length] == '/')
            && !request.PathParameters.ContainsKey(RawUrlParameter)
            && request.PathParameters.TryGetValue(BaseUrlParameter, out var baseUrl)
            && baseUrl is string value
            && string.Equals(value, trustedBaseUrl, StringComparison.Ordinal);
    }
}
