using System.Threading.Tasks;
using Xunit;
using Verify = KlingGen.Analyzers.Tests.Infrastructure.AnalyzerVerifier<KlingGen.Analyzers.Rules.DataUriAnalyzer>;

namespace KlingGen.Analyzers.Tests.Rules;

public sealed class DataUriTests
{
    [Fact]
    public Task Data_uri_in_a_base64_member_is_reported() => Verify.VerifyAsync(
        """
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { Image = {|#0:"data:image/png;base64,iVBORw0KGgo="|} };
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Image", "data:image/png;base64,"));

    [Fact]
    public Task Constants_and_any_case_are_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            const string Voice = "DATA:audio/mpeg;BASE64,SUQzBAAAAAAA";

            void M(AvatarImage2VideoRequest r)
            {
                r.SoundFile = {|KLG106:Voice|};
                r.Image = {|KLG106:@"data:image/jpeg;base64,/9j/4AAQ"|};
            }
        }
        """);

    [Fact]
    public Task Bare_base64_urls_and_other_members_are_not_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M(AvatarImage2VideoRequest r, string image)
            {
                r.Image = "iVBORw0KGgo=";
                r.Image = "https://cdn.example.com/a.png";
                r.Image = "data:image/png,raw";
                r.Image = image;
                r.Prompt = "data:image/png;base64,iVBORw0KGgo=";
            }
        }
        """);
}
