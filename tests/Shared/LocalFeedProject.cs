using System.IO;

namespace KlingGen.TestSupport;

/// <summary>Writes a console project outside the repository that restores packages from a local feed as well.</summary>
internal static class LocalFeedProject
{
    public static string Create(string parentDirectory, string name, string feedDirectory, string items, string extraProperties = "")
    {
        var directory = Path.Combine(parentDirectory, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="klinggen-local" value="{feedDirectory}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                {items}
              </ItemGroup>
            </Project>
            """);
        return directory;
    }
}
