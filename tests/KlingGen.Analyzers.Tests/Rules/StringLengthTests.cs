using System.Threading.Tasks;
using Xunit;
using Verify = KlingGen.Analyzers.Tests.Infrastructure.AnalyzerVerifier<KlingGen.Analyzers.Rules.StringLengthAnalyzer>;

namespace KlingGen.Analyzers.Tests.Rules;

public sealed class StringLengthTests
{
    private static readonly string LongPrompt = new('a', 2501);

    [Fact]
    public Task Literal_above_max_length_is_reported_with_length_and_limit() => Verify.VerifyAsync(
        $$"""
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { Prompt = {|#0:"{{LongPrompt}}"|} };
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Prompt", "2501", "above its maximum length of 2500"));

    [Fact]
    public Task Empty_string_below_min_length_is_reported() => Verify.VerifyAsync(
        """
        using KlingGen.Client.Models;

        class C
        {
            void M(AvatarImage2VideoRequest r) => r.Image = {|#0:""|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Image", "0", "below its minimum length of 1"));

    [Fact]
    public Task Constants_concatenations_and_interpolations_are_measured() => Verify.VerifyAsync($$"""
        using KlingGen.Client.Models;

        class C
        {
            const string Half = "{{new string('b', 1300)}}";
            const string Prompt = Half + Half;

            void M(AvatarImage2VideoRequest r)
            {
                r.Prompt = {|KLG103:Prompt|};
                r.Prompt = {|KLG103:Half + Half|};
                r.Prompt = {|KLG103:$"{Half}{Half}"|};
                var t = new TextToSpeechRequest { Text = {|KLG103:Prompt|} };
            }
        }
        """);

    [Fact]
    public Task Values_within_limits_or_not_constant_are_not_reported() => Verify.VerifyAsync($$"""
        using KlingGen.Client.Models;

        class C
        {
            void M(AvatarImage2VideoRequest r, string prompt)
            {
                r.Prompt = "{{new string('c', 2500)}}";
                r.Prompt = prompt + "{{new string('c', 2500)}}";
                r.Prompt = null;
                r.Image = "x";
                r.AudioId = "";
            }
        }
        """);
}
