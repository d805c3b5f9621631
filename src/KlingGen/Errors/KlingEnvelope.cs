using KlingGen.Client.Models;

namespace KlingGen;

/// <summary>Turns Kling's success envelope into its task, or into a <see cref="KlingError"/> when <c>code</c> is not 0.</summary>
internal static class KlingEnvelope
{
    /// <summary>Codes meaning the task (or resource) does not exist.</summary>
    public static bool IsNotFound(KlingError error) => error.HttpStatus == 404 || error.KlingCode == 1203;

    public static KlingTask Unwrap(KlingTaskResponse? response, string operation)
    {
        if (response is null)
        {
            throw KlingError.FromEnvelope(0, $"{operation}: the service returned an empty body.", null);
        }

        if (response.Code is { } code && code != 0)
        {
            throw KlingError.FromEnvelope(code, response.Message, response.RequestId);
        }

        return response.Data ?? throw KlingError.FromEnvelope(response.Code ?? 0, $"{operation}: the response had no task data.", response.RequestId);
    }
}
