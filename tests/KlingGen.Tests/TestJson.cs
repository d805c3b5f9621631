using System.IO;
using System.Text;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace KlingGen.Tests;

/// <summary>Serializes and parses models with the Kiota JSON writer and parse node, as the client does on the wire.</summary>
internal static class TestJson
{
    public static string Write<T>(T value)
        where T : IParsable
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, value);
        using var stream = writer.GetSerializedContent();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static T Read<T>(string json, ParsableFactory<T> factory)
        where T : IParsable
    {
        using var document = JsonDocument.Parse(json);
        var node = new JsonParseNode(document.RootElement.Clone());
        return node.GetObjectValue(factory)!;
    }
}
