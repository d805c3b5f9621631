using System.Threading.Tasks;
using Xunit;
using Verify = KlingGen.Analyzers.Tests.Infrastructure.AnalyzerVerifier<KlingGen.Analyzers.Rules.FormatAnalyzer>;

namespace KlingGen.Analyzers.Tests.Rules;

public sealed class FormatTests
{
    [Fact]
    public Task Relative_url_is_reported() => Verify.VerifyAsync(
        """
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { CallbackUrl = {|#0:"/hooks/kling"|} };
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("CallbackUrl", "/hooks/kling", "is not an absolute http or https URL"));

    [Fact]
    public Task Other_schemes_are_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M(AvatarImage2VideoRequest r)
            {
                r.CallbackUrl = {|KLG107:"ftp://example.com/hook"|};
                r.CallbackUrl = {|KLG107:"example.com/hook"|};
                r.CallbackUrl = {|KLG107:""|};
            }
        }
        """);

    [Fact]
    public Task Pattern_must_match_the_whole_value() => Verify.VerifyAsync(
        """
        using KlingGen.Client.Models;

        class C
        {
            void M(AvatarImage2VideoRequest r)
            {
                r.ExternalTaskId = {|#0:"order 42"|};
                r.ExternalTaskId = {|#1:"order-42!"|};
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("ExternalTaskId", "order 42", "does not match the pattern '[A-Za-z0-9_-]{1,64}'"),
        Verify.Diagnostic().WithLocation(1).WithArguments("ExternalTaskId", "order-42!", "does not match the pattern '[A-Za-z0-9_-]{1,64}'"));

    [Fact]
    public Task Valid_and_non_constant_values_are_not_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M(AvatarImage2VideoRequest r, string url)
            {
                r.CallbackUrl = "https://example.com/hooks/kling?x=1";
                r.CallbackUrl = "http://127.0.0.1:5000/hook";
                r.CallbackUrl = url;
                r.CallbackUrl = null;
                r.ExternalTaskId = "order-42";
                r.Prompt = "not a url";
            }
        }
        """);

    [Fact]
    public Task Invalid_pattern_is_ignored() => Verify.VerifyAsync("""
        using System.ComponentModel.DataAnnotations;
        using KlingGen.Constraints;

        [ExactlyOneOf("A", "B")]
        class Model
        {
            public string? A { get; set; }
            public string? B { get; set; }
            [RegularExpression("([a-z")]
            public string? Code { get; set; }
        }

        class C
        {
            void M(Model m) => m.Code = "anything";
        }
        """);
}
