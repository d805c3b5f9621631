using System;
using System.Text.Json.Nodes;

namespace KlingGen.Testing;

/// <summary>The error bodies the real service and its gateway answer with.</summary>
internal static class KlingErrorBodies
{
    /// <summary>Kling's own shape: <c>{code, message, request_id}</c> at the top level.</summary>
    public static JsonObject Kling(int code, string message) => new()
    {
        ["code"] = code,
        ["message"] = message,
        ["request_id"] = NewRequestId(),
    };

    /// <summary>The gateway's shape: <c>{error: {message, type, param, code}}</c>.</summary>
    public static JsonObject Gateway(string message, string type) => new()
    {
        ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = string.Empty, ["code"] = string.Empty },
    };

    /// <summary>The nested shape seen on the text-to-speech route: the error sits in <c>data.data</c>.</summary>
    public static JsonObject Nested(int code, string message) => new()
    {
        ["data"] = new JsonObject { ["data"] = Kling(code, message) },
    };

    /// <summary>The body that goes with an injected server-side status.</summary>
    public static JsonObject ForStatus(int status) => status switch
    {
        500 => Kling(5000, "Internal server error (simulated)"),
        502 => Gateway("Upstream service returned an invalid response (simulated)", "upstream_error"),
        503 => Kling(5001, "Service temporarily unavailable (simulated)"),
        504 => Kling(5002, "Server timeout (simulated)"),
        429 => Kling(1302, "Rate limit exceeded (simulated)"),
        401 => Kling(1002, "Authorization is invalid"),
        404 => Kling(1203, "Resource not found"),
        _ => Kling(status >= 500 ? 5000 : 1200, $"Simulated HTTP {status}"),
    };

    public static string NewRequestId() => Guid.NewGuid().ToString();
}
