using System.Text.Json;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.Units;

/// <summary>Reads and writes units.json; a file that is not one is bad input naming the file.</summary>
public static class EvalUnitsFile
{
    public static Task WriteAsync(EvalUnits units, string path, CancellationToken cancellationToken = default) =>
        File.WriteAllTextAsync(path, LeadQualJson.Serialize(units) + "\n", cancellationToken);

    public static EvalUnits Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: per-unit results not found (written by leadqual eval beside metrics.json)", path);
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
