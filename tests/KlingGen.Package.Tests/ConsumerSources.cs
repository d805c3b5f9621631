namespace KlingGen.Package.Tests;

/// <summary>The programs a user might write against the packed SDK.</summary>
internal static class ConsumerSources
{
    public static string Misuse() => $$"""
        using KlingGen.Client.Models;

        var request = new AvatarImage2VideoRequest
        {
            Image = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",
            AudioId = "tts-audio-1",
            SoundFile = "https://example.com/voice.mp3",
            Prompt = "{{new string('x', 3000)}}",
        };
        System.Console.WriteLine(request.Image);
        """;

    public static string Corrected() => """
        using KlingGen.Client.Models;

        var request = new AvatarImage2VideoRequest
        {
            Image = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",
            AudioId = "tts-audio-1",
            Prompt = "Smile and nod while speaking.",
        };
        System.Console.WriteLine(request.Image);
        """;

    public static string UnrelatedUse() => """
        System.Console.WriteLine(typeof(KlingGen.Client.KlingApiClient).FullName);
        System.Console.WriteLine("nothing here builds a request");
        """;
}
