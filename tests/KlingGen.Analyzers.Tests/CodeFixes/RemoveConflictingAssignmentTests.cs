using System.Threading.Tasks;
using KlingGen.Analyzers.CodeFixes;
using KlingGen.Analyzers.Rules;
using KlingGen.Analyzers.Tests.Infrastructure;
using Xunit;
using Verify = KlingGen.Analyzers.Tests.Infrastructure.CodeFixVerifier<KlingGen.Analyzers.Rules.ExactlyOneOfConflictAnalyzer, KlingGen.Analyzers.CodeFixes.RemoveConflictingAssignmentCodeFixProvider>;

namespace KlingGen.Analyzers.Tests.CodeFixes;

public sealed class RemoveConflictingAssignmentTests
{
    private const string OneLine = """
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { Image = "i", AudioId = "a1", {|KLG101:SoundFile = "s"|} };
        }
        """;

    [Fact]
    public Task Removes_the_second_member_on_one_line() => Verify.VerifyAsync(OneLine, """
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { Image = "i", AudioId = "a1" };
        }
        """, "KLG101:SoundFile");

    [Fact]
    public Task Removes_the_first_member_on_one_line() => Verify.VerifyAsync(OneLine, """
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { Image = "i", SoundFile = "s" };
        }
        """, "KLG101:AudioId");

    [Fact]
    public Task Removes_an_element_of_a_multi_line_initializer() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest
            {
                AudioId = "a1",
                {|KLG101:SoundFile = "s"|},
                Image = "i",
            };

            object N() => new AvatarImage2VideoRequest
            {
                Image = "i",
                AudioId = "a1",
                {|KLG101:SoundFile = "s"|}
            };
        }
        """, """
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest
            {
                SoundFile = "s",
                Image = "i",
            };

            object N() => new AvatarImage2VideoRequest
            {
                Image = "i",
                SoundFile = "s"
            };
        }
        """, "KLG101:AudioId");

    [Fact]
    public Task Removes_a_statement() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M()
            {
                var r = new AvatarImage2VideoRequest();
                r.AudioId = "a1";
                {|KLG101:r.SoundFile = "s"|};
                r.Image = "i";
            }
        }
        """, """
        using KlingGen.Client.Models;

        class C
        {
            void M()
            {
                var r = new AvatarImage2VideoRequest();
                r.AudioId = "a1";
                r.Image = "i";
            }
        }
        """, "KLG101:SoundFile");

    [Fact]
    public Task Removes_the_earlier_statement() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M()
            {
                var r = new AvatarImage2VideoRequest();
                r.AudioId = "a1";
                // The voice track wins.
                {|KLG101:r.SoundFile = "s"|};
            }
        }
        """, """
        using KlingGen.Client.Models;

        class C
        {
            void M()
            {
                var r = new AvatarImage2VideoRequest();
                // The voice track wins.
                r.SoundFile = "s";
            }
        }
        """, "KLG101:AudioId");

    [Fact]
    public Task Removes_the_initializer_element_when_the_statement_conflicts_with_it() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M()
            {
                var r = new AvatarImage2VideoRequest { AudioId = "a1", Image = "i" };
                {|KLG101:r.SoundFile = "s"|};
            }
        }
        """, """
        using KlingGen.Client.Models;

        class C
        {
            void M()
            {
                var r = new AvatarImage2VideoRequest { Image = "i" };
                r.SoundFile = "s";
            }
        }
        """, "KLG101:AudioId");

    [Fact]
    public Task Fix_all_removes_the_same_member_everywhere()
    {
        var test = Verify.Create("""
            using KlingGen.Client.Models;

            class C
            {
                object A() => new AvatarImage2VideoRequest { AudioId = "a1", {|KLG101:SoundFile = "s"|} };
                object B() => new AvatarImage2VideoRequest { SoundFile = "s", {|KLG101:AudioId = "a2"|} };
                void D()
                {
                    var r = new AvatarImage2VideoRequest();
                    r.AudioId = "a3";
                    {|KLG101:r.SoundFile = "s"|};
                }
            }
            """, """
            using KlingGen.Client.Models;

            class C
            {
                object A() => new AvatarImage2VideoRequest { AudioId = "a1" };
                object B() => new AvatarImage2VideoRequest { AudioId = "a2" };
                void D()
                {
                    var r = new AvatarImage2VideoRequest();
                    r.AudioId = "a3";
                }
            }
            """, "KLG101:SoundFile");
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public async Task Both_fixes_are_offered_with_the_member_in_the_title()
    {
        var titles = await CodeFixTitles.GetAsync(new ExactlyOneOfConflictAnalyzer(), new RemoveConflictingAssignmentCodeFixProvider(), """
            using KlingGen.Client.Models;

            class C
            {
                object M() => new AvatarImage2VideoRequest { AudioId = "a1", SoundFile = "s" };
            }
            """);
        Assert.Equal(new[] { "Remove the assignment to AudioId", "Remove the assignment to SoundFile" }, titles);
    }
}
