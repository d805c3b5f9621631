using System;

namespace KlingGen.Testing;

/// <summary>One request the simulator received.</summary>
public sealed class KlingRecordedRequest
{
    internal KlingRecordedRequest(KlingSimulatorRoute route, string method, string path, string query, string? authorizationScheme, bool authorized, string? body, long bodyLength, string? externalTaskId, DateTimeOffset receivedAt, string? contentType)
    {
        Route = route;
        Method = method;
        Path = path;
        Query = query;
        AuthorizationScheme = authorizationScheme;
        Authorized = authorized;
        Body = body;
        BodyLength = bodyLength;
        ExternalTaskId = externalTaskId;
        ReceivedAt = receivedAt;
        ContentType = contentType;
    }

    /// <summary>Which route it hit.</summary>
    public KlingSimulatorRoute Route { get; }

    /// <summary>HTTP method.</summary>
    public string Method { get; }

    /// <summary>Path.</summary>
    public string Path { get; }

    /// <summary>Query string including the leading '?', or empty.</summary>
    public string Query { get; }

    /// <summary>Scheme of the Authorization header (e.g. "Bearer"), or null when there was none. The credential itself is not kept.</summary>
    public string? AuthorizationScheme { get; }

    /// <summary>Whether the bearer token matched the simulator's key.</summary>
    public bool Authorized { get; }

    /// <summary>The body as text, cut at <see cref="KlingSimulatorOptions.MaxRecordedBodyChars"/>; null when there was none.</summary>
    public string? Body { get; }

    /// <summary>Length of the body in bytes.</summary>
    public long BodyLength { get; }

    /// <summary><c>external_task_id</c> of a create request, when it had one.</summary>
    public string? ExternalTaskId { get; }

    /// <summary>The Content-Type header, when there was one.</summary>
    public string? ContentType { get; }

    /// <summary>When it arrived (simulator clock).</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}{Query} ({Route})";
}
