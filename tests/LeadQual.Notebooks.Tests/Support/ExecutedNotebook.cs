using System.Text.Json.Nodes;
using LeadQual.Notebooks.Execution;
using LeadQual.Notebooks.Format;

namespace LeadQual.Notebooks.Tests.Support;

/// <summary>An executed .ipynb as a reader gets it (written by nbconvert or by <c>leadqual notebooks run</c>): its code cells, outputs, charts and tables.</summary>
internal sealed class ExecutedNotebook
{
    public ExecutedNotebook(string path)
    {
        Path = path;
        Root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
    }

    public string Path { get; }

    public JsonObject Root { get; }

    public IReadOnlyList<JsonObject> CodeCells => Root["cells"]!.AsArray().OfType<JsonObject>().Where(c => c["cell_type"]!.GetValue<string>() == "code").ToList();

    public IEnumerable<JsonObject> AllOutputs => CodeCells.SelectMany(Outputs);

    /// <summary>The chart outputs: HTML that draws a plotly figure.</summary>
    public IReadOnlyList<JsonObject> Charts => AllOutputs.Where(IsChart).ToList();

    /// <summary>The titles of the charts, as plotly.js shows them.</summary>
    public IReadOnlyList<string> ChartTitles => Charts.Select(c => System.Net.WebUtility.HtmlDecode(Figure(c)["layout"]!["title"]!["text"]!.GetValue<string>())).ToList();

    /// <summary>The captions of the LeadQual tables (the kernel extension's HTML tables).</summary>
    public IReadOnlyList<string> TableCaptions => AllOutputs
        .Where(o => o["data"] is JsonObject d && !IsChart(o) && d.ContainsKey("text/html"))
        .Select(o => o["data"]!["text/html"].Text())
        .Where(html => html.Contains("<table class=\"leadqual\">", StringComparison.Ordinal))
        .Select(html => System.Net.WebUtility.HtmlDecode(html[(html.IndexOf("<caption", StringComparison.Ordinal) + "<caption".Length)..html.IndexOf("</caption>", StringComparison.Ordinal)].Split('>', 2)[1]))
        .ToList();

    public IReadOnlyList<JsonObject> Errors => AllOutputs.Where(o => o.Type() == "error").ToList();

    public static async Task<ExecutedNotebook> SaveAsync(NotebookRun run)
    {
        var file = System.IO.Path.Combine(Directory.CreateTempSubdirectory("leadqual-nb-").FullName, System.IO.Path.GetFileName(run.Path));
        await NotebookFile.WriteAsync(run.Document, file);
        return new ExecutedNotebook(file);
    }

    public static bool IsChart(JsonObject output) => output["data"]?["text/html"].Text().Contains("class=\"plotly-figure\"", StringComparison.Ordinal) == true;

    /// <summary>The figure a chart output draws: the JSON in its <c>&lt;script type="application/json"&gt;</c> element.</summary>
    public static JsonObject Figure(JsonObject chart)
    {
        var html = chart["data"]!["text/html"].Text();
        var start = html.IndexOf("<script type=\"application/json\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the chart output carries no figure JSON");
        start = html.IndexOf('>', start) + 1;
        return JsonNode.Parse(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)])!.AsObject();
    }

    public static IReadOnlyList<JsonObject> Outputs(JsonObject cell) => cell["outputs"]!.AsArray().OfType<JsonObject>().ToList();

    public static string Source(JsonObject cell) => cell["source"].Text();

    public IReadOnlyList<JsonObject> OfCodeCell(int number) => Outputs(CodeCells[number - 1]);
}

/// <summary>Reading outputs: an output's type, and the text of a string or a list of lines.</summary>
internal static class OutputText
{
    public static string Type(this JsonObject output) => output["output_type"]!.GetValue<string>();

    public static string Text(this JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        JsonValue value => value.GetValue<string>(),
        _ => string.Empty,
    };
}
