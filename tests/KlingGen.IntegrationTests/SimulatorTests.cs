using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using KlingGen.Testing;
using Xunit;

namespace KlingGen.IntegrationTests;

/// <summary>The simulator itself, spoken to with a bare HttpClient.</summary>
public sealed class SimulatorTests
{
    private const string Route = "/kling/v1/videos/avatar/image2video";

    [Fact]
    public async Task Requests_without_the_key_get_Klings_401_codes()
    {
        await using var sim = await KlingSimulator.StartAsync(Fast());
        using var http = new HttpClient();

        var missing = await http.GetAsync(sim.BaseUrl + Route + "/1");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        var wrong = await http.GetAsync(sim.BaseUrl + Route + "/1");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(1001, Code(await missing.Content.ReadAsStringAsync()));
        Assert.Equal(1002, Code(await wrong.Content.ReadAsStringAsync()));
        Assert.All(sim.Requests, r => Assert.False(r.Authorized));
    }

    [Fact]
    public async Task Task_moves_through_its_lifecycle_and_serves_a_valid_mp4()
    {
        await using var sim = await KlingSimulator.StartAsync(Fast());
        using var http = Authorized(sim);

        var created = await PostAsync(http, sim, """{"image":"https://example.com/a.png","audio_id":"a1","external_task_id":"ext-1"}""");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        using var createdJson = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal(0, createdJson.RootElement.GetProperty("code").GetInt32());
        Assert.Equal("submitted", createdJson.RootElement.GetProperty("data").GetProperty("task_status").GetString());

        var task = sim.Tasks.Single();
        await WaitUntil(() => task.Status == "succeed");

        using var byExternal = JsonDocument.Parse(await http.GetStringAsync(sim.BaseUrl + Route + "/ext-1"));
        var data = byExternal.RootElement.GetProperty("data");
        Assert.Equal(task.TaskId, data.GetProperty("task_id").GetString());
        var url = data.GetProperty("task_result").GetProperty("videos")[0].GetProperty("url").GetString()!;

        var mp4 = await new HttpClient().GetByteArrayAsync(url);
        Assert.Equal("ftyp", Encoding.ASCII.GetString(mp4, 4, 4));
        var sound = await KlingMedia.PrepareSoundAsync(new System.IO.MemoryStream(mp4), "result.mp4");
        Assert.Equal(3, sound.Duration!.Value.TotalSeconds, 2);
    }

    [Fact]
    public async Task Invalid_bodies_get_code_1201_and_duplicate_external_ids_are_refused()
    {
        await using var sim = await KlingSimulator.StartAsync(Fast());
        using var http = Authorized(sim);

        var bothAudio = await PostAsync(http, sim, """{"image":"data:image/png;base64,AAAA","audio_id":"a","sound_file":"AAAA"}""");
        Assert.Equal(HttpStatusCode.BadRequest, bothAudio.StatusCode);
        var message = await bothAudio.Content.ReadAsStringAsync();
        Assert.Equal(1201, Code(message));
        Assert.Contains("exactly one", message, StringComparison.Ordinal);
        Assert.Contains("data:", message, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, sim, """{"image":"AAAA","audio_id":"a","external_task_id":"same"}""")).StatusCode);
        var duplicate = await PostAsync(http, sim, """{"image":"AAAA","audio_id":"a","external_task_id":"same"}""");
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Single(sim.Tasks);
    }

    [Fact]
    public async Task Callbacks_receive_each_status_change()
    {
        await using var receiver = await KlingSimulator.StartAsync(Fast());
        await using var sim = await KlingSimulator.StartAsync(Fast());
        using var http = Authorized(sim);

        // Any HTTP endpoint will do as a receiver; the other simulator answers 401 but records the posts.
        var callbackUrl = receiver.BaseUrl + "/hook";
        await PostAsync(http, sim, $$"""{"image":"AAAA","audio_id":"a","callback_url":"{{callbackUrl}}"}""");
        await WaitUntil(() => sim.Callbacks.Count == 2);

        Assert.Equal(new[] { "processing", "succeed" }, sim.Callbacks.Select(c => c.TaskStatus));
        var posts = receiver.Requests.Where(r => r.Path == "/hook").ToList();
        Assert.Equal(2, posts.Count);
        Assert.Contains("\"task_status\":\"succeed\"", posts[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_returns_newest_first_with_paging()
    {
        await using var sim = await KlingSimulator.StartAsync(Fast());
        using var http = Authorized(sim);
        for (var i = 0; i < 3; i++)
        {
            await PostAsync(http, sim, """{"image":"AAAA","audio_id":"a"}""");
        }

        using var page = JsonDocument.Parse(await http.GetStringAsync(sim.BaseUrl + Route + "?pageNum=1&pageSize=2"));
        var ids = page.RootElement.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("task_id").GetString()).ToArray();
        Assert.Equal(new[] { sim.Tasks[2].TaskId, sim.Tasks[1].TaskId }, ids);
    }

    [Fact]
    public async Task Injected_faults_hit_the_matching_route_the_given_number_of_times()
    {
        await using var sim = await KlingSimulator.StartAsync(Fast());
        using var http = Authorized(sim);
        sim.Inject(KlingFault.ServerError(502, KlingSimulatorRoute.Query).Times(2));
        sim.Inject(KlingFault.RateLimited(TimeSpan.FromSeconds(3), KlingSimulatorRoute.Create));

        var limited = await PostAsync(http, sim, """{"image":"AAAA","audio_id":"a"}""");
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), limited.Headers.RetryAfter!.Delta);
        Assert.Equal(1303, Code(await limited.Content.ReadAsStringAsync()));
        Assert.Empty(sim.Tasks);

        var first = await http.GetAsync(sim.BaseUrl + Route + "/x");
        var second = await http.GetAsync(sim.BaseUrl + Route + "/x");
        var third = await http.GetAsync(sim.BaseUrl + Route + "/x");
        Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
        Assert.Contains("\"error\"", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadGateway, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, third.StatusCode);
        Assert.Equal(1203, Code(await third.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Dropped_connection_still_creates_the_task()
    {
        await using var sim = await KlingSimulator.StartAsync(Fast());
        using var http = Authorized(sim);
        sim.Inject(KlingFault.DropConnection(KlingSimulatorRoute.Create));

        await Assert.ThrowsAsync<HttpRequestException>(() => PostAsync(http, sim, """{"image":"AAAA","audio_id":"a","external_task_id":"lost"}"""));
        Assert.NotNull(sim.FindTask("lost"));
    }

    internal static KlingSimulatorOptions Fast() => new()
    {
        SubmittedDuration = TimeSpan.FromMilliseconds(50),
        ProcessingDuration = TimeSpan.FromMilliseconds(100),
    };

    internal static async Task WaitUntil(Func<bool> condition, int timeoutMs = 10_000)
    {
        var started = Environment.TickCount64;
        while (!condition())
        {
            Assert.True(Environment.TickCount64 - started < timeoutMs, "condition not met in time");
            await Task.Delay(20);
        }
    }

    private static HttpClient Authorized(KlingSimulator sim)
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", sim.ApiKey);
        return http;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, KlingSimulator sim, string json) =>
        http.PostAsync(sim.BaseUrl + Route, new StringContent(json, Encoding.UTF8, "application/json"));

    private static int Code(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("code").GetInt32();
    }
}
