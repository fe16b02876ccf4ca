using LeadQual.Storage;

namespace LeadQual.Api.Hosting;

/// <summary>
/// How the API host runs. Defaults are safe for a laptop: loopback only, no key, no CORS origin, 2 MB bodies.
/// Read from the environment (<c>LEADQUAL_DB</c>, <c>LEADQUAL_URLS</c>, <c>LEADQUAL_API_KEY</c>,
/// <c>LEADQUAL_CORS_ORIGINS</c>, <c>MASTER_RESUME</c>); <c>--urls</c> and <c>--db</c> override.
/// </summary>
public sealed record ApiSettings
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public const long DefaultMaxRequestBodyBytes = 2 * 1024 * 1024;

    /// <summary>Addresses Kestrel listens on, separated by <c>;</c>. Default <see cref="DefaultUrls"/> (loopback only).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The SQLite file shared with the CLI. Default <c>leadqual.db</c>.</summary>
    public string DatabasePath { get; init; } = LeadQualDatabase.DefaultPath;

    /// <summary>When set, every request must carry it in the <c>X-API-Key</c> header.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Origins allowed by CORS; none means browsers on other origins are refused.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>Largest request body accepted; larger ones are answered 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = DefaultMaxRequestBodyBytes;

    /// <summary>A resume id or a resume file path made the master resume when the host starts.</summary>
    public string? MasterResume { get; init; }

    public static ApiSettings FromEnvironment(Func<string, string?> environment)
    {
        static string? Value(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
        return new ApiSettings
        {
            Urls = Value(environment("LEADQUAL_URLS")) ?? DefaultUrls,
            DatabasePath = Value(environment("LEADQUAL_DB")) ?? LeadQualDatabase.DefaultPath,
            ApiKey = Value(environment("LEADQUAL_API_KEY")),
            CorsOrigins = (Value(environment("LEADQUAL_CORS_ORIGINS")) ?? string.Empty)
                .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            MasterResume = Value(environment("MASTER_RESUME")),
        };
    }

    /// <summary>Applies <c>--urls VALUE</c> and <c>--db VALUE</c> (or <c>--name=VALUE</c>) from a command line.</summary>
    public ApiSettings WithArguments(IReadOnlyList<string> args)
    {
        var settings = this;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], i + 1 < args.Count ? args[++i] : null);
            settings = name switch
            {
                "--urls" when value is not null => settings with { Urls = value },
                "--db" when value is not null => settings with { DatabasePath = value },
                _ => throw new ArgumentException($"unknown or incomplete argument '{args[i]}' (expected --urls URLS or --db PATH)", nameof(args)),
            };
        }

        return settings;
    }
}
