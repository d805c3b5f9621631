namespace KlingGen;

/// <summary>How far a download has come.</summary>
public readonly struct KlingDownloadProgress
{
    /// <summary>Creates a progress report.</summary>
    public KlingDownloadProgress(long bytesReceived, long? totalBytes)
    {
        BytesReceived = bytesReceived;
        TotalBytes = totalBytes;
    }

    /// <summary>Bytes written so far.</summary>
    public long BytesReceived { get; }

    /// <summary>Total size when the server announced it.</summary>
    public long? TotalBytes { get; }

    /// <summary>Fraction done (0..1), when the total is known.</summary>
    public double? Fraction => TotalBytes is > 0 ? (double)BytesReceived / TotalBytes.Value : null;

    /// <inheritdoc />
    public override string ToString() => TotalBytes is { } total ? $"{BytesReceived}/{total} bytes" : $"{BytesReceived} bytes";
}
