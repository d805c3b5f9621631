using KlingGen.Client;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Xunit;

namespace KlingGen.Tests;

public sealed class RequestBuilderTests
{
    private static KlingApiClient NewClient(out HttpClientRequestAdapter adapter)
    {
        adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider());
        return new KlingApiClient(adapter);
    }

    [Fact]
    public void Root_client_defaults_to_the_spec_server()
    {
        NewClient(out var adapter);

        Assert.Equal("https://api.cometapi.com", adapter.BaseUrl);
    }

    [Fact]
    public void Root_client_keeps_a_base_url_that_is_already_set()
    {
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()) { BaseUrl = "http://127.0.0.1:5000" };
        var client = new KlingApiClient(adapter);

        var request = client.Kling.V1.Audio.Tts.ToPostRequestInformation(new Client.Models.TextToSpeechRequest { Text = "Hi", VoiceId = "v", VoiceLanguage = "en" });

        Assert.Equal("http://127.0.0.1:5000/kling/v1/audio/tts", request.URI.ToString());
    }

    [Fact]
    public void Task_ids_are_escaped_into_a_single_path_segment()
    {
        var client = NewClient(out _);

        var request = client.Kling.V1.Videos.Avatar.Image2video["a/b?c"].ToGetRequestInformation();

        Assert.Equal("https://api.cometapi.com/kling/v1/videos/avatar/image2video/a%2Fb%3Fc", request.URI.AbsoluteUri);
        Assert.Equal("application/json", Assert.Single(request.Headers["Accept"]));
    }

    [Fact]
    public void List_query_parameters_fill_the_url_template()
    {
        var client = NewClient(out _);

        var request = client.Kling.V1.Videos.Avatar.Image2video.ToGetRequestInformation(c => c.QueryParameters.PageSize = 50);

        Assert.Equal("{+baseurl}/kling/v1/videos/avatar/image2video{?pageNum,pageSize}", request.UrlTemplate);
        Assert.Equal("https://api.cometapi.com/kling/v1/videos/avatar/image2video?pageSize=50", request.URI.ToString());
    }

    [Fact]
    public void WithUrl_targets_the_raw_url()
    {
        var client = NewClient(out _);

        var request = client.Kling.V1.Videos.Avatar.Image2video.WithUrl("https://api.cometapi.com/kling/v1/videos/avatar/image2video?pageNum=3").ToGetRequestInformation();

        Assert.Equal("https://api.cometapi.com/kling/v1/videos/avatar/image2video?pageNum=3", request.URI.ToString());
    }
}
