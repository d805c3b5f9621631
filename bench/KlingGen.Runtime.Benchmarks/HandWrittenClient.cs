using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;

namespace KlingGen.Runtime.Benchmarks;

/// <summary>The baseline: what a careful hand-written client would do with HttpClient and source-generated System.Text.Json.</summary>
internal sealed class HandWrittenClient : IDisposable
{
    private readonly HttpClient http;

    public HandWrittenClient(string baseUrl, string apiKey)
    {
        http = new HttpClient { BaseAddress = new Uri(baseUrl + "/kling/v1/videos/avatar/image2video/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public async Task<string> CreateAsync(CreateBody body)
    {
        using var response = await http.PostAsJsonAsync(new Uri(http.BaseAddress!.AbsoluteUri.TrimEnd('/')), body, HandWrittenJson.Default.CreateBody).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var envelope = await response.Content.ReadFromJsonAsync(HandWrittenJson.Default.TaskEnvelope).ConfigureAwait(false);
        return envelope?.Code == 0 && envelope.Data?.TaskId is { } id ? id : throw new InvalidOperationException("create refused");
    }

    public async Task<string?> QueryAsync(string taskId)
    {
        var envelope = await http.GetFromJsonAsync(taskId, HandWrittenJson.Default.TaskEnvelope).ConfigureAwait(false);
        return envelope?.Data?.TaskStatus;
    }

    public void Dispose() => http.Dispose();
}

internal sealed class CreateBody
{
    [JsonPropertyName("image")]
    public string? Image { get; set; }

    [JsonPropertyName("audio_id")]
    public string? AudioId { get; set; }

    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    [JsonPropertyName("external_task_id")]
    public string? ExternalTaskId { get; set; }
}

internal sealed class TaskEnvelope
{
    [JsonPropertyName("code")]
    public int Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("data")]
    public TaskData? Data { get; set; }
}

internal sealed class TaskData
{
    [JsonPropertyName("task_id")]
    public string? TaskId { get; set; }

    [JsonPropertyName("task_status")]
    public string? TaskStatus { get; set; }
}

[JsonSerializable(typeof(CreateBody))]
[JsonSerializable(typeof(TaskEnvelope))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class HandWrittenJson : JsonSerializerContext
{
}
