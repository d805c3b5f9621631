using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace KlingGen;

/// <summary>
/// Downloads result files. Uses its own plain <see cref="HttpClient"/> (no Authorization header: result URLs are
/// on other hosts and must never receive the API key). HTTPS is required except for loopback addresses.
/// </summary>
public static class KlingDownloader
{
    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient { Timeout = TimeSpan.FromMinutes(10) });

    /// <summary>Copies the file at <paramref name="url"/> into <paramref name="destination"/>; returns the number of bytes written.</summary>
    public static async Task<long> DownloadAsync(string url, Stream destination, IProgress<KlingDownloadProgress>? progress = null, HttpClient? httpClient = null, CancellationToken cancellationToken = default)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        var uri = KlingEndpoint.Parse(url);
        var client = httpClient ?? SharedClient.Value;
        using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Downloading {uri.GetLeftPart(UriPartial.Path)} failed with HTTP {(int)response.StatusCode}.");
        }

        var total = response.Content.Headers.ContentLength;
        using var source = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        var buffer = new byte[81920];
        long written = 0;
        progress?.Report(new KlingDownloadProgress(0, total));
        int read;
        while ((read = await source.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            await destination.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
            written += read;
            progress?.Report(new KlingDownloadProgress(written, total));
        }

        if (total is { } expected && written != expected)
        {
            throw new IOException($"Downloading {uri.GetLeftPart(UriPartial.Path)} ended after {written} of {expected} bytes.");
        }

        return written;
    }

    /// <summary>Downloads into <paramref name="path"/> (written to a temporary file first, then moved into place); returns the full path.</summary>
    public static async Task<string> DownloadToFileAsync(string url, string path, IProgress<KlingDownloadProgress>? progress = null, HttpClient? httpClient = null, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = fullPath + ".part";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await DownloadAsync(url, file, progress, httpClient, cancellationToken).ConfigureAwait(false);
            }

            if (File.Exists(fullPath))
            {
                File.Delete(fullPath);
            }

            File.Move(temporary, fullPath);
            return fullPath;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
