using LeadQual.Evaluation.Charts;
using Microsoft.DotNet.Interactive.Formatting;

namespace LeadQual.Interactive.Formatting;

/// <summary>
/// A <see cref="PlotlyFigure"/> as a notebook output: HTML that draws the interactive chart with the plotly.js it
/// carries (Jupyter classic and Lab, VS Code, nbviewer, offline), and the title as text.
/// </summary>
/// <remarks>
/// No <c>application/vnd.plotly.v1+json</c> output: the dotnet-interactive Jupyter kernel sends every MIME value but
/// <c>application/json</c> as a string, and a plotly renderer given a string instead of a figure object draws nothing
/// (measured with nbconvert: the value arrived as a JSON string). HTML is how Plotly.NET.Interactive shows charts too.
/// </remarks>
internal static class ChartOutput
{
    public static void Register()
    {
        Formatter.Register<PlotlyFigure>((figure, writer) => writer.Write(Html(figure)), HtmlFormatter.MimeType);
        Formatter.Register<PlotlyFigure>((figure, writer) => writer.Write(figure.ToString()), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(PlotlyFigure), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }

    /// <summary>
    /// plotly.js runs inside a function whose <c>define</c>, <c>module</c> and <c>exports</c> are undefined: classic
    /// Jupyter loads require.js, and plotly's bundle would register itself as an AMD module there instead of
    /// setting <c>window.Plotly</c>. Each output carries the bundle (about 3.6 MB) so it draws on its own.
    /// </summary>
    public static string Html(PlotlyFigure figure) => $$"""
        <script>(function (define, module, exports) {
        {{PlotlyScript.Source}}
        })();</script>
        {{figure.ToHtml($"leadqual-chart-{Guid.NewGuid():N}")}}
        """;
}
