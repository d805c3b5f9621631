namespace KlingGen.Generators.Model;

/// <summary>One opted-in AdditionalFile: everything the expensive parse step depends on, and nothing else.</summary>
internal sealed record SpecInput(string Path, string Text, string Namespace, string ClientName, bool ClientNameGiven);
