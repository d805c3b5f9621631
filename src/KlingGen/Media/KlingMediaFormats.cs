namespace KlingGen;

/// <summary>Image containers the avatar route accepts.</summary>
public enum KlingImageFormat
{
    /// <summary>JPEG / JPG.</summary>
    Jpeg,

    /// <summary>PNG.</summary>
    Png,
}

/// <summary>Sound containers the avatar route accepts.</summary>
public enum KlingSoundFormat
{
    /// <summary>MPEG-1/2 Layer III.</summary>
    Mp3,

    /// <summary>RIFF WAVE.</summary>
    Wav,

    /// <summary>MPEG-4 audio (M4A).</summary>
    M4a,

    /// <summary>Raw AAC with ADTS headers.</summary>
    Aac,
}
