using System.Net;
using System.Text;

namespace LeadQual.Interactive.Formatting;

/// <summary>A captioned HTML table, every cell and the caption HTML-encoded (they hold postings', resumes' and engines' text).</summary>
internal sealed class HtmlTable(string caption, params string[] columns)
{
    private readonly List<string?[]> _rows = [];

    public HtmlTable Row(params object?[] cells)
    {
        _rows.Add(cells.Select(Cell).ToArray());
        return this;
    }

    public override string ToString()
    {
        var html = new StringBuilder("<table class=\"leadqual\">");
        html.Append("<caption style=\"caption-side: top; text-align: left; font-weight: bold\">").Append(WebUtility.HtmlEncode(caption)).Append("</caption><thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in _rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td style=\"text-align: left\">").Append(WebUtility.HtmlEncode(cell ?? string.Empty)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        double d => d.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
