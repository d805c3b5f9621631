using System;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace KlingGen;

/// <summary>Settings of a Kling client. <see cref="ToString"/> never shows the API key.</summary>
public sealed partial class KlingClientOptions
{
    /// <summary>CometAPI's public address.</summary>
    public const string DefaultBaseUrl = "https://api.cometapi.com";

    /// <summary>Configuration section read by the <c>IConfiguration</c> overloads.</summary>
    public const string ConfigurationSection = "Kling";

    /// <summary>Environment variable (and configuration key) read when no API key is configured.</summary>
    public const string ApiKeyEnvironmentVariable = "COMETAPI_KEY";

    /// <summary>Your CometAPI key, sent as a bearer token to <see cref="BaseUrl"/>'s host only.</summary>
    [KlingGen.Constraints.Secret(EnvironmentVariable = ApiKeyEnvironmentVariable)]
    public string? ApiKey { get; set; }

    /// <summary>Base address of the API. HTTPS is required except for loopback addresses. Default <see cref="DefaultBaseUrl"/>.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Timeout of one HTTP request (the create call with a 10 MB image included). Default 100 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Default polling behaviour of the wait-until-done calls.</summary>
    public KlingWaitOptions Wait { get; set; } = new();

    /// <summary>
    /// How many times a create call is sent in total when earlier attempts were confirmed (through
    /// <c>external_task_id</c>) not to have created a task. Default 3.
    /// </summary>
    public int MaxCreateAttempts { get; set; } = 3;

    /// <summary>How many times the outcome of an interrupted create call is looked up before giving up. Default 5.</summary>
    public int MaxOutcomeLookups { get; set; } = 5;

    /// <summary>Where the client logs (task ids, statuses, retries; never the key). Default: no logging.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Which HTTP middleware runs under the client. Default <see cref="KlingMiddleware.KiotaDefaults"/>;
    /// <see cref="KlingMiddleware.Minimal"/> keeps only the retry handler (same rules) and the request logging.
    /// </summary>
    public KlingMiddleware Middleware { get; set; } = KlingMiddleware.KiotaDefaults;

    /// <summary>Tracing settings passed to Kiota's request adapter (its ActivitySource). Default: Kiota's defaults.</summary>
    public ObservabilityOptions? Observability { get; set; }

    /// <summary>Returns a copy of these options.</summary>
    public KlingClientOptions Clone()
    {
        var copy = (KlingClientOptions)MemberwiseClone();
        copy.Wait = Wait.Clone();
        return copy;
    }

    /// <summary>Returns the problems with these options (empty when usable).</summary>
    internal System.Collections.Generic.List<string> Check()
    {
        var problems = new System.Collections.Generic.List<string>();
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            problems.Add($"No API key: set Kling:ApiKey or the {ApiKeyEnvironmentVariable} environment variable.");
        }

        if (KlingEndpoint.Check(BaseUrl) is { } urlProblem)
        {
            problems.Add(urlProblem);
        }

        if (RequestTimeout <= TimeSpan.Zero && RequestTimeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            problems.Add("RequestTimeout must be positive.");
        }

        if (MaxCreateAttempts < 1)
        {
            problems.Add("MaxCreateAttempts must be at least 1.");
        }

        if (MaxOutcomeLookups < 1)
        {
            problems.Add("MaxOutcomeLookups must be at least 1.");
        }

        if ((Wait ?? throw new InvalidOperationException("Wait must not be null.")).Check() is { } waitProblem)
        {
            problems.Add("Wait." + waitProblem);
        }

        return problems;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"KlingClientOptions(ApiKey={KlingSecrets.Describe(ApiKey)}, BaseUrl={BaseUrl}, RequestTimeout={RequestTimeout}, MaxCreateAttempts={MaxCreateAttempts}, Wait={Wait})";
}
