using Microsoft.Extensions.Logging;

namespace KlingGen;

/// <summary>What the runtime extensions need beyond the request adapter: the options and the logger the client was made with.</summary>
internal sealed class KlingClientContext
{
    public KlingClientContext(KlingClientOptions options, ILogger logger)
    {
        Options = options;
        Logger = logger;
    }

    public KlingClientOptions Options { get; }

    public ILogger Logger { get; }
}
