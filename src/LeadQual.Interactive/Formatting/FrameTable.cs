using Microsoft.Data.Analysis;

namespace LeadQual.Interactive.Formatting;

/// <summary>A DataFrame of <c>LeadQual.Evaluation.Frames</c> as a captioned HTML table: the frames define the columns, the caption says what produced them.</summary>
internal static class FrameTable
{
    /// <summary>Rows past this many are left out and counted in the caption (the frame itself keeps them all).</summary>
    public const int MaxRows = 200;

    public static string Html(string caption, DataFrame frame)
    {
        var shown = Math.Min(frame.Rows.Count, MaxRows);
        var table = new HtmlTable(
            frame.Rows.Count > shown ? $"{caption} (first {shown} of {frame.Rows.Count} rows)" : caption,
            frame.Columns.Select(c => c.Name).ToArray());
        for (var i = 0; i < shown; i++)
        {
            table.Row(frame.Rows[i].ToArray());
        }

        return table.ToString();
    }
}
