using System.Threading.Tasks;
using Xunit;
using Verify = KlingGen.Analyzers.Tests.Infrastructure.AnalyzerVerifier<KlingGen.Analyzers.Rules.KnownValuesAnalyzer>;

namespace KlingGen.Analyzers.Tests.Rules;

public sealed class KnownValuesTests
{
    [Fact]
    public Task Case_mistake_is_reported_with_the_suggestion() => Verify.VerifyAsync(
        """
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { Mode = {|#0:"STD"|} };
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Mode", "STD", "std, pro", "; did you mean \"std\"?"));

    [Fact]
    public Task Unknown_value_without_a_close_match_has_no_suggestion() => Verify.VerifyAsync(
        """
        using KlingGen.Client.Models;

        class C
        {
            void M(AvatarImage2VideoRequest r) => r.Mode = {|#0:"ultra"|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Mode", "ultra", "std, pro", string.Empty));

    [Fact]
    public Task Long_forms_typos_and_constants_are_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            const string Standard = "standard";

            void M(AvatarImage2VideoRequest r)
            {
                r.Mode = {|KLG104:Standard|};
                r.Mode = {|KLG104:"professional"|};
                r.Mode = {|KLG104:"sdt"|};
                r.Mode = {|KLG104:"Pro "|};
                var t = new TextToSpeechRequest { VoiceLanguage = {|KLG104:"EN"|} };
            }
        }
        """);

    [Fact]
    public Task Known_values_and_non_constants_are_not_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M(AvatarImage2VideoRequest r, string mode)
            {
                r.Mode = "std";
                r.Mode = "p" + "ro";
                r.Mode = mode;
                r.Mode = null;
                r.Prompt = "STD";
            }
        }
        """);
}
