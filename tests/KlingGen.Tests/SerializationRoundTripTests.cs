using KlingGen.Client.Models;
using Xunit;

namespace KlingGen.Tests;

public sealed class SerializationRoundTripTests
{
    [Fact]
    public void Create_request_round_trips_through_the_kiota_json_writer()
    {
        var request = new AvatarImage2VideoRequest
        {
            Image = "aGVsbG8=",
            SoundFile = "https://audio.example.com/voice.mp3",
            Prompt = "Look at the camera",
            Mode = "pro",
            CallbackUrl = "https://hooks.example.com/kling",
            ExternalTaskId = "order-7",
            WatermarkInfo = new KlingWatermarkInfo { Enabled = false },
        };

        var json = TestJson.Write(request);
        var back = TestJson.Read(json, AvatarImage2VideoRequest.CreateFromDiscriminatorValue);

        Assert.Equal(
            """{"image":"aGVsbG8=","sound_file":"https://audio.example.com/voice.mp3","prompt":"Look at the camera","mode":"pro","callback_url":"https://hooks.example.com/kling","external_task_id":"order-7","watermark_info":{"enabled":false}}""",
            json);
        Assert.Equal(request.Image, back.Image);
        Assert.Null(back.AudioId);
        Assert.Equal(request.SoundFile, back.SoundFile);
        Assert.Equal(request.Prompt, back.Prompt);
        Assert.Equal("pro", back.Mode);
        Assert.Equal(request.CallbackUrl, back.CallbackUrl);
        Assert.Equal(request.ExternalTaskId, back.ExternalTaskId);
        Assert.False(back.WatermarkInfo!.Enabled);
        Assert.Equal(json, TestJson.Write(back));
    }

    [Fact]
    public void Task_envelope_round_trips_and_keeps_unknown_fields()
    {
        const string json =
            """{"code":0,"message":"SUCCEED","request_id":"r-1","data":{"task_id":"t-1","task_status":"succeed","task_status_msg":"done","created_at":1777385361501,"updated_at":1777385363321,"task_info":{"external_task_id":"e-1"},"task_result":{"videos":[{"id":"v","url":"https://cdn.example.com/v.mp4","duration":"5"}],"audios":[{"id":"a","url":"https://cdn.example.com/a.mp3","duration":"3"}]},"final_unit_deduction":"1"}}""";

        var envelope = TestJson.Read(json, KlingTaskResponse.CreateFromDiscriminatorValue);

        Assert.Equal("t-1", envelope.Data!.TaskId);
        Assert.Equal(KlingTaskStatus.Succeed, envelope.Data.TaskStatus);
        Assert.Equal("done", envelope.Data.TaskStatusMsg);
        Assert.Equal(1777385361501L, envelope.Data.CreatedAt);
        Assert.Equal("a", Assert.Single(envelope.Data.TaskResult!.Audios!).Id);
        Assert.Equal("1", envelope.Data.AdditionalData["final_unit_deduction"]);

        var rewritten = TestJson.Write(envelope);
        var again = TestJson.Read(rewritten, KlingTaskResponse.CreateFromDiscriminatorValue);
        Assert.Equal(rewritten, TestJson.Write(again));
        Assert.Contains("\"task_status\":\"succeed\"", rewritten);
        Assert.Contains("\"final_unit_deduction\":\"1\"", rewritten);
        Assert.Equal("https://cdn.example.com/v.mp4", again.Data!.TaskResult!.Videos![0].Url);
    }

    [Fact]
    public void Unknown_values_do_not_break_parsing()
    {
        var task = TestJson.Read("""{"task_id":"t","task_status":"queued","created_at":"not a number","extra":{"nested":[1,2]}}""", KlingTask.CreateFromDiscriminatorValue);

        Assert.Equal("t", task.TaskId);
        Assert.Null(task.TaskStatus);
        Assert.True(task.AdditionalData.ContainsKey("extra"));
    }

    [Fact]
    public void Extensible_mode_passes_new_tiers_through()
    {
        var request = new AvatarImage2VideoRequest { Image = "aGVsbG8=", AudioId = "a", Mode = "ultra" };

        Assert.Empty(request.GetConstraintViolations());
        Assert.Contains("\"mode\":\"ultra\"", TestJson.Write(request));
    }

    [Fact]
    public void Error_body_parses_into_the_exception_type()
    {
        var error = TestJson.Read("""{"error":{"message":"model not found","type":"invalid_request_error","code":""}}""", KlingError.CreateFromDiscriminatorValue);

        Assert.Equal("model not found", error.Error!.Message);
        Assert.Equal("API error: model not found", error.Message);
    }
}
