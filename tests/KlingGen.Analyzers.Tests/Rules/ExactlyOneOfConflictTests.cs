using System.Threading.Tasks;
using KlingGen.Analyzers.Rules;
using KlingGen.Analyzers.Tests.Infrastructure;
using Xunit;
using Verify = KlingGen.Analyzers.Tests.Infrastructure.AnalyzerVerifier<KlingGen.Analyzers.Rules.ExactlyOneOfConflictAnalyzer>;

namespace KlingGen.Analyzers.Tests.Rules;

public sealed class ExactlyOneOfConflictTests
{
    [Fact]
    public Task Both_members_in_one_initializer_are_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { Image = "https://x/a.png", AudioId = "a1", {|KLG101:SoundFile = "https://x/v.mp3"|} };
        }
        """);
}
