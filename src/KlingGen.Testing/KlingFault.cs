using System;

namespace KlingGen.Testing;

/// <summary>What an injected fault does.</summary>
public enum KlingFaultKind
{
    /// <summary>Answer with an HTTP error status and Kling's error body.</summary>
    Status,

    /// <summary>Answer 429 with code 1303 and a <c>Retry-After</c> header; no task is created.</summary>
    RateLimited,

    /// <summary>Read the request, do its work (a create call creates the task), then abort the connection without answering.</summary>
    DropConnection,

    /// <summary>Wait before handling the request normally.</summary>
    Slow,

    /// <summary>Answer HTTP 200 with a refusal inside the envelope (non-zero <c>code</c>, no <c>data</c>); nothing is created.</summary>
    RefusedInEnvelope,
}

/// <summary>A fault to inject into the next matching requests. Build one with the static factories.</summary>
public sealed class KlingFault
{
    private KlingFault(KlingFaultKind kind, KlingSimulatorRoute route)
    {
        Kind = kind;
        Route = route;
    }

    /// <summary>What the fault does.</summary>
    public KlingFaultKind Kind { get; }

    /// <summary>Which requests it hits.</summary>
    public KlingSimulatorRoute Route { get; }

    /// <summary>HTTP status for <see cref="KlingFaultKind.Status"/>.</summary>
    public int StatusCode { get; private init; }

    /// <summary>For a status fault on a create call: create the task before answering with the error (as a gateway timing out after the service accepted it would).</summary>
    public bool CreatesTask { get; private init; }

    /// <summary>Retry-After sent with <see cref="KlingFaultKind.RateLimited"/>.</summary>
    public TimeSpan RetryAfter { get; private init; }

    /// <summary>Kling code for <see cref="KlingFaultKind.RefusedInEnvelope"/>.</summary>
    public int Code { get; private init; }

    /// <summary>Message for <see cref="KlingFaultKind.RefusedInEnvelope"/>.</summary>
    public string? Message { get; private init; }

    /// <summary>Delay for <see cref="KlingFaultKind.Slow"/>.</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>How many matching requests the fault hits. Default 1.</summary>
    public int Count { get; private init; } = 1;

    /// <summary>An HTTP error: 500 (code 5000), 502 (gateway <c>error</c> object), 503 (code 5001), 504 (code 5002) or any other status.</summary>
    public static KlingFault ServerError(int statusCode = 500, KlingSimulatorRoute route = KlingSimulatorRoute.Any, bool createsTask = false) =>
        new(KlingFaultKind.Status, route) { StatusCode = statusCode, CreatesTask = createsTask };

    /// <summary>429 with code 1303 and <c>Retry-After</c> (whole seconds, at least 1).</summary>
    public static KlingFault RateLimited(TimeSpan retryAfter, KlingSimulatorRoute route = KlingSimulatorRoute.Any) =>
        new(KlingFaultKind.RateLimited, route) { RetryAfter = retryAfter };

    /// <summary>Handles the request and then drops the connection without answering.</summary>
    public static KlingFault DropConnection(KlingSimulatorRoute route = KlingSimulatorRoute.Any) => new(KlingFaultKind.DropConnection, route);

    /// <summary>Answers normally after <paramref name="delay"/>.</summary>
    public static KlingFault Slow(TimeSpan delay, KlingSimulatorRoute route = KlingSimulatorRoute.Any) => new(KlingFaultKind.Slow, route) { Delay = delay };

    /// <summary>HTTP 200 whose envelope carries a non-zero <paramref name="code"/>, as some refusals arrive.</summary>
    public static KlingFault RefusedInEnvelope(int code, string message, KlingSimulatorRoute route = KlingSimulatorRoute.Any) =>
        new(KlingFaultKind.RefusedInEnvelope, route) { Code = code, Message = message };

    /// <summary>Returns the same fault hitting <paramref name="count"/> matching requests.</summary>
    public KlingFault Times(int count) => new(Kind, Route)
    {
        StatusCode = StatusCode,
        CreatesTask = CreatesTask,
        RetryAfter = RetryAfter,
        Delay = Delay,
        Code = Code,
        Message = Message,
        Count = count > 0 ? count : throw new ArgumentOutOfRangeException(nameof(count)),
    };

    internal bool Matches(KlingSimulatorRoute route) => Route == KlingSimulatorRoute.Any || Route == route;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} on {Route} x{Count}";
}
