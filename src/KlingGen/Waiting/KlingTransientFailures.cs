using System;
using System.Net.Http;
using System.Threading;
using KlingGen.Client.Models;

namespace KlingGen;

/// <summary>Classifies failures of idempotent calls (queries) as worth retrying or not.</summary>
internal static class KlingTransientFailures
{
    /// <summary>
    /// True for connection failures, HTTP timeouts (a cancellation the caller did not ask for) and retryable service errors.
    /// </summary>
    public static bool IsTransient(Exception exception, CancellationToken callerToken) => exception switch
    {
        KlingError error => error.IsRetryable,
        HttpRequestException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        System.IO.IOException => true,
        _ => false,
    };
}
