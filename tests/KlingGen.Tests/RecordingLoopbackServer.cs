using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KlingGen.TestSupport;
using Microsoft.AspNetCore.Http;

namespace KlingGen.Tests;

/// <summary>A request as it reached the loopback server.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>A canned answer: status code and JSON body.</summary>
internal sealed record CannedResponse(int StatusCode, string Json);

/// <summary>A loopback server that records every request and answers with a canned response.</summary>
internal sealed class RecordingLoopbackServer : IAsyncDisposable
{
    private readonly List<RecordedRequest> _requests = new();
    private LoopbackServer? _server;

    private RecordingLoopbackServer()
    {
    }

    public string BaseUrl => _server!.BaseUrl;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public static async Task<RecordingLoopbackServer> StartAsync(Func<RecordedRequest, CannedResponse> respond)
    {
        var recorder = new RecordingLoopbackServer();
        recorder._server = await LoopbackServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var recorded = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, context.Request.QueryString.Value ?? string.Empty, headers, body);
            lock (recorder._requests)
            {
                recorder._requests.Add(recorded);
            }

            var response = respond(recorded);
            context.Response.StatusCode = response.StatusCode;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Json);
        });
        return recorder;
    }

    public ValueTask DisposeAsync() => _server!.DisposeAsync();
}
