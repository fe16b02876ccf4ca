using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;

namespace LeadQual.Profiles.Offline;

/// <summary>
/// Loads the inference rules (CsvHelper, like the taxonomy's CSVs): the copy embedded in the library, or a
/// file. Patterns are .NET regular expressions matched case-insensitively as whole words.
/// </summary>
public static class InferenceRules
{
    private static readonly Lazy<IReadOnlyList<InferenceRule>> Embedded = new(LoadEmbedded);

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        MissingFieldFound = null,
        TrimOptions = TrimOptions.Trim,
    };

    /// <summary>The shipped rules, loaded once per process.</summary>
    public static IReadOnlyList<InferenceRule> Default => Embedded.Value;

    public static IReadOnlyList<InferenceRule> LoadFile(string path)
    {
        using var reader = File.OpenText(path);
        return Read(reader, path);
    }

    public static IReadOnlyList<InferenceRule> Read(TextReader reader, string source)
    {
        using var csv = new CsvReader(reader, Configuration);
        var rules = new List<InferenceRule>();
        foreach (var row in csv.GetRecords<RuleRow>())
        {
            var at = $"{source}: row {csv.Parser.Row}";
            if (string.IsNullOrWhiteSpace(row.Pattern) || string.IsNullOrWhiteSpace(row.Skill))
            {
                throw new InvalidDataException($"{at} needs a pattern and a skill");
            }

            if (!Enum.TryParse<SkillCategory>(row.Category, ignoreCase: true, out var category))
            {
                throw new InvalidDataException($"{at} ({row.Skill}) has category '{row.Category}', expected technical, soft or domain");
            }

            if (!Enum.TryParse<EvidenceType>((row.Evidence_Type ?? string.Empty).Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var evidenceType) || evidenceType == EvidenceType.Implication)
            {
                throw new InvalidDataException($"{at} ({row.Skill}) has evidence_type '{row.Evidence_Type}', expected direct_mention, role_responsibility or project_context");
            }

            if (row.Confidence is not (> 0 and <= 1))
            {
                throw new InvalidDataException($"{at} ({row.Skill}) has confidence {row.Confidence}, expected a number in (0, 1]");
            }

            Regex pattern;
            try
            {
                pattern = new Regex(@"(?<!\w)(?:" + row.Pattern + @")(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
            }
            catch (ArgumentException failure)
            {
                throw new InvalidDataException($"{at} ({row.Skill}) has an invalid pattern: {failure.Message}", failure);
            }

            rules.Add(new InferenceRule(pattern, row.Skill.Trim(), category, evidenceType, row.Confidence.Value, (row.Field ?? string.Empty).Trim()));
        }

        return rules;
    }

    private static IReadOnlyList<InferenceRule> LoadEmbedded()
    {
        var stream = typeof(InferenceRules).Assembly.GetManifestResourceStream("LeadQual.Taxonomy.inference-rules.csv")
            ?? throw new InvalidOperationException("resource inference-rules.csv is missing from the build");
        using var reader = new StreamReader(stream);
        return Read(reader, "embedded inference-rules.csv");
    }

    private sealed class RuleRow
    {
        public string Pattern { get; set; } = string.Empty;

        public string Skill { get; set; } = string.Empty;

        public string? Category { get; set; }

        public string? Evidence_Type { get; set; }

        public double? Confidence { get; set; }

        public string? Field { get; set; }
    }
}
