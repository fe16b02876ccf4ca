using System.Text.Json.Nodes;

namespace LeadQual.Notebooks.Format;

/// <summary>
/// Output data of a JSON MIME type (a plotly figure) as the JSON object nbformat and the frontends expect: the
/// .NET Interactive document writer (1.0.0-beta.26120.1) writes every MIME value as lines of text.
/// </summary>
internal static class JsonMimeData
{
    public static void Restore(JsonObject notebook)
    {
        var bundles = notebook["cells"]?.AsArray().OfType<JsonObject>()
            .SelectMany(c => c["outputs"] is JsonArray outputs ? outputs.OfType<JsonObject>() : [])
            .Select(o => o["data"]).OfType<JsonObject>() ?? [];
        foreach (var data in bundles)
        {
            foreach (var (mime, value) in data.ToList())
            {
                if (mime.EndsWith("json", StringComparison.Ordinal) && Text(value) is { } text)
                {
                    data[mime] = JsonNode.Parse(text);
                }
            }
        }
    }

    private static string? Text(JsonNode? value) => value switch
    {
        JsonArray lines when lines.All(l => l is JsonValue) => string.Concat(lines.Select(l => l!.GetValue<string>())),
        JsonValue single when single.TryGetValue<string>(out var text) => text,
        _ => null,
    };
}
