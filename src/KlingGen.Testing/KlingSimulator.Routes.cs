using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace KlingGen.Testing;

public sealed partial class KlingSimulator
{
    private async Task CreateAsync(HttpContext context)
    {
        var body = context.Items.TryGetValue("kling.body", out var raw) ? raw as byte[] : null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body ?? Array.Empty<byte>());
        }
        catch (JsonException e)
        {
            await RespondAsync(context, 400, KlingErrorBodies.Kling(1200, "Invalid request body: " + e.Message)).ConfigureAwait(false);
            return;
        }

        string? externalId, callbackUrl, prompt, mode;
        using (document)
        {
            var problems = ValidateCreateBody(document.RootElement, body!);
            if (problems.Count > 0)
            {
                await RespondAsync(context, 400, KlingErrorBodies.Kling(1201, "Invalid request parameters: " + string.Join("; ", problems))).ConfigureAwait(false);
                return;
            }

            var root = document.RootElement;
            externalId = OptionalString(root, "external_task_id");
            callbackUrl = OptionalString(root, "callback_url");
            prompt = OptionalString(root, "prompt");
            mode = OptionalString(root, "mode") ?? "std";
        }

        var task = TryCreateTask(externalId, callbackUrl, prompt, mode);
        if (task is null)
        {
            await RespondAsync(context, 400, KlingErrorBodies.Kling(1201, $"external_task_id '{externalId}' already exists")).ConfigureAwait(false);
            return;
        }

        var data = task.ToJson();
        data.Remove("task_result");
        data.Remove("task_status_msg");
        await RespondAsync(context, 200, Envelope(data)).ConfigureAwait(false);
    }

    private async Task QueryAsync(HttpContext context, string id)
    {
        var task = FindTask(id);
        if (task is null)
        {
            await RespondAsync(context, 404, KlingErrorBodies.Kling(1203, $"Task {id} not found")).ConfigureAwait(false);
            return;
        }

        await RespondAsync(context, 200, Envelope(task.ToJson())).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var pageNum = ReadInt(context.Request.Query["pageNum"], 1);
        var pageSize = ReadInt(context.Request.Query["pageSize"], 30);
        if (pageNum is < 1 or > 1000 || pageSize is < 1 or > 500)
        {
            await RespondAsync(context, 400, KlingErrorBodies.Kling(1201, "pageNum must be 1..1000 and pageSize 1..500")).ConfigureAwait(false);
            return;
        }

        var page = Tasks.Reverse().Skip((pageNum - 1) * pageSize).Take(pageSize).Select(t => (JsonNode)t.ToJson()).ToArray();
        await RespondAsync(context, 200, Envelope(new JsonArray(page))).ConfigureAwait(false);
    }

    private async Task TextToSpeechAsync(HttpContext context)
    {
        var body = context.Items.TryGetValue("kling.body", out var raw) ? raw as byte[] : null;
        string? text, voiceId, language;
        try
        {
            using var document = JsonDocument.Parse(body ?? Array.Empty<byte>());
            text = OptionalString(document.RootElement, "text");
            voiceId = OptionalString(document.RootElement, "voice_id");
            language = OptionalString(document.RootElement, "voice_language");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            await RespondAsync(context, 400, KlingErrorBodies.Kling(1200, "Invalid request body")).ConfigureAwait(false);
            return;
        }

        if (string.IsNullOrEmpty(text) || text!.Length > 1000 || string.IsNullOrEmpty(voiceId) || string.IsNullOrEmpty(language))
        {
            await RespondAsync(context, 400, KlingErrorBodies.Kling(1201, "text (1..1000 characters), voice_id and voice_language are required")).ConfigureAwait(false);
            return;
        }

        if (voiceId!.StartsWith("unknown", StringComparison.Ordinal))
        {
            await RespondAsync(context, 400, KlingErrorBodies.Nested(1201, "Voice id not found")).ConfigureAwait(false);
            return;
        }

        var now = Now();
        var id = NextTaskId();
        var data = new JsonObject
        {
            ["task_id"] = id,
            ["task_status"] = "succeed",
            ["created_at"] = now,
            ["updated_at"] = now,
            ["task_info"] = new JsonObject(),
            ["task_result"] = new JsonObject
            {
                ["audios"] = new JsonArray(new JsonObject { ["id"] = "audio-" + id, ["url"] = $"{BaseUrl}/results/{id}.mp3", ["duration"] = "3.0" }),
            },
        };
        await RespondAsync(context, 200, Envelope(data)).ConfigureAwait(false);
    }

    private async Task VideoAsync(HttpContext context, string file)
    {
        var id = file.EndsWith(".mp4", StringComparison.Ordinal) ? file[..^4] : file;
        if (!tasksById.TryGetValue(id, out var task) || task.Status != "succeed")
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (context.Items.TryGetValue(ItemsFault, out var pending) && pending is KlingFault { Kind: KlingFaultKind.DropConnection })
        {
            context.Abort();
            return;
        }

        context.Response.ContentType = "video/mp4";
        context.Response.ContentLength = video.Length;
        await context.Response.Body.WriteAsync(video, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The service's rules for a create body; the SDK checks the same rules before sending.</summary>
    private static List<string> ValidateCreateBody(JsonElement root, byte[] utf8) => CreateRequestRules.Check(root);

    private KlingSimulatedTask? TryCreateTask(string? externalId, string? callbackUrl, string? prompt, string mode)
    {
        var task = new KlingSimulatedTask(NextTaskId(), externalId, callbackUrl, prompt, mode, Now());
        if (externalId is not null && !tasksByExternalId.TryAdd(externalId, task))
        {
            return null;
        }

        tasksById[task.TaskId] = task;
        lock (taskOrder)
        {
            taskOrder.Add(task);
        }

        task.VideoUrl = $"{BaseUrl}/results/{task.TaskId}.mp4";
        task.VideoDurationSeconds = options.VideoDuration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        _ = RunLifecycleAsync(task, options.FailureReason(prompt));
        return task;
    }

    private async Task RunLifecycleAsync(KlingSimulatedTask task, string? failureReason)
    {
        try
        {
            await Task.Delay(options.SubmittedDuration, options.TimeProvider, stopping.Token).ConfigureAwait(false);
            task.MoveTo("processing", null, Now());
            await PostCallbackAsync(task).ConfigureAwait(false);
            await Task.Delay(options.ProcessingDuration, options.TimeProvider, stopping.Token).ConfigureAwait(false);
            if (failureReason is null)
            {
                task.MoveTo("succeed", null, Now());
            }
            else
            {
                task.MoveTo("failed", failureReason, Now());
            }

            await PostCallbackAsync(task).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task PostCallbackAsync(KlingSimulatedTask task)
    {
        if (task.CallbackUrl is null)
        {
            return;
        }

        var status = task.Status;
        try
        {
            using var content = new StringContent(task.ToJson().ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await callbackClient.PostAsync(task.CallbackUrl, content, stopping.Token).ConfigureAwait(false);
            callbacks.Enqueue(new KlingRecordedCallback(task.TaskId, task.CallbackUrl, status, (int)response.StatusCode, null));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            callbacks.Enqueue(new KlingRecordedCallback(task.TaskId, task.CallbackUrl, status, null, e.GetType().Name + ": " + e.Message));
        }
    }

    private string NextTaskId() => Interlocked.Increment(ref nextTaskNumber).ToString(CultureInfo.InvariantCulture);

    private static string? OptionalString(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int ReadInt(Microsoft.Extensions.Primitives.StringValues value, int fallback) =>
        value.Count == 0 ? fallback : int.TryParse(value[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;
}
