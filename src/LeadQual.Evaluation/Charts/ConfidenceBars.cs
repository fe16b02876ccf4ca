namespace LeadQual.Evaluation.Charts;

/// <summary>
/// Horizontal confidence bars, one trace per group (matched / unmatched decisions, explicit / inferred skills),
/// one row per item, tall enough that every row's label stays readable.
/// </summary>
internal static class ConfidenceBars
{
    public static PlotlyFigure Build(string title, string axisTitle, int rowHeight, params (string Name, IReadOnlyList<(string Label, double Confidence, string Note)> Bars)[] groups)
    {
        var traces = groups.Select(g => PlotlyTrace.Bar(
            g.Name,
            g.Bars.Select(b => b.Confidence),
            g.Bars.Select(b => ChartLayout.Label(b.Label)),
            orientation: "h",
            text: g.Bars.Select(b => b.Note)));
        return ChartLayout.Apply(traces, title,
            new { title = new { text = axisTitle }, range = new[] { 0.0, 1.05 } },
            new { automargin = true, type = "category" },
            height: Math.Max(320, rowHeight * groups.Sum(g => g.Bars.Count) + 120));
    }
}
