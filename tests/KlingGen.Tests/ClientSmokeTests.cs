using System.Linq;
using System.Threading.Tasks;
using KlingGen.Client.Models;
using KlingGen.Constraints;
using Xunit;

namespace KlingGen.Tests;

public sealed class ClientSmokeTests
{
    private const string CreatedEnvelope =
        """{"code":0,"message":"SUCCEED","request_id":"req-1","data":{"task_id":"860000001","task_status":"submitted","created_at":1777385361501,"updated_at":1777385361501,"task_info":{"external_task_id":"mine-1"}}}""";

    private const string SucceededEnvelope =
        """{"code":0,"message":"SUCCEED","request_id":"req-2","data":{"task_id":"860000001","task_status":"succeed","task_status_msg":"","created_at":1777385361501,"updated_at":1777385363321,"task_info":{},"task_result":{"videos":[{"id":"v-1","url":"https://cdn.example.com/v-1.mp4","watermark_url":"https://cdn.example.com/v-1-wm.mp4","duration":"5.1"}]}}}""";

    [Fact]
    public async Task Create_sends_the_exact_json_and_headers_and_parses_the_envelope()
    {
        await using var server = await RecordingLoopbackServer.StartAsync(_ => new CannedResponse(200, CreatedEnvelope));
        using var test = new TestClient(server.BaseUrl);

        var response = await test.Client.Kling.V1.Videos.Avatar.Image2video.PostAsync(new AvatarImage2VideoRequest
        {
            Image = "https://images.example.com/portrait.png",
            AudioId = "audio-42",
            Prompt = "Smile and nod",
            Mode = "std",
            ExternalTaskId = "mine-1",
            WatermarkInfo = new KlingWatermarkInfo { Enabled = true },
        });

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/kling/v1/videos/avatar/image2video", request.Path);
        Assert.Equal(
            """{"image":"https://images.example.com/portrait.png","audio_id":"audio-42","prompt":"Smile and nod","mode":"std","external_task_id":"mine-1","watermark_info":{"enabled":true}}""",
            request.Body);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.Equal("Bearer " + TestClient.ApiKey, request.Headers["Authorization"]);

        Assert.NotNull(response);
        Assert.Equal(0, response!.Code);
        Assert.Equal("SUCCEED", response.Message);
        Assert.Equal("req-1", response.RequestId);
        Assert.Equal("860000001", response.Data!.TaskId);
        Assert.Equal(KlingTaskStatus.Submitted, response.Data.TaskStatus);
        Assert.Equal(1777385361501L, response.Data.CreatedAt);
        Assert.Equal("mine-1", response.Data.TaskInfo!.ExternalTaskId);
    }

    [Fact]
    public async Task Get_one_task_uses_the_task_id_path_and_parses_the_result()
    {
        await using var server = await RecordingLoopbackServer.StartAsync(_ => new CannedResponse(200, SucceededEnvelope));
        using var test = new TestClient(server.BaseUrl);

        var response = await test.Client.Kling.V1.Videos.Avatar.Image2video["860000001"].GetAsync();

        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/kling/v1/videos/avatar/image2video/860000001", request.Path);
        Assert.Equal("Bearer " + TestClient.ApiKey, request.Headers["Authorization"]);
        Assert.Equal(KlingTaskStatus.Succeed, response!.Data!.TaskStatus);
        var video = Assert.Single(response.Data.TaskResult!.Videos!);
        Assert.Equal("https://cdn.example.com/v-1.mp4", video.Url);
        Assert.Equal("5.1", video.Duration);
        Assert.Equal(1777385363321L, response.Data.UpdatedAt);
    }

    [Fact]
    public async Task List_sends_paging_query_parameters()
    {
        await using var server = await RecordingLoopbackServer.StartAsync(_ => new CannedResponse(200, """{"code":0,"message":"SUCCEED","data":[{"task_id":"1","task_status":"processing"},{"task_id":"2","task_status":"failed","task_status_msg":"bad image"}]}"""));
        using var test = new TestClient(server.BaseUrl);

        var page = await test.Client.Kling.V1.Videos.Avatar.Image2video.GetAsync(c =>
        {
            c.QueryParameters.PageNum = 2;
            c.QueryParameters.PageSize = 10;
        });

        var request = Assert.Single(server.Requests);
        Assert.Equal("?pageNum=2&pageSize=10", request.Query);
        Assert.Equal(new[] { KlingTaskStatus.Processing, KlingTaskStatus.Failed }, page!.Data!.Select(t => t.TaskStatus!.Value));
    }

    [Fact]
    public async Task Error_status_throws_KlingError_with_code_message_and_request_id()
    {
        await using var server = await RecordingLoopbackServer.StartAsync(_ => new CannedResponse(400, """{"code":1201,"message":"Voice id not found","request_id":"req-9"}"""));
        using var test = new TestClient(server.BaseUrl);

        var error = await Assert.ThrowsAsync<KlingError>(() => test.Client.Kling.V1.Audio.Tts.PostAsync(new TextToSpeechRequest
        {
            Text = "Hello",
            VoiceId = "nobody",
            VoiceLanguage = "en",
        }));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal(1201, error.Code);
        Assert.Equal("Voice id not found", error.MessageEscaped);
        Assert.Equal("req-9", error.RequestId);
        Assert.Equal("HTTP 400: code 1201; Voice id not found; request id req-9", error.Message);
        Assert.DoesNotContain(TestClient.ApiKey, error.ToString());
    }

    [Fact]
    public async Task Invalid_body_is_rejected_before_anything_is_sent()
    {
        await using var server = await RecordingLoopbackServer.StartAsync(_ => new CannedResponse(200, CreatedEnvelope));
        using var test = new TestClient(server.BaseUrl);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => test.Client.Kling.V1.Videos.Avatar.Image2video.PostAsync(new AvatarImage2VideoRequest
        {
            Image = "https://images.example.com/portrait.png",
        }));

        Assert.Contains(error.Violations, v => v.Rule == "exactlyOneOf");
        Assert.Empty(server.Requests);
    }
}
