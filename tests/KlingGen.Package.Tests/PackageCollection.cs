namespace KlingGen.Package.Tests;

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Packed KlingGen";
}
