namespace KlingGen;

/// <summary>Keeps secrets out of text.</summary>
internal static class KlingSecrets
{
    /// <summary>What is shown instead of a secret.</summary>
    public const string Redacted = "***";

    /// <summary>Returns a redacted form that tells whether a value is set without revealing any of it.</summary>
    public static string Describe(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : Redacted;
}
