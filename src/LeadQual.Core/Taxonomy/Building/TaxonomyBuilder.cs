using System.Text.RegularExpressions;

namespace LeadQual.Taxonomy.Building;

/// <summary>
/// Builds the shipped skills.csv: the curated skills (names, aliases, categories, implications written
/// by hand) merged with every O*NET technology and tool name. An O*NET name that resolves to a curated
/// skill becomes one of its aliases; the rest become skills of their own, categorised by their
/// O*NET commodity. Aliases that would point at two skills are dropped, curated ones win.
/// </summary>
public static partial class TaxonomyBuilder
{
    private static readonly string[] VendorPrefixes =
    [
        "Microsoft", "Apache", "Oracle", "IBM", "Amazon", "Google", "Adobe", "SAP", "Autodesk", "Atlassian", "Intuit", "Salesforce", "Cisco", "VMware", "Red Hat", "Apple", "Facebook", "Meta", "The", "Sage", "Epic Systems", "Cerner",
    ];

    public static IReadOnlyList<SkillEntry> Build(IReadOnlyList<SkillEntry> curated, IReadOnlyList<OnetExample> onet, IReadOnlyDictionary<string, string> commodityCategories)
    {
        var skills = curated.Select(s => new Draft(s)).ToList();
        var owner = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (var draft in skills)
        {
            foreach (var phrase in draft.Phrases())
            {
                owner.TryAdd(PhraseTokenizer.Key(phrase), draft);
            }
        }

        foreach (var example in onet.OrderByDescending(e => e.Occupations))
        {
            var cleaned = Clean(example.Name);
            if (PhraseTokenizer.Tokenize(cleaned).Count == 1 && !string.Equals(cleaned, example.Name.Trim(), StringComparison.Ordinal))
            {
                // "Survey software" is a kind of software; "Survey" alone would match ordinary prose.
                cleaned = example.Name.Trim();
            }

            // A vendor-stripped name is an alias only when it is still specific: "Google Cloud" must not become "Cloud".
            var stripped = StripVendor(cleaned);
            var candidates = new[] { example.Name, cleaned, PhraseTokenizer.Tokenize(stripped).Count > 1 ? stripped : cleaned, Singular(cleaned) }
                .Where(c => c.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var existing = candidates.Select(c => owner.GetValueOrDefault(PhraseTokenizer.Key(c))).FirstOrDefault(d => d is not null);
            // A one-word tool name no curated skill claims ("Platforms", "Ladders") is equipment every trade has,
            // and it would match ordinary prose.
            if (existing is null && example.IsTool && PhraseTokenizer.Tokenize(cleaned).Count == 1)
            {
                continue;
            }

            if (existing is null)
            {
                var category = commodityCategories.GetValueOrDefault(example.CommodityTitle) ?? example.CommodityTitle.ToLowerInvariant();
                existing = new Draft(new SkillEntry(cleaned, [], category, example.IsTool ? SkillKind.Domain : SkillKind.Technical, [], example.CommodityTitle, example.Occupations));
                skills.Add(existing);
                owner[PhraseTokenizer.Key(cleaned)] = existing;
            }

            existing.OnetCategory ??= example.CommodityTitle;
            existing.Occupations = Math.Max(existing.Occupations, example.Occupations);
            foreach (var candidate in candidates)
            {
                var key = PhraseTokenizer.Key(candidate);
                if (!owner.ContainsKey(key) && IsUsefulAlias(candidate))
                {
                    owner[key] = existing;
                    existing.Aliases.Add(candidate);
                }
            }
        }

        return skills.Select(d => d.ToEntry()).OrderBy(s => s.Category, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>"Amazon Web Services AWS software" → "Amazon Web Services AWS"; trailing "software" says nothing.</summary>
    public static string Clean(string name)
    {
        var cleaned = TrailingSoftware().Replace(name.Trim(), string.Empty).Trim();
        return cleaned.Length == 0 ? name.Trim() : cleaned;
    }

    private static string StripVendor(string name)
    {
        foreach (var prefix in VendorPrefixes)
        {
            if (name.StartsWith(prefix + " ", StringComparison.Ordinal) && name.Length > prefix.Length + 4)
            {
                return name[(prefix.Length + 1)..];
            }
        }

        return name;
    }

    private static string Singular(string name) =>
        name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y"
        : name.EndsWith("ches", StringComparison.Ordinal) || name.EndsWith("shes", StringComparison.Ordinal) || name.EndsWith("xes", StringComparison.Ordinal) ? name[..^2]
        : name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal) ? name[..^1]
        : name;

    // A lone short or generic word would match all over ordinary prose.
    private static bool IsUsefulAlias(string alias)
    {
        var tokens = PhraseTokenizer.Tokenize(alias);
        return tokens.Count > 1 || (tokens.Count == 1 && tokens[0].Text.Length >= 4);
    }

    [GeneratedRegex(@"\s+software$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingSoftware();

    private sealed class Draft(SkillEntry entry)
    {
        public SkillEntry Entry { get; } = entry;

        public List<string> Aliases { get; } = [.. entry.Aliases];

        public string? OnetCategory { get; set; } = entry.OnetCategory;

        public int Occupations { get; set; } = entry.Occupations;

        public IEnumerable<string> Phrases() => Aliases.Prepend(Entry.Name);

        public SkillEntry ToEntry() => Entry with { Aliases = Aliases.Distinct(StringComparer.OrdinalIgnoreCase).Where(a => !string.Equals(a, Entry.Name, StringComparison.OrdinalIgnoreCase)).ToList(), OnetCategory = OnetCategory, Occupations = Occupations };
    }
}
