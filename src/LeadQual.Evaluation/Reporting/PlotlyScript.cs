using System.Reflection;
using Plotly.NET;

namespace LeadQual.Evaluation.Reporting;

/// <summary>
/// plotly.js as Plotly.NET ships it: the minified bundle is an embedded resource of the Plotly.NET
/// assembly (<c>Plotly.NET.plotly-&lt;version&gt;.min.js</c>), so a report can inline it once and open
/// offline with no CDN, no npm step and no network.
/// </summary>
internal static class PlotlyScript
{
    private static readonly Lazy<(string Version, string Source)> Bundle = new(Load);

    public static string Version => Bundle.Value.Version;

    public static string Source => Bundle.Value.Source;

    private static (string Version, string Source) Load()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} {assembly.GetName().Version} carries no plotly-*.min.js resource; the report cannot embed plotly.js");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var version = name["Plotly.NET.plotly-".Length..^".min.js".Length];
        // The bundle goes inside a <script> element: make sure no "</script" in it can end the element early.
        return (version, reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase));
    }
}
