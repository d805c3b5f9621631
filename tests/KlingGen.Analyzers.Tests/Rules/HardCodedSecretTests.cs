using System.Threading.Tasks;
using Xunit;
using Verify = KlingGen.Analyzers.Tests.Infrastructure.AnalyzerVerifier<KlingGen.Analyzers.Rules.HardCodedSecretAnalyzer>;

namespace KlingGen.Analyzers.Tests.Rules;

public sealed class HardCodedSecretTests
{
    [Fact]
    public Task Literal_key_passed_to_create_is_reported() => Verify.VerifyAsync(
        """
        using KlingGen.Client;

        class C
        {
            KlingApiClient M() => KlingApiClient.Create({|#0:"sk-live-123"|});
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("apiKey", "COMETAPI_KEY"));

    [Fact]
    public Task Literal_key_in_options_and_named_arguments_are_reported() => Verify.VerifyAsync("""
        using KlingGen;
        using KlingGen.Client;

        class C
        {
            void M()
            {
                var options = new KlingClientOptions { ApiKey = {|KLG108:"sk-live-123"|} };
                options.ApiKey = {|KLG108:@"sk-live-456"|};
                KlingApiClient.Create(options: options, apiKey: {|KLG108:"sk-live-789"|});
            }

            KlingApiClient Fallback(string? key, bool test) => test
                ? KlingApiClient.Create(key ?? {|KLG108:"sk-live-000"|})
                : KlingApiClient.Create(key is null ? {|KLG108:"sk-a"|} : key);
        }
        """);

    [Fact]
    public Task Keys_read_at_run_time_are_not_reported() => Verify.VerifyAsync("""
        using System;
        using KlingGen;
        using KlingGen.Client;

        class C
        {
            const string Placeholder = "configured elsewhere";

            void M(string key)
            {
                KlingApiClient.Create(Environment.GetEnvironmentVariable("COMETAPI_KEY") ?? "");
                KlingApiClient.Create(key);
                KlingApiClient.Create("");
                var options = new KlingClientOptions { ApiKey = key };
                options.ApiKey = null;
                System.Console.WriteLine("sk-live-123");
            }
        }
        """);
}
