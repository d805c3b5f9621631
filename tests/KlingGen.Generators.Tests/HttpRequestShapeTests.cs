using System.Collections.Concurrent;
using System.IO;
using System.Threading.Tasks;
using KlingGen.Generators.Tests.Infrastructure;
using KlingGen.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Xunit;

namespace KlingGen.Generators.Tests;

/// <summary>
/// What generated clients put on the wire, seen by a Kestrel server on loopback: escaped path parameters, typed
/// query parameters (booleans, arrays, enums, names needing escapes), binary bodies in and out, HEAD and 204.
/// </summary>
public sealed class HttpRequestShapeTests
{
    private const string Specs = "parameters.yaml|arrays.yaml|binary-and-no-content.yaml";

    private const string Probe = """
        using System;
        using System.IO;
        using System.Linq;
        using System.Text;
        using Microsoft.Kiota.Abstractions;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;

        namespace Probe;

        public static class Checks
        {
            private static HttpClientRequestAdapter Adapter(string baseUrl) =>
                new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()) { BaseUrl = baseUrl };

            public static string Parameters(string baseUrl)
            {
                var client = new Specs.Parameters.ParametersClient(Adapter(baseUrl));
                var one = client.Accounts["acc 1"].Events["42"].GetAsync(c =>
                {
                    c.QueryParameters.Expand = true;
                    c.QueryParameters.Fields = "a,b";
                    c.QueryParameters.PageSize = 10;
                }).GetAwaiter().GetResult();
                var list = client.Accounts["acc 1"].Events.GetAsync(c =>
                {
                    c.QueryParameters.Limit = 5;
                    c.QueryParameters.Order = Specs.Parameters.Accounts.Item.Events.GetOrderQueryParameterType.Desc;
                }).GetAwaiter().GetResult();
                return one!.Id + " " + list!.Count;
            }

            public static string Arrays(string baseUrl)
            {
                var client = new Specs.Arrays.ArraysClient(Adapter(baseUrl));
                var result = client.Collections.GetAsync(c =>
                {
                    c.QueryParameters.Tags = new[] { "x", "y z" };
                    c.QueryParameters.Ids = new int?[] { 1, 2 };
                }).GetAwaiter().GetResult();
                return string.Join(",", result!.Words!);
            }

            public static string Binary(string baseUrl)
            {
                var client = new Specs.BinaryAndNoContent.BinaryAndNoContentClient(Adapter(baseUrl));
                var file = client.Files["report.bin"];
                file.PutAsync(new MemoryStream(new byte[] { 1, 2, 3, 254, 255 })).GetAwaiter().GetResult();
                using var download = file.GetAsync().GetAwaiter().GetResult();
                var copy = new MemoryStream();
                download!.CopyTo(copy);
                file.DeleteAsync().GetAwaiter().GetResult();
                client.Ping.HeadAsync().GetAwaiter().GetResult();
                return string.Join(",", copy.ToArray());
            }
        }
        """;

    private static async Task<(LoopbackServer Server, ConcurrentQueue<string> Seen)> StartAsync()
    {
        var seen = new ConcurrentQueue<string>();
        var server = await LoopbackServer.StartAsync(async context =>
        {
            var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
            var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            seen.Enqueue($"{context.Request.Method} {target} {context.Request.ContentType} [{string.Join(",", body.ToArray())}]");

            var path = context.Request.Path.Value!;
            if (context.Request.Method is "PUT" or "DELETE" or "HEAD")
            {
                context.Response.StatusCode = 204;
                return;
            }

            if (path.StartsWith("/files/"))
            {
                context.Response.ContentType = "application/octet-stream";
                await context.Response.Body.WriteAsync(new byte[] { 9, 8, 7, 0, 255 });
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(path switch
            {
                "/accounts/acc 1/events/42" => """{"id":42,"kind":"k"}""",
                "/accounts/acc 1/events" => """[{"id":1},{"id":2}]""",
                _ => """{"words":["w1","w2"]}""",
            });
        });
        return (server, seen);
    }

    [SkippableFact]
    public async Task Path_and_query_parameters_are_escaped_and_typed_on_the_wire()
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var (server, seen) = await StartAsync();
        await using var _ = server;

        var result = await Task.Run(() => ProbeAssembly.For(Specs, Probe).Call("Parameters", server.BaseUrl));

        Assert.Equal("42 2", result);
        Assert.Equal(
            ["GET /accounts/acc%201/events/42?expand=true&fields=a%2Cb&page%5Bsize%5D=10  []", "GET /accounts/acc%201/events?limit=5&order=desc  []"],
            seen);
    }

    [SkippableFact]
    public async Task Array_query_parameters_are_comma_separated()
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var (server, seen) = await StartAsync();
        await using var _ = server;

        var result = await Task.Run(() => ProbeAssembly.For(Specs, Probe).Call("Arrays", server.BaseUrl));

        Assert.Equal("w1,w2", result);
        Assert.Equal(["GET /collections?tags=x,y%20z&ids=1,2  []"], seen);
    }

    [SkippableFact]
    public async Task Binary_bodies_go_out_and_come_back_as_streams()
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        var (server, seen) = await StartAsync();
        await using var _ = server;

        var result = await Task.Run(() => ProbeAssembly.For(Specs, Probe).Call("Binary", server.BaseUrl));

        Assert.Equal("9,8,7,0,255", result);
        Assert.Equal(
            ["PUT /files/report.bin application/octet-stream [1,2,3,254,255]", "GET /files/report.bin  []", "DELETE /files/report.bin  []", "HEAD /ping  []"],
            seen);
    }
}
