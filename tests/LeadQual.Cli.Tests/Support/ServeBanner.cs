using System.Text.RegularExpressions;

namespace LeadQual.Cli.Tests.Support;

/// <summary>
/// The address a `leadqual serve --urls http://127.0.0.1:0` process bound, read from its banner: port 0 lets the
/// operating system pick, so parallel test processes never race for a port picked in advance.
/// </summary>
public static partial class ServeBanner
{
    public const string AnyLoopbackPort = "http://127.0.0.1:0";

    public static Uri Address(string banner)
    {
        var match = ListeningOn().Match(banner);
        return match.Success ? new Uri(match.Groups[1].Value) : throw new InvalidOperationException($"no loopback address in the banner: {banner}");
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:[1-9]\d*)", RegexOptions.CultureInvariant)]
    private static partial Regex ListeningOn();
}
