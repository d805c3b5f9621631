using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace KlingGen.Client.Models;

public partial class KlingError
{
    /// <summary>HTTP status of the response (200 when the service refused the call inside a success envelope).</summary>
    public int HttpStatus => ResponseStatusCode;

    /// <summary>
    /// Kling's service code, wherever the body put it: top-level <c>code</c>, a nested <c>data.data.code</c> / <c>data.code</c>,
    /// or the gateway's <c>error.code</c> when that is numeric.
    /// </summary>
    public int? KlingCode => Code ?? NestedInt("code") ?? (int.TryParse(Error?.Code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var gateway) ? gateway : null);

    /// <summary>The service's message, wherever the body put it (top level, nested <c>data</c>, or the gateway's <c>error.message</c>).</summary>
    public string? KlingMessage => MessageEscaped ?? NestedString("message") ?? Error?.Message;

    /// <summary>The request id, when the body carried one (top level or nested).</summary>
    public string? KlingRequestId => RequestId ?? NestedString("request_id");

    /// <summary>
    /// True when trying again later may succeed: rate limits (429 with code 1302/1303, or 429 with Retry-After and no code)
    /// and server errors (HTTP 5xx, codes 5000-5002). Account, permission and parameter errors are not retryable.
    /// </summary>
    public bool IsRetryable
    {
        get
        {
            var code = KlingCode;
            if (code is 1302 or 1303 or >= 5000 and <= 5002)
            {
                return true;
            }

            if (HttpStatus == 429)
            {
                return code is null && ResponseHeaders.ContainsKey("Retry-After");
            }

            return HttpStatus >= 500 && code is null or >= 5000;
        }
    }

    /// <summary>Builds the error for an envelope that came back with HTTP 200 but a non-zero <c>code</c>.</summary>
    internal static KlingError FromEnvelope(int code, string? message, string? requestId, int httpStatus = 200) => new()
    {
        Code = code,
        MessageEscaped = message,
        RequestId = requestId,
        ResponseStatusCode = httpStatus,
    };

    private int? NestedInt(string name) => NestedValue(name) switch
    {
        UntypedInteger i => i.GetValue(),
        UntypedLong l => (int)l.GetValue(),
        UntypedDouble d => (int)d.GetValue(),
        UntypedString s when int.TryParse(s.GetValue(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private string? NestedString(string name) => NestedValue(name) is UntypedString s ? s.GetValue() : null;

    /// <summary>Looks for <paramref name="name"/> under <c>data.data</c> first, then <c>data</c>.</summary>
    private UntypedNode? NestedValue(string name)
    {
        if (AdditionalData is null || !AdditionalData.TryGetValue("data", out var data) || data is not UntypedObject outer)
        {
            return null;
        }

        var fields = outer.GetValue();
        if (fields.TryGetValue("data", out var inner) && inner is UntypedObject innerObject && innerObject.GetValue().TryGetValue(name, out var deep))
        {
            return deep;
        }

        return fields.TryGetValue(name, out var shallow) ? shallow : null;
    }
}
