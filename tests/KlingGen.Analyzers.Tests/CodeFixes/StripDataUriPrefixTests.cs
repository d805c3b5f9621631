using System.Threading.Tasks;
using Xunit;
using Verify = KlingGen.Analyzers.Tests.Infrastructure.CodeFixVerifier<KlingGen.Analyzers.Rules.DataUriAnalyzer, KlingGen.Analyzers.CodeFixes.StripDataUriPrefixCodeFixProvider>;

namespace KlingGen.Analyzers.Tests.CodeFixes;

public sealed class StripDataUriPrefixTests
{
    [Fact]
    public Task Strips_the_prefix_of_a_literal() => Verify.VerifyAsync(
        """
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { Image = {|KLG106:"data:image/png;base64,iVBORw0KGgo="|}, AudioId = "a1" };
        }
        """,
        """
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { Image = "iVBORw0KGgo=", AudioId = "a1" };
        }
        """);

    [Fact]
    public Task Constants_declared_elsewhere_get_no_fix() => Verify.VerifyAsync(
        """
        using KlingGen.Client.Models;

        class C
        {
            const string Voice = "data:audio/mpeg;base64,SUQz";

            void M(AvatarImage2VideoRequest r) => r.SoundFile = {|KLG106:Voice|};
        }
        """,
        """
        using KlingGen.Client.Models;

        class C
        {
            const string Voice = "data:audio/mpeg;base64,SUQz";

            void M(AvatarImage2VideoRequest r) => r.SoundFile = {|KLG106:Voice|};
        }
        """);

    [Fact]
    public Task Fix_all_strips_every_literal() => Verify.VerifyAsync(
        """
        using KlingGen.Client.Models;

        class C
        {
            void M(AvatarImage2VideoRequest r)
            {
                r.Image = {|KLG106:"data:image/jpeg;base64,/9j/4AAQ"|};
                r.SoundFile = {|KLG106:@"DATA:audio/wav;BASE64,UklGRg=="|};
            }
        }
        """,
        """
        using KlingGen.Client.Models;

        class C
        {
            void M(AvatarImage2VideoRequest r)
            {
                r.Image = "/9j/4AAQ";
                r.SoundFile = "UklGRg==";
            }
        }
        """,
        fixAllIterations: 1);
}
