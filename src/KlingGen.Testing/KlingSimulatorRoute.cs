namespace KlingGen.Testing;

/// <summary>The routes of the simulator, used to aim injected faults and to read recorded requests.</summary>
public enum KlingSimulatorRoute
{
    /// <summary>Any route.</summary>
    Any,

    /// <summary><c>POST /kling/v1/videos/avatar/image2video</c>.</summary>
    Create,

    /// <summary><c>GET /kling/v1/videos/avatar/image2video/{id}</c>.</summary>
    Query,

    /// <summary><c>GET /kling/v1/videos/avatar/image2video</c>.</summary>
    List,

    /// <summary><c>POST /kling/v1/audio/tts</c>.</summary>
    TextToSpeech,

    /// <summary><c>GET /results/{task_id}.mp4</c>, the generated video.</summary>
    Video,

    /// <summary>Anything else.</summary>
    Other,
}
