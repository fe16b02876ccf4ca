using System.Reflection;

namespace LeadQual.Evaluation.Charts;

/// <summary>
/// plotly.js as Plotly.NET ships it: the minified bundle is an embedded resource of the Plotly.NET
/// assembly (<c>Plotly.NET.plotly-&lt;version&gt;.min.js</c>), so report.html and notebook outputs can inline it
/// and draw a <see cref="PlotlyFigure"/> offline with no CDN, no npm step and no network.
/// </summary>
/// <remarks>
/// Only the resource is read: the assembly is loaded by file and none of its F# code runs, so this works in
/// the .NET Interactive kernel too, whose FSharp.Core (10.0) Plotly.NET's code could not run on.
/// </remarks>
public static class PlotlyScript
{
    private const string AssemblyName = "Plotly.NET";

    private static readonly Lazy<(string Version, string Source)> Bundle = new(Load);

    /// <summary>The plotly.js version, e.g. <c>2.28.0</c>.</summary>
    public static string Version => Bundle.Value.Version;

    /// <summary>The minified bundle, safe to place inside a <c>&lt;script&gt;</c> element.</summary>
    public static string Source => Bundle.Value.Source;

    private static (string Version, string Source) Load()
    {
        var assembly = PlotlyAssembly();
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} {assembly.GetName().Version} carries no plotly-*.min.js resource; plotly.js cannot be embedded");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var version = name["Plotly.NET.plotly-".Length..^".min.js".Length];
        // The bundle goes inside a <script> element: make sure no "</script" in it can end the element early.
        return (version, reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Plotly.NET.dll beside this assembly (a notebook's #r folder, any build output), else wherever the host resolves it.</summary>
    private static Assembly PlotlyAssembly()
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == AssemblyName);
        if (loaded is not null)
        {
            return loaded;
        }

        var beside = Path.Combine(Path.GetDirectoryName(typeof(PlotlyScript).Assembly.Location) ?? string.Empty, AssemblyName + ".dll");
        return File.Exists(beside) ? Assembly.LoadFrom(beside) : Assembly.Load(AssemblyName);
    }
}
