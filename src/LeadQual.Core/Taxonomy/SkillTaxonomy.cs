using System.Text.RegularExpressions;

namespace LeadQual.Taxonomy;

/// <summary>
/// The skill taxonomy: canonical skills with aliases, categories and implications, category phrases and
/// fields of study. Finds skills in text and answers the equivalence questions the assessor asks.
/// </summary>
public sealed partial class SkillTaxonomy
{
    private readonly Dictionary<string, SkillEntry> byName;
    private readonly Dictionary<string, CategoryEntry> categories;
    private readonly PhraseIndex<SkillEntry> skillIndex = new();
    private readonly PhraseIndex<CategoryEntry> categoryIndex = new();
    private readonly PhraseIndex<FieldOfStudy> fieldIndex = new();

    public SkillTaxonomy(IEnumerable<SkillEntry> skills, IEnumerable<CategoryEntry> categoryEntries, IEnumerable<FieldOfStudy> fields, ISet<string> ambiguousWords)
    {
        Skills = skills.ToList();
        byName = new Dictionary<string, SkillEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var skill in Skills)
        {
            byName.TryAdd(skill.Name, skill);
        }

        categories = categoryEntries.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        Fields = fields.ToList();

        foreach (var skill in Skills)
        {
            foreach (var phrase in skill.Aliases.Prepend(skill.Name))
            {
                skillIndex.Add(phrase, skill, IsCaseSensitive(phrase, ambiguousWords));
            }
        }

        foreach (var category in categories.Values)
        {
            foreach (var phrase in category.Aliases.Prepend(category.Name))
            {
                categoryIndex.Add(phrase, category, caseSensitive: false);
            }
        }

        foreach (var field in Fields)
        {
            foreach (var phrase in field.Aliases.Prepend(field.Name))
            {
                fieldIndex.Add(phrase, field, IsCaseSensitive(phrase, ambiguousWords));
            }
        }
    }

    public IReadOnlyList<SkillEntry> Skills { get; }

    public IReadOnlyList<FieldOfStudy> Fields { get; }

    public int AliasCount => Skills.Sum(s => s.Aliases.Count);

    public IReadOnlyCollection<CategoryEntry> Categories => categories.Values;

    public SkillEntry? FindSkill(string name) => byName.TryGetValue(name.Trim(), out var entry) ? entry : skillIndex.Lookup(name);

    /// <summary>
    /// The canonical name of a skill as people write it: the taxonomy's name when the text or, for the
    /// "Name (abbreviation)" form, either part is known ("Azure Kubernetes Service (AKS)" is Azure Kubernetes
    /// Service); otherwise the text itself without the parenthetical, so unknown skills compare by their words.
    /// </summary>
    public string CanonicalName(string name)
    {
        var text = Whitespace().Replace(name, " ").Trim();
        if (FindSkill(text) is { } known)
        {
            return known.Name;
        }

        var parts = NameWithParenthetical().Match(text);
        if (!parts.Success)
        {
            return text;
        }

        var outer = Whitespace().Replace(parts.Groups["before"].Value + " " + parts.Groups["after"].Value, " ").Trim();
        var inner = parts.Groups["inside"].Value.Trim();
        return FindSkill(outer)?.Name
            ?? (parts.Groups["after"].Length == 0 && outer.Length > 0 ? FindSkill(inner)?.Name : null)
            ?? (outer.Length > 0 ? outer : text);
    }

    public IReadOnlyList<PhraseMatch<SkillEntry>> FindSkills(string text) => skillIndex.FindAll(text);

    public IReadOnlyList<PhraseMatch<CategoryEntry>> FindCategories(string text) => categoryIndex.FindAll(text);

    public IReadOnlyList<PhraseMatch<FieldOfStudy>> FindFields(string text) => fieldIndex.FindAll(text);

    public CategoryEntry? FindCategory(string name) => categories.TryGetValue(name, out var c) ? c : categoryIndex.Lookup(name);

    /// <summary>True when <paramref name="category"/> is <paramref name="ancestor"/> or one of its descendants.</summary>
    public bool IsWithin(string category, string ancestor)
    {
        var current = category;
        for (var depth = 0; depth < 8 && current is not null; depth++)
        {
            if (string.Equals(current, ancestor, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            current = categories.TryGetValue(current, out var entry) ? entry.Parent : null;
        }

        return false;
    }

    /// <summary>The skills this one implies, transitively ("Django" → "Python").</summary>
    public IReadOnlyCollection<SkillEntry> ImpliedBy(SkillEntry skill)
    {
        var seen = new HashSet<SkillEntry>();
        var queue = new Queue<SkillEntry>([skill]);
        while (queue.Count > 0)
        {
            foreach (var name in queue.Dequeue().Implies)
            {
                if (byName.TryGetValue(name, out var implied) && implied != skill && seen.Add(implied))
                {
                    queue.Enqueue(implied);
                }
            }
        }

        return seen;
    }

    // Short tokens, acronyms and common English words ("Go", "R", "FEAR", "Excel") only count when written as names.
    private static bool IsCaseSensitive(string phrase, ISet<string> ambiguousWords)
    {
        var tokens = PhraseTokenizer.Tokenize(phrase);
        if (tokens.Count != 1)
        {
            return false;
        }

        // An acronym ("FEAR", "HTML") is a name only in capitals: "Cape Fear" is a place.
        var token = tokens[0].Text;
        return token.Length <= 3 || ambiguousWords.Contains(token.ToLowerInvariant()) || (token.Length <= 6 && token.All(c => char.IsUpper(c) || char.IsDigit(c)) && token.Any(char.IsLetter));
    }

    [GeneratedRegex(@"^(?<before>[^()]*)\((?<inside>[^()]+)\)(?<after>[^()]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithParenthetical();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
