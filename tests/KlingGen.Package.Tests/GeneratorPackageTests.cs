namespace KlingGen.Package.Tests;

/// <summary>The generator package on its own: a user's spec in AdditionalFiles becomes a working client.</summary>
[Collection(PackageCollection.Name)]
public sealed class GeneratorPackageTests(PackageFeed feed)
{
    private const string KiotaVersion = "2.1.6";

    private const string InventorySpec = """
        openapi: 3.0.3
        info: { title: Inventory, version: 1.0.0 }
        servers: [ { url: 'https://inventory.example.com/api' } ]
        paths:
          /items/{item_id}:
            get:
              operationId: getItem
              parameters:
                - { name: item_id, in: path, required: true, schema: { type: string } }
              responses:
                '200':
                  description: The item.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Item' }
          /items:
            post:
              operationId: addItem
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Item' }
              responses:
                '204': { description: Added. }
        components:
          schemas:
            Item:
              type: object
              required: [sku]
              properties:
                sku: { type: string, maxLength: 8 }
                display_name: { type: string }
        """;

    private const string InventoryProgram = """
        using Inventory.Client;
        using Inventory.Client.Models;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;

        var client = new InventoryClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()));
        var read = client.Items["sku-1"].ToGetRequestInformation();
        Console.WriteLine("GET " + read.URI);

        var tooLong = new Item { Sku = "far-too-long-sku", DisplayName = "Lamp" };
        try
        {
            client.Items.ToPostRequestInformation(tooLong);
            Console.WriteLine("not rejected");
        }
        catch (KlingGen.Constraints.RequestValidationException e)
        {
            Console.WriteLine("rejected: " + string.Join(",", e.Violations.Select(v => v.Field + "/" + v.Rule)));
        }
        """;

    [Fact]
    public void A_spec_in_additional_files_becomes_a_client_that_builds_and_runs()
    {
        var directory = feed.CreateProject(
            "InventoryConsumer",
            InventoryProgram,
            extraProperties: "",
            items: $"""
                <PackageReference Include="KlingGen.Generators" Version="{feed.Version}" PrivateAssets="all" />
                <PackageReference Include="Microsoft.Kiota.Abstractions" Version="{KiotaVersion}" />
                <PackageReference Include="Microsoft.Kiota.Http.HttpClientLibrary" Version="{KiotaVersion}" />
                <PackageReference Include="Microsoft.Kiota.Serialization.Json" Version="{KiotaVersion}" />
                <PackageReference Include="Microsoft.Kiota.Serialization.Text" Version="{KiotaVersion}" />
                <AdditionalFiles Include="inventory.yaml" KlingGenNamespace="Inventory.Client" KlingGenClientName="InventoryClient" />
                """);
        File.WriteAllText(Path.Combine(directory, "inventory.yaml"), InventorySpec);

        var build = PackageFeed.Build(directory);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("CS8784", build.Output);
        Assert.DoesNotContain("CS8785", build.Output);
        Assert.DoesNotContain("KLG0", build.Output);

        var run = PackageFeed.RunBuilt(directory).EnsureSuccess();
        Assert.Contains("GET https://inventory.example.com/api/items/sku-1", run.Output);
        Assert.Contains("rejected: sku/maxLength", run.Output);
    }

    [Fact]
    public void Testing_package_carries_the_simulator_and_depends_on_the_same_sdk_version()
    {
        var entries = feed.Entries("KlingGen.Testing");
        Assert.Contains("lib/net8.0/KlingGen.Testing.dll", entries);

        var nuspec = feed.ReadEntry("KlingGen.Testing", "KlingGen.Testing.nuspec");
        Assert.Contains($"<dependency id=\"KlingGen\" version=\"{feed.Version}\"", nuspec);
        Assert.Contains("Microsoft.AspNetCore.App", nuspec);
    }
}
