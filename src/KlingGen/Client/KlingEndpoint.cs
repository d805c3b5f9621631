using System;
using System.Net;

namespace KlingGen;

/// <summary>Checks and normalizes the base URL the client talks to.</summary>
internal static class KlingEndpoint
{
    /// <summary>Returns the absolute base URI, or throws when it is not HTTPS (plain HTTP is allowed for loopback only).</summary>
    public static Uri Parse(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"The Kling base URL '{baseUrl}' is not an absolute URL.", nameof(baseUrl));
        }

        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return uri;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri))
        {
            return uri;
        }

        throw new ArgumentException(
            $"The Kling base URL '{uri.GetLeftPart(UriPartial.Authority)}' must use HTTPS; plain HTTP is only allowed for loopback addresses (localhost, 127.0.0.1, ::1).",
            nameof(baseUrl));
    }

    /// <summary>Returns the problem with <paramref name="baseUrl"/>, or null when it is acceptable.</summary>
    public static string? Check(string? baseUrl)
    {
        try
        {
            Parse(baseUrl);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    /// <summary>True for localhost and loopback IP literals.</summary>
    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback
        || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The base URL without a trailing slash, as Kiota's request adapter expects it.</summary>
    public static string ToAdapterBaseUrl(Uri uri) => uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
}
