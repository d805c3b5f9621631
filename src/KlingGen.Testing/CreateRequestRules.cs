using System.Collections.Generic;
using System.Text.Json;
using KlingGen.Client.Models;
using Microsoft.Kiota.Serialization.Json;

namespace KlingGen.Testing;

/// <summary>
/// Checks an avatar create body the way the service does: JSON types first, then the very rules the SDK applies
/// before sending (the generated <see cref="AvatarImage2VideoRequest.GetConstraintViolations"/>).
/// </summary>
internal static class CreateRequestRules
{
    private static readonly string[] StringFields = { "image", "audio_id", "sound_file", "prompt", "mode", "callback_url", "external_task_id" };

    public static List<string> Check(JsonElement body)
    {
        var problems = new List<string>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            problems.Add("the body must be a JSON object");
            return problems;
        }

        foreach (var name in StringFields)
        {
            if (body.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                problems.Add($"{name}: must be a string");
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var request = new JsonParseNode(body).GetObjectValue(AvatarImage2VideoRequest.CreateFromDiscriminatorValue);
        foreach (var violation in request?.GetConstraintViolations() ?? new[] { new KlingGen.Constraints.ConstraintViolation("body", "Body", "required", "the body is empty") })
        {
            problems.Add(violation.Message);
        }

        return problems;
    }
}
