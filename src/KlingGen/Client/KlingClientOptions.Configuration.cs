using System;
using Microsoft.Extensions.Configuration;

namespace KlingGen;

public sealed partial class KlingClientOptions
{
    /// <summary>
    /// Reads section <see cref="ConfigurationSection"/> of <paramref name="configuration"/>; when it has no <c>ApiKey</c>,
    /// the key comes from the <c>COMETAPI_KEY</c> configuration key or environment variable.
    /// </summary>
    public static KlingClientOptions FromConfiguration(IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        var options = new KlingClientOptions();
        configuration.GetSection(ConfigurationSection).Bind(options);
        options.ApplyKeyFallback(configuration);
        return options;
    }

    /// <summary>Fills a missing key from <c>COMETAPI_KEY</c> (configuration, then environment).</summary>
    internal void ApplyKeyFallback(IConfiguration? configuration)
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            ApiKey = configuration?[ApiKeyEnvironmentVariable] ?? Environment.GetEnvironmentVariable(ApiKeyEnvironmentVariable);
        }
    }
}
