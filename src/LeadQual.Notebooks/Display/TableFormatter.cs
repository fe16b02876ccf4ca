using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Analysis;

namespace LeadQual.Notebooks.Display;

/// <summary>Rows and columns (from a DataFrame or from records' public properties) as an HTML table and a text table.</summary>
internal static class TableFormatter
{
    public const int MaxRows = 500;
    private const int MaxTextWidth = 60;

    public static bool IsTabular(IEnumerable sequence)
    {
        var type = ElementType(sequence.GetType());
        return type is not null && !IsScalar(type) && Properties(type).Count > 0;
    }

    public static (IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, long Total) FromDataFrame(DataFrame frame)
    {
        var columns = frame.Columns.Select(c => c.Name).ToList();
        var rows = new List<IReadOnlyList<object?>>();
        for (long r = 0; r < Math.Min(frame.Rows.Count, MaxRows); r++)
        {
            rows.Add(frame.Columns.Select(c => c[r]).ToList());
        }

        return (columns, rows, frame.Rows.Count);
    }

    public static (IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, long Total) FromRecords(IEnumerable sequence)
    {
        var properties = Properties(ElementType(sequence.GetType())!);
        var items = sequence.Cast<object?>().ToList();
        var rows = items.Take(MaxRows).Select(item => (IReadOnlyList<object?>)properties.Select(p => item is null ? null : p.GetValue(item)).ToList()).ToList();
        return (properties.Select(p => p.Name).ToList(), rows, items.Count);
    }

    public static JsonObject Format((IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, long Total) table) => new()
    {
        [MimeTypes.Html] = Html(table.Columns, table.Rows, table.Total),
        [MimeTypes.Plain] = PlainText(table.Columns, table.Rows, table.Total),
    };

    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        float f => f.ToString("0.####", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.######", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable sequence => string.Join(", ", sequence.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Html(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> rows, long total)
    {
        var html = new StringBuilder("<table class=\"leadqual-table\">\n<thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(Text(cell))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>");
        if (total > rows.Count)
        {
            html.Append(CultureInfo.InvariantCulture, $"\n<p>{rows.Count} of {total} rows shown.</p>");
        }

        return html.ToString();
    }

    private static string PlainText(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> rows, long total)
    {
        var cells = rows.Select(r => r.Select(c => Clip(Text(c).ReplaceLineEndings(" "))).ToList()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToList();
        var text = new StringBuilder();
        text.AppendLine(string.Join("  ", columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            text.AppendLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        }

        if (total > rows.Count)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"({rows.Count} of {total} rows shown)");
        }

        return text.ToString();
    }

    private static string Clip(string text) => text.Length <= MaxTextWidth ? text : text[..(MaxTextWidth - 1)] + "…";

    private static Type? ElementType(Type sequence) =>
        sequence.IsArray ? sequence.GetElementType()
        : sequence.GetInterfaces().Append(sequence).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(object)
        || Nullable.GetUnderlyingType(type) is { } inner && IsScalar(inner);

    private static List<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToList();
}
