namespace KlingGen.Analyzers.Infrastructure;

internal static class DisplayText
{
    private const int MaxShown = 40;

    /// <summary>Shortens a constant for a diagnostic message.</summary>
    public static string Shorten(string value) =>
        value.Length <= MaxShown ? value : value.Substring(0, MaxShown) + "...";
}
