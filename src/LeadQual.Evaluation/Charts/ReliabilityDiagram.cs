using LeadQual.Evaluation.Metrics;

namespace LeadQual.Evaluation.Charts;

/// <summary>
/// A reliability diagram: observed share right against mean confidence per bin, the diagonal of perfect
/// calibration, and the confidence histogram on a right axis (so an empty or thin bin is visible as such).
/// </summary>
internal static class ReliabilityDiagram
{
    public static PlotlyFigure Build(IReadOnlyList<ReliabilityBin> bins, string countName, string observedName, string title, string yTitle, string histogramTitle)
    {
        var filled = bins.Where(b => b.Count > 0 && b.MeanConfidence is not null && b.Accuracy is not null).ToList();
        var counts = PlotlyTrace.Bar(countName, bins.Select(b => Math.Round((b.Lower + b.Upper) / 2, 3)), bins.Select(b => b.Count))
            .With("opacity", 0.35)
            .With("yaxis", "y2")
            .With("width", 1.0 / Math.Max(1, bins.Count) * 0.9);
        var observed = PlotlyTrace.Line(observedName,
            filled.Select(b => b.MeanConfidence!.Value),
            filled.Select(b => b.Accuracy!.Value),
            markers: true,
            text: filled.Select(b => $"{b.Count} {countName}"));
        var diagonal = PlotlyTrace.Line("perfect calibration", new[] { 0.0, 1.0 }, new[] { 0.0, 1.0 })
            .With("line", new { dash = "dash", color = "gray" });
        return ChartLayout.Apply([counts, diagonal, observed], title,
            new { title = new { text = "confidence (mean per bin)" }, range = new[] { 0.0, 1.0 } },
            new { title = new { text = yTitle }, range = new[] { 0.0, 1.05 } },
            height: 480,
            extra: new { yaxis2 = new { title = new { text = histogramTitle }, overlaying = "y", side = "right", showgrid = false, rangemode = "tozero" } });
    }
}
