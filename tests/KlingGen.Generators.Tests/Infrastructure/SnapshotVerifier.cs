using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit.Sdk;

namespace KlingGen.Generators.Tests.Infrastructure;

/// <summary>
/// Approval-style snapshots with Verify's file conventions: the approved text lives in
/// <c>&lt;name&gt;.verified.cs</c>; a mismatch writes <c>&lt;name&gt;.received.cs</c> beside it and fails with a short diff.
/// <c>KLINGGEN_ACCEPT_SNAPSHOTS=1</c> (or <c>VERIFY_AUTOACCEPT=1</c>) accepts the received text instead.
/// A missing verified file fails on CI and is created on a developer machine.
/// </summary>
public static class SnapshotVerifier
{
    public const string VerifiedSuffix = ".verified.cs";
    public const string ReceivedSuffix = ".received.cs";

    public static void Verify(string directory, string name, string actual) =>
        Verify(directory, name, actual, TestEnvironment.IsCi, TestEnvironment.AcceptSnapshots);

    public static void Verify(string directory, string name, string actual, bool isCi, bool accept)
    {
        Directory.CreateDirectory(directory);
        var verifiedPath = Path.Combine(directory, name + VerifiedSuffix);
        var receivedPath = Path.Combine(directory, name + ReceivedSuffix);
        actual = Normalize(actual);

        if (!File.Exists(verifiedPath))
        {
            if (isCi && !accept)
            {
                File.WriteAllText(receivedPath, actual, Utf8NoBom);
                throw new XunitException($"No verified snapshot {Relative(verifiedPath)}; the received text is in {Relative(receivedPath)}.");
            }

            File.WriteAllText(verifiedPath, actual, Utf8NoBom);
            DeleteIfPresent(receivedPath);
            return;
        }

        var expected = Normalize(File.ReadAllText(verifiedPath));
        if (expected == actual)
        {
            DeleteIfPresent(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, actual, Utf8NoBom);
            DeleteIfPresent(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, Utf8NoBom);
        throw new XunitException(
            $"Snapshot {Relative(verifiedPath)} differs (received text in {Relative(receivedPath)}; " +
            $"set KLINGGEN_ACCEPT_SNAPSHOTS=1 to accept):\n{LineDiff.Describe(expected, actual)}");
    }

    /// <summary>Fails for verified files whose generated file no longer exists (deletes them when accepting).</summary>
    public static void AssertNoOrphans(string directory, IEnumerable<string> producedNames) =>
        AssertNoOrphans(directory, producedNames, TestEnvironment.AcceptSnapshots);

    public static void AssertNoOrphans(string directory, IEnumerable<string> producedNames, bool accept)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        var produced = new HashSet<string>(producedNames, StringComparer.Ordinal);
        var orphans = Directory.GetFiles(directory, "*" + VerifiedSuffix)
            .Where(f => !produced.Contains(Path.GetFileName(f)[..^VerifiedSuffix.Length]))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (orphans.Count == 0)
        {
            return;
        }

        if (accept)
        {
            orphans.ForEach(File.Delete);
            return;
        }

        throw new XunitException("Verified snapshots exist for files the generator no longer produces:\n" +
            string.Join("\n", orphans.Select(Relative)));
    }

    /// <summary>Hint names may contain characters unsuited to file names; keep them readable and stable.</summary>
    public static string FileNameFor(string hintName)
    {
        var name = hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;
        var invalid = Path.GetInvalidFileNameChars();
        return new string(name.Select(c => invalid.Contains(c) || c == '\\' ? '_' : c).ToArray());
    }

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(TestEnvironment.RepoRoot, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
