namespace KlingGen;

/// <summary>The HTTP middleware a client runs (see <see cref="KlingClientOptions.Middleware"/>).</summary>
public enum KlingMiddleware
{
    /// <summary>
    /// Kiota's default handlers: URI replacement, retry (honouring Retry-After, with the create rules of docs/idempotency.md),
    /// redirect, query parameter name decoding, user agent, headers and body inspection; then request logging.
    /// </summary>
    KiotaDefaults,

    /// <summary>
    /// Only what the Kling API needs: the retry handler (same rules) and request logging. Redirects are not followed,
    /// no Kiota user agent is added, and the headers / body inspection and URI replacement request options have no effect.
    /// </summary>
    Minimal,
}
