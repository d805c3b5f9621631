using System.IO;
using System.Linq;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Xunit;

namespace KlingGen.Tests;

public sealed class SpecLintTests
{
    [Fact]
    public void Spec_parses_with_no_errors_and_no_warnings()
    {
        var path = Path.Combine(System.AppContext.BaseDirectory, "openapi", "kling.yaml");
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();

        var result = OpenApiDocument.Parse(File.ReadAllText(path), "yaml", settings);

        Assert.NotNull(result.Document);
        Assert.Empty(result.Diagnostic!.Errors.Select(e => e.ToString()));
        Assert.Empty(result.Diagnostic.Warnings.Select(e => e.ToString()));
        var validation = result.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? Enumerable.Empty<OpenApiError>();
        Assert.Empty(validation.Select(e => e.ToString()));
    }

    [Fact]
    public void Spec_declares_the_routes_the_sdk_contract_relies_on()
    {
        var path = Path.Combine(System.AppContext.BaseDirectory, "openapi", "kling.yaml");
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        var document = OpenApiDocument.Parse(File.ReadAllText(path), "yaml", settings).Document!;

        Assert.Contains("/kling/v1/videos/avatar/image2video", document.Paths.Keys);
        Assert.Contains("/kling/v1/videos/avatar/image2video/{task_id}", document.Paths.Keys);
        Assert.Contains("/kling/v1/audio/tts", document.Paths.Keys);
        Assert.Equal("https://api.cometapi.com", document.Servers!.Single().Url);
    }
}
