using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using KlingGen.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace KlingGen.IntegrationTests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task Registered_client_talks_to_the_configured_service_through_the_http_client_factory()
    {
        await using var sim = await Sim.StartAsync();
        var services = new ServiceCollection();
        services.AddKlingClient(o =>
        {
            o.ApiKey = sim.ApiKey;
            o.BaseUrl = sim.BaseUrl;
            o.Wait = Sim.FastWait.Clone();
        });
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var client = provider.GetRequiredService<KlingApiClient>();
        var result = await client.CreateAvatarVideoAndWaitAsync(await Sim.RequestAsync());

        Assert.Equal(Assert.Single(sim.Tasks).TaskId, result.TaskId);
        Assert.All(sim.Requests, r => Assert.True(r.Authorized || r.Route == KlingGen.Testing.KlingSimulatorRoute.Video));
    }

    [Fact]
    public void Missing_key_and_plain_http_fail_on_start_without_showing_the_key()
    {
        var services = new ServiceCollection();
        services.AddKlingClient(o => o.BaseUrl = "http://api.example.com");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.Contains("COMETAPI_KEY", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("HTTPS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Configuration_section_and_COMETAPI_KEY_fallback_are_read()
    {
        await using var sim = await Sim.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kling:BaseUrl"] = sim.BaseUrl,
            ["Kling:RequestTimeout"] = "00:00:30",
            ["Kling:Wait:InitialPollInterval"] = "00:00:00.020",
            ["COMETAPI_KEY"] = sim.ApiKey,
        }).Build();

        var services = new ServiceCollection();
        services.AddKlingClient(configuration);
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var options = provider.GetRequiredService<IOptions<KlingClientOptions>>().Value;
        Assert.Equal(sim.ApiKey, options.ApiKey);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(20), options.Wait.InitialPollInterval);

        var client = provider.GetRequiredService<KlingApiClient>();
        var task = await client.CreateAvatarTaskAsync(await Sim.RequestAsync());
        Assert.Equal(Assert.Single(sim.Tasks).TaskId, task.TaskId);

        var direct = KlingApiClient.Create(configuration);
        Assert.NotNull(await direct.Kling.V1.Videos.Avatar.Image2video[task.TaskId!].GetAsync());
    }

    [Fact]
    public void Section_key_wins_over_the_fallback()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kling:ApiKey"] = "from-section",
            ["COMETAPI_KEY"] = "from-fallback",
        }).Build();

        Assert.Equal("from-section", KlingClientOptions.FromConfiguration(configuration).ApiKey);
    }
}
