using System.Text;
using System.Text.Json;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.Units;

/// <summary>
/// Reads and writes units.json: one JSON object with one unit per line, so a regenerated baseline's
/// diff shows which postings, pairs and resumes changed. A file that is not one is bad input naming the file.
/// </summary>
public static class EvalUnitsFile
{
    public static Task WriteAsync(EvalUnits units, string path, CancellationToken cancellationToken = default) =>
        File.WriteAllTextAsync(path, Format(units), cancellationToken);

    public static string Format(EvalUnits units)
    {
        var text = new StringBuilder("{\n");
        text.Append($"\"engine\": {LeadQualJson.Serialize(units.Engine)},\n\"model\": {LeadQualJson.Serialize(units.Model)},\n\"prompt_version\": {LeadQualJson.Serialize(units.PromptVersion)},\n");
        List("postings", units.Postings, last: false);
        List("pairs", units.Pairs, last: false);
        List("resumes", units.Resumes, last: true);
        return text.Append("}\n").ToString();

        void List<T>(string name, IReadOnlyList<T> items, bool last)
        {
            text.Append($"\"{name}\": [");
            for (var i = 0; i < items.Count; i++)
            {
                text.Append(i == 0 ? "\n" : ",\n").Append(LeadQualJson.Serialize(items[i]));
            }

            text.Append(items.Count == 0 ? "]" : "\n]").Append(last ? "\n" : ",\n");
        }
    }

    public static EvalUnits Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: per-unit results not found (leadqual eval writes units.json beside metrics.json)", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static EvalUnits Parse(string json, string source)
    {
        try
        {
            var units = LeadQualJson.Deserialize<EvalUnits>(json);
            return units.Postings is null || units.Pairs is null || units.Resumes is null
                ? throw new InvalidDataException($"{source}: not a units file (postings, pairs and resumes are required)")
                : units;
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{source}: not a units file ({error.Message})", error);
        }
    }
}
