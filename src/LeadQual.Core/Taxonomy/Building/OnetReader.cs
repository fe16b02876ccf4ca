using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace LeadQual.Taxonomy.Building;

/// <summary>Reads O*NET's tab-separated technology-skills.txt and tools-used.txt into distinct examples.</summary>
public static class OnetReader
{
    public static IReadOnlyList<OnetExample> Read(string onetFolder)
    {
        var technology = ReadFile(Path.Combine(onetFolder, "technology-skills.txt"), isTool: false);
        var tools = ReadFile(Path.Combine(onetFolder, "tools-used.txt"), isTool: true);
        return technology.Concat(tools).ToList();
    }

    private static IEnumerable<OnetExample> ReadFile(string path, bool isTool)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: O*NET file not found");
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = "\t", Mode = CsvMode.NoEscape, MissingFieldFound = null };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, configuration);
        var rows = new List<(string Soc, string Example, string Commodity)>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            rows.Add((csv.GetField(0) ?? string.Empty, (csv.GetField(1) ?? string.Empty).Trim(), (csv.GetField(3) ?? string.Empty).Trim()));
        }

        return rows.Where(r => r.Example.Length > 0)
            .GroupBy(r => r.Example, StringComparer.OrdinalIgnoreCase)
            .Select(g => new OnetExample(
                g.First().Example,
                g.GroupBy(r => r.Commodity).OrderByDescending(c => c.Count()).First().Key,
                g.Select(r => r.Soc).Distinct().Count(),
                isTool))
            .ToList();
    }
}
