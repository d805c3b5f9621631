using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KlingGen.Testing;

/// <summary>
/// A local stand-in for the Kling avatar API on 127.0.0.1: real envelopes and error shapes, bearer check,
/// a task lifecycle on a configurable clock, callbacks, a playable result file, fault injection and a record
/// of every request. Start it with <see cref="StartAsync"/> and dispose it when done.
/// </summary>
public sealed partial class KlingSimulator : IAsyncDisposable
{
    private const string TaskRoute = "/kling/v1/videos/avatar/image2video";
    private const string ItemsFault = "kling.fault";

    private readonly WebApplication app;
    private readonly KlingSimulatorOptions options;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<KlingRecordedRequest> requests = new();
    private readonly ConcurrentQueue<KlingRecordedCallback> callbacks = new();
    private readonly List<KlingFault> faults = new();
    private readonly Dictionary<KlingFault, int> faultUses = new();
    private readonly ConcurrentDictionary<string, KlingSimulatedTask> tasksById = new();
    private readonly ConcurrentDictionary<string, KlingSimulatedTask> tasksByExternalId = new();
    private readonly List<KlingSimulatedTask> taskOrder = new();
    private readonly HttpClient callbackClient = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly byte[] video;
    private long nextTaskNumber = 860_000_000_000_000_000L + RandomNumberGenerator.GetInt32(1_000_000) * 1000L;

    private KlingSimulator(WebApplication app, KlingSimulatorOptions options, string apiKey)
    {
        this.app = app;
        this.options = options;
        ApiKey = apiKey;
        video = Mp4Sample.Create(options.VideoDuration);
    }

    /// <summary>Root address, e.g. <c>http://127.0.0.1:53124</c>; pass it as the client's base URL.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The bearer token the simulator accepts.</summary>
    public string ApiKey { get; }

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<KlingRecordedRequest> Requests => requests.ToArray();

    /// <summary>Every callback posted so far, oldest first.</summary>
    public IReadOnlyList<KlingRecordedCallback> Callbacks => callbacks.ToArray();

    /// <summary>Every task created so far, oldest first.</summary>
    public IReadOnlyList<KlingSimulatedTask> Tasks
    {
        get
        {
            lock (taskOrder)
            {
                return taskOrder.ToArray();
            }
        }
    }

    /// <summary>Starts a simulator on 127.0.0.1.</summary>
    public static async Task<KlingSimulator> StartAsync(KlingSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KlingSimulatorOptions();
        var apiKey = string.IsNullOrEmpty(options.ApiKey) ? "sim-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant() : options.ApiKey!;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.Limits.MaxRequestBodySize = 64L * 1024 * 1024;
        });

        var app = builder.Build();
        var simulator = new KlingSimulator(app, options, apiKey);
        simulator.Map(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        simulator.BaseUrl = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return simulator;
    }

    /// <summary>Queues a fault for the next matching requests.</summary>
    public void Inject(KlingFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (faults)
        {
            faults.Add(fault);
            faultUses[fault] = 0;
        }
    }

    /// <summary>Removes every queued fault.</summary>
    public void ClearFaults()
    {
        lock (faults)
        {
            faults.Clear();
            faultUses.Clear();
        }
    }

    /// <summary>Finds a task by its task id or its external task id.</summary>
    public KlingSimulatedTask? FindTask(string id) =>
        tasksById.TryGetValue(id, out var byId) ? byId : tasksByExternalId.TryGetValue(id, out var byExternal) ? byExternal : null;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        stopping.Cancel();
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await app.StopAsync(deadline.Token).ConfigureAwait(false);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
            callbackClient.Dispose();
            stopping.Dispose();
        }
    }

    private void Map(WebApplication web)
    {
        web.Use(FrontDoorAsync);
        web.MapPost(TaskRoute, CreateAsync);
        web.MapGet(TaskRoute, ListAsync);
        web.MapGet(TaskRoute + "/{id}", QueryAsync);
        web.MapPost("/kling/v1/audio/tts", TextToSpeechAsync);
        web.MapGet("/results/{file}", VideoAsync);
    }

    private static KlingSimulatorRoute Classify(HttpRequest request)
    {
        var path = request.Path.Value ?? string.Empty;
        if (path.StartsWith("/results/", StringComparison.Ordinal))
        {
            return KlingSimulatorRoute.Video;
        }

        if (path == "/kling/v1/audio/tts")
        {
            return KlingSimulatorRoute.TextToSpeech;
        }

        if (path.TrimEnd('/') == TaskRoute)
        {
            return HttpMethods.IsPost(request.Method) ? KlingSimulatorRoute.Create : KlingSimulatorRoute.List;
        }

        return path.StartsWith(TaskRoute + "/", StringComparison.Ordinal) ? KlingSimulatorRoute.Query : KlingSimulatorRoute.Other;
    }

    /// <summary>Records the request, checks the bearer token and applies faults before the route runs.</summary>
    private async Task FrontDoorAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var route = Classify(request);
        byte[]? body = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
            context.Items["kling.body"] = body;
        }

        var authorization = request.Headers.Authorization.ToString();
        string? scheme = null;
        var authorized = false;
        if (!string.IsNullOrEmpty(authorization))
        {
            var space = authorization.IndexOf(' ', StringComparison.Ordinal);
            scheme = space > 0 ? authorization[..space] : authorization;
            authorized = space > 0
                && string.Equals(scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization[(space + 1)..].Trim()), Encoding.UTF8.GetBytes(ApiKey));
        }

        requests.Enqueue(new KlingRecordedRequest(
            route,
            request.Method,
            request.Path.Value ?? string.Empty,
            request.QueryString.Value ?? string.Empty,
            scheme,
            authorized,
            body is null ? null : Truncate(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, options.MaxRecordedBodyChars * 4))),
            body?.LongLength ?? 0,
            route == KlingSimulatorRoute.Create ? ReadExternalId(body) : null,
            options.TimeProvider.GetUtcNow(),
            request.ContentType));

        if (route != KlingSimulatorRoute.Video && !authorized)
        {
            var (code, message) = string.IsNullOrEmpty(authorization)
                ? (1001, "Authorization is empty")
                : (1002, "Authorization is invalid");
            await WriteJsonAsync(context, 401, KlingErrorBodies.Kling(code, message)).ConfigureAwait(false);
            return;
        }

        var fault = TakeFault(route);
        if (fault is not null)
        {
            switch (fault.Kind)
            {
                case KlingFaultKind.Slow:
                    await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
                    break;
                case KlingFaultKind.RateLimited:
                    context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(fault.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    await WriteJsonAsync(context, 429, KlingErrorBodies.Kling(1303, "parallel task over resource pack limit")).ConfigureAwait(false);
                    return;
                case KlingFaultKind.RefusedInEnvelope:
                    await WriteJsonAsync(context, 200, KlingErrorBodies.Kling(fault.Code, fault.Message ?? "refused")).ConfigureAwait(false);
                    return;
                case KlingFaultKind.Status when !(fault.CreatesTask && route == KlingSimulatorRoute.Create):
                    await WriteJsonAsync(context, fault.StatusCode, KlingErrorBodies.ForStatus(fault.StatusCode)).ConfigureAwait(false);
                    return;
                default:
                    // Applied by the route once its work is done (see RespondAsync).
                    context.Items[ItemsFault] = fault;
                    break;
            }
        }

        await next(context).ConfigureAwait(false);
    }

    private string Truncate(string text) => text.Length <= options.MaxRecordedBodyChars ? text : text[..options.MaxRecordedBodyChars];

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new System.IO.MemoryStream(request.ContentLength is { } n and < int.MaxValue ? (int)n : 4096);
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.GetBuffer().Length == buffer.Length ? buffer.GetBuffer() : buffer.ToArray();
    }

    private static string? ReadExternalId(byte[]? body)
    {
        if (body is null)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            var depth = 0;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        depth++;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        depth--;
                        break;
                    case JsonTokenType.PropertyName when depth == 1 && reader.ValueTextEquals("external_task_id"):
                        reader.Read();
                        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private KlingFault? TakeFault(KlingSimulatorRoute route)
    {
        lock (faults)
        {
            var fault = faults.FirstOrDefault(f => f.Matches(route));
            if (fault is null)
            {
                return options.FaultSource?.Invoke(route);
            }

            var uses = ++faultUses[fault];
            if (uses >= fault.Count)
            {
                faults.Remove(fault);
                faultUses.Remove(fault);
            }

            return fault;
        }
    }

    /// <summary>Writes the answer unless a pending fault replaces it (drop the connection, or an error after the work was done).</summary>
    private static async Task RespondAsync(HttpContext context, int status, JsonObject body)
    {
        if (context.Items.TryGetValue(ItemsFault, out var value) && value is KlingFault fault)
        {
            if (fault.Kind == KlingFaultKind.DropConnection)
            {
                context.Abort();
                return;
            }

            if (fault.Kind == KlingFaultKind.Status)
            {
                await WriteJsonAsync(context, fault.StatusCode, KlingErrorBodies.ForStatus(fault.StatusCode)).ConfigureAwait(false);
                return;
            }
        }

        await WriteJsonAsync(context, status, body).ConfigureAwait(false);
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }

    private static JsonObject Envelope(JsonNode? data) => new()
    {
        ["code"] = 0,
        ["message"] = "SUCCEED",
        ["request_id"] = KlingErrorBodies.NewRequestId(),
        ["data"] = data,
    };

    private long Now() => options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
}
