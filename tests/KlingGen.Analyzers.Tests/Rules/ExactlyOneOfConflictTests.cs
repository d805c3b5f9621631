using System.Threading.Tasks;
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

    [Fact]
    public Task Message_names_both_members_and_the_group() => Verify.VerifyAsync(
        """
        using KlingGen.Client.Models;

        class C
        {
            object M() => new AvatarImage2VideoRequest { SoundFile = "https://x/v.mp3", AudioId = "a1" };
        }
        """,
        Verify.Diagnostic().WithSpan(5, 81, 5, 95).WithSpan(5, 50, 5, 79)
            .WithArguments("SoundFile", "AudioId", "AvatarImage2VideoRequest", "AudioId, SoundFile"));

    [Fact]
    public Task Target_typed_new_and_constants_are_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            const string Voice = "voice-" + "1";

            void M()
            {
                AvatarImage2VideoRequest r = new() { AudioId = Voice, {|KLG101:SoundFile = $"https://x/{Voice}.mp3"|} };
            }
        }
        """);

    [Fact]
    public Task Straight_line_assignments_to_the_same_local_are_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M()
            {
                var r = new AvatarImage2VideoRequest();
                r.Image = "https://x/a.png";
                r.AudioId = "a1";
                System.Console.WriteLine(r.Image);
                {|KLG101:r.SoundFile = "https://x/v.mp3"|};
            }
        }
        """);

    [Fact]
    public Task Assignment_after_an_initializer_is_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M()
            {
                var r = new AvatarImage2VideoRequest { AudioId = "a1" };
                {|KLG101:r.SoundFile = "https://x/v.mp3"|};
            }
        }
        """);

    [Fact]
    public Task Non_null_flow_state_counts_as_set() => Verify.VerifyAsync("""
        #nullable enable
        using KlingGen.Client.Models;

        class C
        {
            object M(string audioId, string soundUrl) => new AvatarImage2VideoRequest { AudioId = audioId, {|KLG101:SoundFile = soundUrl|} };
        }
        """);

    [Fact]
    public Task Maybe_null_values_are_not_reported() => Verify.VerifyAsync("""
        #nullable enable
        using KlingGen.Client.Models;

        class Options { public string? AudioId { get; set; } public string? SoundFile { get; set; } }

        class C
        {
            object M(Options o) => new AvatarImage2VideoRequest { AudioId = o.AudioId, SoundFile = o.SoundFile };
            object N(string? a) => new AvatarImage2VideoRequest { AudioId = "a1", SoundFile = a };
        }
        """);

    [Fact]
    public Task Values_without_nullable_analysis_are_not_reported() => Verify.VerifyAsync("""
        #nullable disable
        using KlingGen.Client.Models;

        class C
        {
            object M(string a, string b) => new AvatarImage2VideoRequest { AudioId = a, SoundFile = b };
        }
        """);

    [Fact]
    public Task Member_set_to_null_is_not_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M()
            {
                var a = new AvatarImage2VideoRequest { AudioId = "a1", SoundFile = null };
                var b = new AvatarImage2VideoRequest { AudioId = "a1", SoundFile = default };
                var r = new AvatarImage2VideoRequest { AudioId = "a1" };
                r.AudioId = null;
                r.SoundFile = "https://x/v.mp3";
            }
        }
        """);

    [Fact]
    public Task Exclusive_branches_are_not_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M(bool useTts, int kind)
            {
                var r = new AvatarImage2VideoRequest { Image = "https://x/a.png" };
                if (useTts)
                {
                    r.AudioId = "a1";
                }
                else
                {
                    r.SoundFile = "https://x/v.mp3";
                }

                var s = new AvatarImage2VideoRequest();
                if (useTts) s.AudioId = "a1"; else s.SoundFile = "https://x/v.mp3";

                var t = useTts
                    ? new AvatarImage2VideoRequest { AudioId = "a1" }
                    : new AvatarImage2VideoRequest { SoundFile = "https://x/v.mp3" };

                var u = new AvatarImage2VideoRequest();
                switch (kind)
                {
                    case 1:
                        u.AudioId = "a1";
                        break;
                    default:
                        u.SoundFile = "https://x/v.mp3";
                        break;
                }

                var v = kind switch
                {
                    1 => new AvatarImage2VideoRequest { AudioId = "a1" },
                    _ => new AvatarImage2VideoRequest { SoundFile = "https://x/v.mp3" },
                };
            }
        }
        """);

    [Fact]
    public Task Reassigned_local_is_not_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M()
            {
                var r = new AvatarImage2VideoRequest { AudioId = "a1" };
                r = new AvatarImage2VideoRequest();
                r.SoundFile = "https://x/v.mp3";

                var s = new AvatarImage2VideoRequest();
                s.AudioId = "a1";
                Replace(ref s);
                s.SoundFile = "https://x/v.mp3";

                var t = new AvatarImage2VideoRequest { AudioId = "a1" };
                if (t.Image is null) { t.AudioId = null; }
                t.SoundFile = "https://x/v.mp3";
            }

            static void Replace(ref AvatarImage2VideoRequest r) => r = new AvatarImage2VideoRequest();
        }
        """);

    [Fact]
    public Task Different_objects_are_not_reported() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M()
            {
                var a = new AvatarImage2VideoRequest();
                var b = new AvatarImage2VideoRequest();
                a.AudioId = "a1";
                b.SoundFile = "https://x/v.mp3";
            }
        }
        """);

    [Fact]
    public Task Label_between_assignments_breaks_the_sequence() => Verify.VerifyAsync("""
        using KlingGen.Client.Models;

        class C
        {
            void M(bool again)
            {
                var r = new AvatarImage2VideoRequest();
                r.AudioId = "a1";
            retry:
                r.AudioId = null;
                r.SoundFile = "https://x/v.mp3";
                if (again) { again = false; goto retry; }
            }
        }
        """);

    [Fact]
    public Task Type_without_groups_is_not_reported() => Verify.VerifyAsync("""
        class Plain { public string? AudioId { get; set; } public string? SoundFile { get; set; } }

        class C
        {
            object M() => new Plain { AudioId = "a1", SoundFile = "https://x/v.mp3" };
        }
        """);

    [Fact]
    public Task Top_level_statements_and_lambdas_are_analyzed() => Verify.VerifyProgramAsync(
        """
        using System;
        using KlingGen.Client.Models;

        var r = new AvatarImage2VideoRequest();
        r.AudioId = "a1";
        {|KLG101:r.SoundFile = "s"|};

        Action build = () =>
        {
            var inner = new AvatarImage2VideoRequest { SoundFile = "s" };
            {|KLG101:inner.AudioId = "a2"|};
        };
        """);

    [Fact]
    public Task Three_member_groups_report_each_extra_member() => Verify.VerifyAsync("""
        using KlingGen.Constraints;

        [ExactlyOneOf("Email", "Phone", "Post")]
        class Contact
        {
            public string? Email { get; set; }
            public string? Phone { get; set; }
            public string? Post { get; set; }
        }

        class C
        {
            object M() => new Contact { Email = "e", {|KLG101:Phone = "p"|}, {|KLG101:Post = "a"|} };
        }
        """);
}
