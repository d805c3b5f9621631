using System.Net;
using System.Net.Http;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace KlingGen;

/// <summary>
/// Retry rules for the create call. A POST that reached the service may have created a paid task, so Kiota's retry
/// handler may only repeat it when the service said so without creating anything: 429 with a Retry-After header.
/// Everything else is resolved through <c>external_task_id</c> by the create extensions.
/// </summary>
internal static class CreateRetryPolicy
{
    /// <summary>A per-request option that replaces the client-wide retry rules for one create call.</summary>
    public static RetryHandlerOption CreateOption() => new()
    {
        MaxRetry = 3,
        ShouldRetry = static (_, _, response) => IsSafeToRepeat(response),
    };

    /// <summary>True only for 429 with Retry-After, where the service refused the task before creating it.</summary>
    public static bool IsSafeToRepeat(HttpResponseMessage response) =>
        response.StatusCode == (HttpStatusCode)429 && response.Headers.RetryAfter is not null;
}
