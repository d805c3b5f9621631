using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace KlingGen.Generators.Model;

/// <summary>A document's claim on the file-name prefix of its client (the client name).</summary>
internal sealed record ClientClaim(string HintPrefix, string FilePath)
{
    /// <summary>
    /// The claims that lose to an earlier document with the same prefix (ordinal path order decides, so the
    /// outcome does not depend on the order the compiler lists AdditionalFiles in), each with the winner's path.
    /// </summary>
    public static EquatableArray<DuplicateClient> Duplicates(ImmutableArray<ClientClaim> claims)
    {
        var sorted = new List<ClientClaim>(claims);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));
        var winners = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new List<DuplicateClient>();
        foreach (var claim in sorted)
        {
            if (winners.TryGetValue(claim.HintPrefix, out var winner))
            {
                duplicates.Add(new DuplicateClient(claim.FilePath, claim.HintPrefix, winner));
            }
            else
            {
                winners.Add(claim.HintPrefix, claim.FilePath);
            }
        }

        return duplicates.ToEquatableArray();
    }
}

/// <summary>A document whose client name is already taken by <paramref name="WinnerPath"/>.</summary>
internal sealed record DuplicateClient(string FilePath, string ClientName, string WinnerPath);
