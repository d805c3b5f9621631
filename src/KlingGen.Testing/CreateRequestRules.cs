using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KlingGen.Testing;

/// <summary>Checks an avatar create body the way the service does; returns one line per broken rule.</summary>
internal static class CreateRequestRules
{
    public static List<string> Check(JsonElement body)
    {
        var problems = new List<string>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            problems.Add("the body must be a JSON object");
            return problems;
        }

        var image = ReadString(body, "image", problems);
        if (string.IsNullOrEmpty(image))
        {
            problems.Add("image: required");
        }
        else
        {
            CheckBase64OrUrl("image", image!, problems);
        }

        var audioId = ReadString(body, "audio_id", problems);
        var soundFile = ReadString(body, "sound_file", problems);
        if ((audioId is null) == (soundFile is null))
        {
            problems.Add("audio_id, sound_file: exactly one of them must be set");
        }

        if (soundFile is not null)
        {
            CheckBase64OrUrl("sound_file", soundFile, problems);
        }

        var prompt = ReadString(body, "prompt", problems);
        if (prompt is not null && prompt.Length > 2500)
        {
            problems.Add($"prompt: at most 2500 characters (got {prompt.Length})");
        }

        var callback = ReadString(body, "callback_url", problems);
        if (callback is not null && !(Uri.TryCreate(callback, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            problems.Add("callback_url: must be an absolute http(s) URL");
        }

        ReadString(body, "mode", problems);
        ReadString(body, "external_task_id", problems);
        return problems;
    }

    private static string? ReadString(JsonElement body, string name, List<string> problems)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{name}: must be a string");
            return null;
        }

        return value.GetString();
    }

    private static void CheckBase64OrUrl(string name, string value, List<string> problems)
    {
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{name}: send bare base64 without a data: prefix");
            return;
        }

        if (value.Length % 4 != 0)
        {
            problems.Add($"{name}: not a URL and not valid base64");
            return;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '+' || c == '/' || c == '='))
            {
                problems.Add($"{name}: not a URL and not valid base64");
                return;
            }
        }
    }
}
