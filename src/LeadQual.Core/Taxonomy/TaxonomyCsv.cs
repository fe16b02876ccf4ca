using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace LeadQual.Taxonomy;

/// <summary>Reads and writes the taxonomy's CSV files (CsvHelper); list cells are '|'-separated.</summary>
public static class TaxonomyCsv
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        MissingFieldFound = null,
        // curated-skills.csv has no O*NET columns; skills.csv has them.
        HeaderValidated = null,
        TrimOptions = TrimOptions.Trim,
    };

    public static IReadOnlyList<SkillEntry> ReadSkills(TextReader reader, string source)
    {
        using var csv = new CsvReader(reader, Configuration);
        var skills = new List<SkillEntry>();
        foreach (var row in csv.GetRecords<SkillRow>())
        {
            if (string.IsNullOrWhiteSpace(row.Name))
            {
                throw new InvalidDataException($"{source}: row {csv.Parser.Row} has no name");
            }

            if (!Enum.TryParse<SkillKind>(row.Kind, ignoreCase: true, out var kind))
            {
                throw new InvalidDataException($"{source}: row {csv.Parser.Row} ({row.Name}) has kind '{row.Kind}', expected technical, soft, domain, certification or license");
            }

            skills.Add(new SkillEntry(row.Name.Trim(), Split(row.Aliases), (row.Category ?? string.Empty).Trim().ToLowerInvariant(), kind, Split(row.Implies), Empty(row.Onet_Category), row.Occupations ?? 0));
        }

        return skills;
    }

    public static void WriteSkills(TextWriter writer, IEnumerable<SkillEntry> skills)
    {
        using var csv = new CsvWriter(writer, Configuration);
        csv.WriteRecords(skills.Select(s => new SkillRow
        {
            Name = s.Name,
            Aliases = string.Join('|', s.Aliases),
            Category = s.Category,
            Kind = s.Kind.ToString().ToLowerInvariant(),
            Implies = string.Join('|', s.Implies),
            Onet_Category = s.OnetCategory,
            Occupations = s.Occupations,
        }));
    }

    public static IReadOnlyList<CategoryEntry> ReadCategories(TextReader reader)
    {
        using var csv = new CsvReader(reader, Configuration);
        return csv.GetRecords<CategoryRow>()
            .Select(r => new CategoryEntry(r.Category.Trim().ToLowerInvariant(), Split(r.Aliases), Empty(r.Parent)?.ToLowerInvariant()))
            .ToList();
    }

    public static IReadOnlyList<FieldOfStudy> ReadFields(TextReader reader)
    {
        using var csv = new CsvReader(reader, Configuration);
        return csv.GetRecords<FieldRow>()
            .Select(r => new FieldOfStudy(r.Field.Trim(), Split(r.Aliases), Split(r.Group).Select(g => g.ToLowerInvariant()).ToList()))
            .ToList();
    }

    private static string[] Split(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? [] : cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string? Empty(string? cell) => string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();

    private sealed class SkillRow
    {
        public string Name { get; set; } = string.Empty;

        public string? Aliases { get; set; }

        public string? Category { get; set; }

        public string Kind { get; set; } = "technical";

        public string? Implies { get; set; }

        public string? Onet_Category { get; set; }

        public int? Occupations { get; set; }
    }

    private sealed class CategoryRow
    {
        public string Category { get; set; } = string.Empty;

        public string? Aliases { get; set; }

        public string? Parent { get; set; }
    }

    private sealed class FieldRow
    {
        public string Field { get; set; } = string.Empty;

        public string? Aliases { get; set; }

        public string? Group { get; set; }
    }
}
