using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace KlingGen.Analyzers.Infrastructure;

/// <summary>Recognises assemblies of the .NET platform and Microsoft libraries by their public key token.</summary>
internal static class FrameworkAssemblies
{
    private static readonly byte[][] Tokens =
    {
        new byte[] { 0xb0, 0x3f, 0x5f, 0x7f, 0x11, 0xd5, 0x0a, 0x3a }, // Microsoft
        new byte[] { 0xb7, 0x7a, 0x5c, 0x56, 0x19, 0x34, 0xe0, 0x89 }, // ECMA
        new byte[] { 0x31, 0xbf, 0x38, 0x56, 0xad, 0x36, 0x4e, 0x35 }, // Microsoft shared libraries
        new byte[] { 0xcc, 0x7b, 0x13, 0xff, 0xcd, 0x2d, 0xdd, 0x51 }, // .NET
        new byte[] { 0xad, 0xb9, 0x79, 0x38, 0x29, 0xdd, 0xae, 0x60 }, // Microsoft.Extensions, ASP.NET Core
        new byte[] { 0x7c, 0xec, 0x85, 0xd7, 0xbe, 0xa7, 0x79, 0x8e }, // System.Private.CoreLib
    };

    public static bool IsFramework(IAssemblySymbol assembly)
    {
        var token = assembly.Identity.PublicKeyToken;
        if (token.Length != 8)
        {
            return false;
        }

        foreach (var known in Tokens)
        {
            if (SequenceEqual(token, known))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SequenceEqual(ImmutableArray<byte> token, byte[] known)
    {
        for (var i = 0; i < known.Length; i++)
        {
            if (token[i] != known[i])
            {
                return false;
            }
        }

        return true;
    }
}
