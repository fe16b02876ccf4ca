using LeadQual.Evaluation.Metrics;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace LeadQual.Evaluation.Charts;

/// <summary>
/// A reliability diagram: observed share right against mean confidence per bin, the diagonal of perfect
/// calibration, and the confidence histogram on a right axis (so an empty or thin bin is visible as such).
/// </summary>
internal static class ReliabilityDiagram
{
    public static GenericChart Build(IReadOnlyList<ReliabilityBin> bins, string countName, string observedName, string title, string yTitle, string histogramTitle)
    {
        var filled = bins.Where(b => b.Count > 0 && b.MeanConfidence is not null && b.Accuracy is not null).ToList();
        var counts = CSharpChart.Column<int, double, string>(
            values: bins.Select(b => b.Count),
            Keys: bins.Select(b => Math.Round((b.Lower + b.Upper) / 2, 3)).ToList(),
            Name: countName,
            Opacity: 0.35);
        counts = ChartLayout.WithTraceProperty(counts, "yaxis", "y2");
        counts = ChartLayout.WithTraceProperty(counts, "width", 1.0 / Math.Max(1, bins.Count) * 0.9);
        var observed = CSharpChart.Line<double, double, string>(
            x: filled.Select(b => b.MeanConfidence!.Value),
            y: filled.Select(b => b.Accuracy!.Value),
            ShowMarkers: true,
            Name: observedName,
            MultiText: filled.Select(b => $"{b.Count} {countName}").ToList());
        var diagonal = CSharpChart.Line<double, double, string>(x: [0.0, 1.0], y: [0.0, 1.0], Name: "perfect calibration");
        diagonal = ChartLayout.WithTraceProperty(diagonal, "line", new { dash = "dash", color = "gray" });
        return ChartLayout.Apply(CSharpChart.Combine([counts, diagonal, observed]), title,
            new { title = new { text = "confidence (mean per bin)" }, range = new[] { 0.0, 1.0 } },
            new { title = new { text = yTitle }, range = new[] { 0.0, 1.05 } },
            height: 480,
            extra: new { yaxis2 = new { title = new { text = histogramTitle }, overlaying = "y", side = "right", showgrid = false, rangemode = "tozero" } });
    }
}
