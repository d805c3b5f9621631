using System;
using System.IO;
using KlingGen.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace KlingGen.Generators.Tests;

/// <summary>The snapshot helper itself: the conventions the generator snapshots rely on.</summary>
public sealed class SnapshotVerifierTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "klinggen-snapshots-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private string Verified(string name) => Path.Combine(_dir, name + ".verified.cs");

    private string Received(string name) => Path.Combine(_dir, name + ".received.cs");

    [Fact]
    public void Missing_snapshot_is_created_on_a_developer_machine()
    {
        SnapshotVerifier.Verify(_dir, "A", "class A {}\n", isCi: false, accept: false);
        Assert.Equal("class A {}\n", File.ReadAllText(Verified("A")));
    }

    [Fact]
    public void Missing_snapshot_fails_on_ci_and_leaves_the_received_file()
    {
        Assert.Throws<XunitException>(() => SnapshotVerifier.Verify(_dir, "A", "class A {}\n", isCi: true, accept: false));
        Assert.False(File.Exists(Verified("A")));
        Assert.True(File.Exists(Received("A")));
    }

    [Fact]
    public void Mismatch_fails_with_a_diff_and_writes_received()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Verified("A"), "line1\nline2\nline3\n");
        var e = Assert.Throws<XunitException>(() => SnapshotVerifier.Verify(_dir, "A", "line1\nchanged\nline3\n", isCi: false, accept: false));
        Assert.Contains("- line2", e.Message);
        Assert.Contains("+ changed", e.Message);
        Assert.Equal("line1\nchanged\nline3\n", File.ReadAllText(Received("A")));
        Assert.Equal("line1\nline2\nline3\n", File.ReadAllText(Verified("A")));
    }

    [Fact]
    public void Accepting_overwrites_the_verified_file_and_removes_received()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Verified("A"), "old\n");
        File.WriteAllText(Received("A"), "stale\n");
        SnapshotVerifier.Verify(_dir, "A", "new\n", isCi: true, accept: true);
        Assert.Equal("new\n", File.ReadAllText(Verified("A")));
        Assert.False(File.Exists(Received("A")));
    }

    [Fact]
    public void Line_endings_do_not_count_as_differences()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Verified("A"), "a\r\nb\r\n");
        SnapshotVerifier.Verify(_dir, "A", "a\nb\n", isCi: true, accept: false);
    }

    [Fact]
    public void Verified_file_without_a_generated_file_is_an_orphan()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Verified("Kept"), "x");
        File.WriteAllText(Verified("Gone"), "y");
        var e = Assert.Throws<XunitException>(() => SnapshotVerifier.AssertNoOrphans(_dir, ["Kept"], accept: false));
        Assert.Contains("Gone.verified.cs", e.Message);

        SnapshotVerifier.AssertNoOrphans(_dir, ["Kept"], accept: true);
        Assert.False(File.Exists(Verified("Gone")));
        Assert.True(File.Exists(Verified("Kept")));
    }

    [Theory]
    [InlineData("KlingGen.Client.Models.KlingTask.g.cs", "KlingGen.Client.Models.KlingTask.g")]
    [InlineData("Models/KlingTask.cs", "Models_KlingTask")]
    public void Hint_names_become_flat_file_names(string hint, string expected) =>
        Assert.Equal(expected, SnapshotVerifier.FileNameFor(hint));
}
