using System.Threading.Tasks;
using Xunit;
using Verify = KlingGen.Analyzers.Tests.Infrastructure.CodeFixVerifier<KlingGen.Analyzers.Rules.KnownValuesAnalyzer, KlingGen.Analyzers.CodeFixes.UseKnownValueCodeFixProvider>;

namespace KlingGen.Analyzers.Tests.CodeFixes;

public sealed class UseKnownValueTests
{
    [Theory]
    [InlineData("\"STD\"", "\"std\"")]
    [InlineData("\"standard\"", "\"std\"")]
    [InlineData("\"Professional\"", "\"pro\"")]
    [InlineData("\"sdt\"", "\"std\"")]
    [InlineData("\"prp\"", "\"pro\"")]
    public Task Replaces_with_the_nearest_known_value(string written, string expected) => Verify.VerifyAsync(
        $$"""
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { Mode = {|KLG104:{{written}}|} };
        }
        """,
        $$"""
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { Mode = {{expected}} };
        }
        """);

    [Fact]
    public Task No_fix_without_a_plausible_value() => Verify.VerifyAsync(
        """
        using KlingGen.Client.Models;

        class C
        {
            void M(AvatarImage2VideoRequest r) => r.Mode = {|KLG104:"ultra"|};
        }
        """,
        """
        using KlingGen.Client.Models;

        class C
        {
            void M(AvatarImage2VideoRequest r) => r.Mode = {|KLG104:"ultra"|};
        }
        """);

    [Fact]
    public Task Fix_all_replaces_every_value() => Verify.VerifyAsync(
        """
        using KlingGen.Client.Models;

        class C
        {
            const string Tier = "PRO";

            void M(AvatarImage2VideoRequest r)
            {
                r.Mode = {|KLG104:"STD"|};
                r.Mode = {|KLG104:Tier|};
                var t = new TextToSpeechRequest { VoiceLanguage = {|KLG104:"English"|} };
            }
        }
        """,
        """
        using KlingGen.Client.Models;

        class C
        {
            const string Tier = "PRO";

            void M(AvatarImage2VideoRequest r)
            {
                r.Mode = "std";
                r.Mode = "pro";
                var t = new TextToSpeechRequest { VoiceLanguage = "en" };
            }
        }
        """,
        fixAllIterations: 1);
}
