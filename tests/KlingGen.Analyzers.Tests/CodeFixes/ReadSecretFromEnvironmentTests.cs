using System.Threading.Tasks;
using Xunit;
using Verify = KlingGen.Analyzers.Tests.Infrastructure.CodeFixVerifier<KlingGen.Analyzers.Rules.HardCodedSecretAnalyzer, KlingGen.Analyzers.CodeFixes.ReadSecretFromEnvironmentCodeFixProvider>;

namespace KlingGen.Analyzers.Tests.CodeFixes;

public sealed class ReadSecretFromEnvironmentTests
{
    [Fact]
    public Task Uses_full_names_without_a_using_directive() => Verify.VerifyAsync(
        """
        using KlingGen.Client;

        class C
        {
            KlingApiClient M() => KlingApiClient.Create({|KLG108:"sk-live-123"|});
        }
        """,
        """
        using KlingGen.Client;

        class C
        {
            KlingApiClient M() => KlingApiClient.Create(System.Environment.GetEnvironmentVariable("COMETAPI_KEY") ?? throw new System.InvalidOperationException("Set the COMETAPI_KEY environment variable."));
        }
        """);

    [Fact]
    public Task Uses_short_names_with_using_system() => Verify.VerifyAsync(
        """
        using System;
        using KlingGen;

        class C
        {
            object M() => new KlingClientOptions { ApiKey = {|KLG108:"sk-live-123"|} };
        }
        """,
        """
        using System;
        using KlingGen;

        class C
        {
            object M() => new KlingClientOptions { ApiKey = Environment.GetEnvironmentVariable("COMETAPI_KEY") ?? throw new InvalidOperationException("Set the COMETAPI_KEY environment variable.") };
        }
        """);

    [Fact]
    public Task Uses_the_variable_named_by_the_attribute_and_fixes_all() => Verify.VerifyAsync(
        """
        using KlingGen.Constraints;

        class Vault
        {
            [Secret(EnvironmentVariable = "ACME_TOKEN")]
            public string? Token { get; set; }

            [Secret]
            public string? Other { get; set; }
        }

        class C
        {
            void M(Vault v)
            {
                v.Token = {|KLG108:"t-1"|};
                v.Other = {|KLG108:"t-2"|};
            }
        }
        """,
        """
        using KlingGen.Constraints;

        class Vault
        {
            [Secret(EnvironmentVariable = "ACME_TOKEN")]
            public string? Token { get; set; }

            [Secret]
            public string? Other { get; set; }
        }

        class C
        {
            void M(Vault v)
            {
                v.Token = System.Environment.GetEnvironmentVariable("ACME_TOKEN") ?? throw new System.InvalidOperationException("Set the ACME_TOKEN environment variable.");
                v.Other = System.Environment.GetEnvironmentVariable("COMETAPI_KEY") ?? throw new System.InvalidOperationException("Set the COMETAPI_KEY environment variable.");
            }
        }
        """,
        fixAllIterations: 1);

    [Fact]
    public Task Replaces_a_literal_fallback() => Verify.VerifyAsync(
        """
        using KlingGen.Client;

        class C
        {
            KlingApiClient M(string? key) => KlingApiClient.Create(key ?? {|KLG108:"sk-live-123"|});
        }
        """,
        """
        using KlingGen.Client;

        class C
        {
            KlingApiClient M(string? key) => KlingApiClient.Create(key ?? System.Environment.GetEnvironmentVariable("COMETAPI_KEY") ?? throw new System.InvalidOperationException("Set the COMETAPI_KEY environment variable."));
        }
        """);
}
