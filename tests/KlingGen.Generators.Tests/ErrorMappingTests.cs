using System.Text.Json;
using System.Threading.Tasks;
using KlingGen.Generators.Tests.Infrastructure;
using KlingGen.TestSupport;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace KlingGen.Generators.Tests;

/// <summary>
/// The generated error mapping, over real HTTP (Kestrel on loopback): specific codes, 4XX/5XX ranges and
/// <c>default</c> each raise the right ApiException subclass with its body parsed.
/// </summary>
public sealed class ErrorMappingTests
{
    private const string Probe = """
        using System;
        using Microsoft.Kiota.Abstractions;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;
        using Specs.ErrorResponses;
        using Specs.ErrorResponses.Models;
        using Specs.ErrorResponses.Transfers;

        namespace Probe;

        public static class Checks
        {
            private static ErrorResponsesClient Client(string baseUrl) =>
                new ErrorResponsesClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()) { BaseUrl = baseUrl });

            public static string Create(string baseUrl, long amount)
            {
                try
                {
                    var created = Client(baseUrl).Transfers.PostAsync(new TransfersPostRequestBody { Amount = amount }).GetAwaiter().GetResult();
                    return "created " + created!.Id;
                }
                catch (ApiException e)
                {
                    return Describe(e);
                }
            }

            public static string Read(string baseUrl, string id)
            {
                try
                {
                    var transfer = Client(baseUrl).Transfers[id].GetAsync().GetAwaiter().GetResult();
                    return "read " + transfer!.Id + " " + transfer.Amount;
                }
                catch (ApiException e)
                {
                    return Describe(e);
                }
            }

            private static string Describe(ApiException e) => e switch
            {
                ValidationProblem v => $"ValidationProblem {e.ResponseStatusCode} {v.Title} {v.Errors![0].Field}",
                Problem p => $"Problem {e.ResponseStatusCode} {p.Title} {p.MessageEscaped}",
                ServerFault f => $"ServerFault {e.ResponseStatusCode} {f.Code} {f.RetryAfterSeconds}",
                _ => $"{e.GetType().Name} {e.ResponseStatusCode}",
            };
        }
        """;

    /// <summary>POST answers with the status given as the amount (never 429/503/504, which Kiota retries); GET fails with 500 for id "boom".</summary>
    private static async Task Handle(HttpContext context)
    {
        int status;
        if (context.Request.Method == "POST")
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            status = (int)body.RootElement.GetProperty("amount").GetInt64();
        }
        else
        {
            status = context.Request.Path.Value!.EndsWith("/boom") ? 500 : 200;
        }

        var json = status switch
        {
            201 => """{"id":"t-1"}""",
            200 => """{"id":"t-2","amount":700}""",
            400 => """{"title":"invalid","errors":[{"field":"amount","reason":"too small"}]}""",
            502 => """{"code":"busy","retry_after_seconds":30}""",
            _ => $$"""{"title":"refused","status":{{status}},"message":"status {{status}}"}""",
        };
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }

    [SkippableTheory]
    [InlineData(201, "created t-1")]
    [InlineData(400, "ValidationProblem 400 invalid amount")]
    [InlineData(404, "Problem 404 refused status 404")]
    [InlineData(409, "Problem 409 refused status 409")]
    [InlineData(418, "Problem 418 refused status 418")]
    [InlineData(502, "ServerFault 502 busy 30")]
    public async Task Post_maps_each_status_to_its_error_type(int status, string expected)
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        await using var server = await LoopbackServer.StartAsync(Handle);

        var outcome = await Task.Run(() => ProbeAssembly.For("error-responses.yaml", Probe).Call("Create", server.BaseUrl, (long)status));

        Assert.Equal(expected, outcome);
    }

    [SkippableTheory]
    [InlineData("t-2", "read t-2 700")]
    [InlineData("boom", "Problem 500 refused status 500")]
    public async Task Get_maps_the_default_response_to_its_error_type(string id, string expected)
    {
        Skip.IfNot(GeneratorStatus.EmitsCode, GeneratorStatus.NotImplementedReason);
        await using var server = await LoopbackServer.StartAsync(Handle);

        var outcome = await Task.Run(() => ProbeAssembly.For("error-responses.yaml", Probe).Call("Read", server.BaseUrl, id));

        Assert.Equal(expected, outcome);
    }
}
