using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;

namespace LeadQual.Evaluation.Slices;

/// <summary>An ordered list of (label, regex) rules from an embedded CSV under data/rules/; the first match labels a text.</summary>
internal sealed class SliceRules
{
    private readonly IReadOnlyList<(string Label, Regex Pattern)> rules;
    private readonly string fallback;

    private SliceRules(IReadOnlyList<(string Label, Regex Pattern)> rules, string fallback)
    {
        this.rules = rules;
        this.fallback = fallback;
    }

    public static SliceRules Load(string file, string fallback)
    {
        var name = $"LeadQual.Evaluation.Rules.{file}";
        using var stream = typeof(SliceRules).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"data/rules/{file} is not embedded");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<(string, Regex)>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var label = csv.GetField(0)!.Trim();
            var pattern = csv.GetField(1)!;
            try
            {
                rows.Add((label, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))));
            }
            catch (ArgumentException error)
            {
                throw new InvalidDataException($"data/rules/{file}: row {csv.Parser.Row} ({label}): {error.Message}", error);
            }
        }

        return new SliceRules(rows, fallback);
    }

    public string Label(string text) => rules.FirstOrDefault(r => r.Pattern.IsMatch(text)).Label ?? fallback;
}
