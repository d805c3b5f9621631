using System.Net;
using System.Net.Http;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace KlingGen;

/// <summary>
/// Retry rules for Kiota's retry handler. A POST that reached the service may have created a paid task, so a POST is
/// only repeated when the service refused it without creating anything: 429 with a Retry-After header. Interrupted
/// create calls are resolved through <c>external_task_id</c> by <see cref="KlingAvatarCreateExtensions"/> instead.
/// </summary>
internal static class CreateRetryPolicy
{
    /// <summary>How many times Kiota repeats a request.</summary>
    public const int MaxRetries = 3;

    /// <summary>Client-wide rules: GETs are retried on 429/503/504 (Kiota's choice of statuses), POSTs only on 429 with Retry-After.</summary>
    public static RetryHandlerOption CreateDefaultOption() => new()
    {
        MaxRetry = MaxRetries,
        Delay = 1,
        ShouldRetry = static (_, attempt, response) =>
            attempt < MaxRetries && IsRetryStatus(response.StatusCode) && (response.RequestMessage?.Method != HttpMethod.Post || IsSafeToRepeat(response)),
    };

    /// <summary>A per-request option that states the create rule explicitly for one create call.</summary>
    public static RetryHandlerOption CreateOption() => new()
    {
        MaxRetry = MaxRetries,
        Delay = 1,
        ShouldRetry = static (_, attempt, response) => attempt < MaxRetries && IsSafeToRepeat(response),
    };

    /// <summary>The statuses Kiota's handler retries by default: 429, 503 and 504 (the delegate replaces its own check).</summary>
    public static bool IsRetryStatus(HttpStatusCode status) =>
        status == (HttpStatusCode)429 || status == HttpStatusCode.ServiceUnavailable || status == HttpStatusCode.GatewayTimeout;

    /// <summary>True only for 429 with Retry-After, where the service refused the task before creating it.</summary>
    public static bool IsSafeToRepeat(HttpResponseMessage response) =>
        response.StatusCode == (HttpStatusCode)429 && response.Headers.RetryAfter is not null;
}
