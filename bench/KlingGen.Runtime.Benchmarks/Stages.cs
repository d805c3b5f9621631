using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using KlingGen.Client;
using KlingGen.Client.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace KlingGen.Runtime.Benchmarks;

/// <summary>
/// The client-side stages of one create + query without the network, each next to what the hand-written client does
/// for the same step: where the generated client's extra CPU time and allocations go.
/// </summary>
internal static class Stages
{
    private const string QueryResponse =
        "{\"code\":0,\"message\":\"SUCCEED\",\"request_id\":\"3c1f1a7e-8d4c-4a57-9f5e-0b7f2e6d9a11\",\"data\":{\"task_id\":\"860000000000123456\"," +
        "\"task_status\":\"processing\",\"task_status_msg\":\"\",\"task_info\":{\"external_task_id\":\"b0c3f7c25a8e4c0c9d3f6a1b2c3d4e5f\"}," +
        "\"created_at\":1764000000000,\"updated_at\":1764000000500}}";

    public static async Task RunAsync(int iterations)
    {
        var adapter = new HttpClientRequestAdapter(new StaticBearerAuthentication("key"), httpClient: new HttpClient()) { BaseUrl = "http://127.0.0.1:5080" };
        var client = new KlingApiClient(adapter);
        var responseBytes = Encoding.UTF8.GetBytes(QueryResponse);
        var body = new AvatarImage2VideoRequest { Image = "https://example.com/portrait.png", AudioId = "audio-1", Prompt = "Smile.", ExternalTaskId = "b0c3f7c25a8e4c0c9d3f6a1b2c3d4e5f" };
        var handBody = new CreateBody { Image = body.Image, AudioId = body.AudioId, Prompt = body.Prompt, ExternalTaskId = body.ExternalTaskId };
        var prepared = client.Kling.V1.Videos.Avatar.Image2video["860000000000123456"].ToGetRequestInformation();
        var requestUri = new Uri("http://127.0.0.1:5080/kling/v1/videos/avatar/image2video");

        var stages = new (string Name, Func<Task> Run)[]
        {
            ("validate: Validate()", () => { body.Validate(); return Task.CompletedTask; }),
            ("create body: ToPostRequestInformation (validate + RequestInformation + JsonSerializationWriter)", () => { client.Kling.V1.Videos.Avatar.Image2video.ToPostRequestInformation(body); return Task.CompletedTask; }),
            ("create body, hand-written: JsonSerializer.SerializeToUtf8Bytes (source-generated)", () => { JsonSerializer.SerializeToUtf8Bytes(handBody, HandWrittenJson.Default.CreateBody); return Task.CompletedTask; }),
            ("request message: ConvertToNativeRequestAsync (URI template + headers + content)", async () =>
            {
                var info = client.Kling.V1.Videos.Avatar.Image2video.ToPostRequestInformation(body);
                using var message = await adapter.ConvertToNativeRequestAsync<HttpRequestMessage>(info);
            }),
            ("request message, hand-written: new HttpRequestMessage + ByteArrayContent", () =>
            {
                using var message = new HttpRequestMessage(HttpMethod.Post, requestUri) { Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(handBody, HandWrittenJson.Default.CreateBody)) };
                return Task.CompletedTask;
            }),
            ("query URL: Image2video[id].ToGetRequestInformation().URI", () => { _ = client.Kling.V1.Videos.Avatar.Image2video["860000000000123456"].ToGetRequestInformation().URI; return Task.CompletedTask; }),
            ("one more read of RequestInformation.URI (the template is expanded on every read)", () => { _ = prepared.URI; return Task.CompletedTask; }),
            ("response: JsonParseNode -> KlingTaskResponse", async () =>
            {
                var node = await ParseNodeFactoryRegistry.DefaultInstance.GetRootParseNodeAsync("application/json", new MemoryStream(responseBytes, writable: false));
                node.GetObjectValue(KlingTaskResponse.CreateFromDiscriminatorValue);
            }),
            ("response, hand-written: JsonSerializer.DeserializeAsync (source-generated)", async () =>
            {
                await JsonSerializer.DeserializeAsync(new MemoryStream(responseBytes, writable: false), HandWrittenJson.Default.TaskEnvelope);
            }),
        };

        Console.WriteLine($"Stages without the network, {iterations} iterations each (one create body, one request message, one parsed response).");
        Console.WriteLine();
        Console.WriteLine("| Stage | CPU µs/op | Allocated B/op |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (_, run) in stages)
        {
            for (var i = 0; i < iterations; i++)
            {
                await run();
            }
        }

        foreach (var (name, run) in stages)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var bytes0 = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < iterations; i++)
            {
                await run();
            }

            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMicroseconds / iterations;
            var bytes = (GC.GetTotalAllocatedBytes(precise: true) - bytes0) / (double)iterations;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {cpu:F1} | {bytes:F0} |"));
        }
    }
}
