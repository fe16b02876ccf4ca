using System.Text.RegularExpressions;
using LeadQual.Taxonomy;

namespace LeadQual.Engines.Offline.Requirements;

/// <summary>
/// Reads an atomic requirement string (the offline decomposition's, an LLM's or a gold file's) into the
/// parts a resume must show: degree level, field, years in a domain, skills, a category, leadership.
/// </summary>
public sealed partial class RequirementInterpreter(SkillTaxonomy taxonomy)
{
    public IReadOnlyList<RequirementSpec> Interpret(string requirement)
    {
        var specs = new List<RequirementSpec>();
        var text = requirement.Trim();
        var lower = text.ToLowerInvariant();
        var consumed = new List<(int Start, int End)>();

        var degrees = DegreePatterns.Find(text);
        if (degrees.Count > 0)
        {
            specs.Add(new DegreeSpec(degrees.Min(d => d.Level), EquivalentExperience().IsMatch(lower), Studying().IsMatch(lower)));
            consumed.AddRange(degrees.Select(d => (d.Start, d.End)));
        }

        if (degrees.Count > 0 || FieldCue().IsMatch(lower))
        {
            var fields = taxonomy.FindFields(text).Select(f => f.Value).Distinct().ToList();
            if (fields.Count > 0)
            {
                specs.Add(new FieldSpec(fields, RelatedCue().IsMatch(lower)));
                return specs;
            }
        }

        if (degrees.Count > 0)
        {
            return specs;
        }

        var years = YearsPattern.Find(text);
        if (years is not null)
        {
            var domainSkills = taxonomy.FindSkills(years.Domain).Select(m => m.Value).Where(s => s.Kind != SkillKind.Soft).Distinct().ToList();
            specs.Add(new YearsSpec(years.Years, years.Domain, domainSkills));
            consumed.Add((years.Start, years.End));
        }

        var remainder = Mask(text, consumed);
        // Examples in parentheses ("Excel (pivot tables, XLOOKUP)") illustrate the skill before them; they are not more requirements.
        var outside = Parenthetical().Replace(remainder, m => new string(' ', m.Length));
        var found = taxonomy.FindSkills(outside).Where(m => m.Value.Kind != SkillKind.Soft || specs.Count == 0).ToList();
        if (found.Count == 0)
        {
            found = taxonomy.FindSkills(remainder).Where(m => m.Value.Kind != SkillKind.Soft || specs.Count == 0).ToList();
        }

        var categories = taxonomy.FindCategories(remainder).Where(c => !found.Any(s => Outranks(s, c))).ToList();
        var skills = found.Where(m => !categories.Any(c => c.Start <= m.Start && m.End <= c.End)).ToList();

        // "Automated testing with Jest", "Python for security automation": the tool is the requirement, the practice says what for.
        if (skills.Any(m => IsTool(m.Value)) && skills.Any(m => !IsTool(m.Value)))
        {
            skills = skills.Where(m => IsTool(m.Value)).ToList();
        }
        var similar = SimilarCue().IsMatch(lower);
        if (categories.Count > 0 && (skills.Count == 0 || similar || ExampleCue().IsMatch(lower)))
        {
            specs.Add(new CategorySpec(categories[0].Value));
        }
        else if (skills.Count > 0)
        {
            var anyOne = skills.Count > 1 && AlternativeCue().IsMatch(Between(remainder, skills[0].End, skills[^1].Start));
            var named = skills.Select(m => m.Value).Distinct().ToList();
            // "AWS certification": the credential is asked for, not the skill; a named certification is already one.
            specs.Add(Credential().IsMatch(lower) && named.All(s => s.Kind is not (SkillKind.Certification or SkillKind.License))
                ? new CredentialSpec(named, anyOne)
                : new SkillSpec(named, anyOne, similar));
        }

        if (Leadership().Match(lower) is { Success: true } leadership)
        {
            var size = TeamSize().Match(lower);
            specs.Add(new LeadershipSpec(size.Success ? int.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1));
        }

        if (specs.Count == 0)
        {
            var terms = ContentWords(text);
            if (terms.Count > 0)
            {
                specs.Add(new KeywordSpec(terms));
            }
        }

        return specs;
    }

    /// <summary>Content words of a requirement, lower-cased, without the words every requirement uses.</summary>
    public static IReadOnlyList<string> ContentWords(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value)
            .Where(w => w.Length > 2 && !StopWords.Contains(w))
            .Distinct()
            .ToList();

    private static readonly HashSet<string> StopWords =
    [
        "and", "the", "with", "for", "experience", "experienced", "knowledge", "skills", "skill", "ability", "able", "strong", "proven", "demonstrated", "working", "work", "understanding", "familiarity", "familiar", "proficiency", "proficient", "years", "year", "plus", "preferred", "required", "must", "have", "has", "having", "you", "your", "our", "are", "who", "from", "into", "such", "similar", "including", "etc", "other", "related", "relevant", "solid", "good", "excellent", "hands", "on", "using", "use", "least", "minimum", "candidate", "ideal", "equivalent", "background", "expertise", "in", "of", "or", "to", "an", "a", "is", "be", "as", "at", "by", "any", "all", "one", "more", "well", "high", "level", "deep", "basic", "advanced", "professional", "practical", "previous", "prior", "bonus", "nice",
    ];

    /// <summary>A skill outranks a category phrase inside its name unless the skill is only that category by another name ("Transportation management system TMS").</summary>
    public static bool Outranks(PhraseMatch<SkillEntry> skill, PhraseMatch<CategoryEntry> category) =>
        skill.Start <= category.Start && category.End <= skill.End && skill.End - skill.Start > category.End - category.Start
        && !skill.Value.Name.Contains(category.Value.Name, StringComparison.OrdinalIgnoreCase);

    public static bool IsTool(SkillEntry skill) =>
        skill.Kind is SkillKind.Technical or SkillKind.Certification or SkillKind.License
        && !skill.Category.EndsWith("skill", StringComparison.Ordinal) && !skill.Category.EndsWith("practice", StringComparison.Ordinal);

    private static string Mask(string text, List<(int Start, int End)> spans)
    {
        var chars = text.ToCharArray();
        foreach (var (start, end) in spans)
        {
            for (var i = start; i < end && i < chars.Length; i++)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static string Between(string text, int start, int end) => end > start ? text[start..end] : string.Empty;

    [GeneratedRegex(@"equivalent (practical |work |professional |relevant )?experience|or equivalent\b|equivalent combination|in lieu of", RegexOptions.CultureInvariant)]
    private static partial Regex EquivalentExperience();

    [GeneratedRegex(@"\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\b(certification|certificate|certified|license|licence|licensed|licensure|credential)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Credential();

    [GeneratedRegex(@"\b(currently (pursuing|enrolled)|pursuing a|enrolled in|current(ly)? (a )?student|rising (junior|senior))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Studying();

    [GeneratedRegex(@"\b(degree|major|field|studies|study|discipline|diploma|graduate)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FieldCue();

    [GeneratedRegex(@"related|relevant|similar|equivalent|comparable|quantitative|technical field|such as|e\.g\.|like", RegexOptions.CultureInvariant)]
    private static partial Regex RelatedCue();

    [GeneratedRegex(@"or similar|or equivalent|or comparable|or other|or another|or related|or a similar|similar tools?|equivalent tools?|any (major|modern|of)", RegexOptions.CultureInvariant)]
    private static partial Regex SimilarCue();

    [GeneratedRegex(@"such as|e\.g\.|for example|like\b|including", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleCue();

    [GeneratedRegex(@"\bor\b|/|\beither\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AlternativeCue();

    [GeneratedRegex(@"\b(lead|leading|led|manag(e|ed|ing)|supervis(e|ed|ing|ory)|people manager|direct reports|mentor(ing)?)\b.{0,40}\b(team|teams|people|staff|engineers|reports|crew|employees|others|direct reports)\b|\b(people|team|staff) (management|leadership|supervision)\b|\bsupervisory experience\b", RegexOptions.CultureInvariant)]
    private static partial Regex Leadership();

    [GeneratedRegex(@"(\d+)\+?\s*(or more\s+)?(people|engineers|staff|employees|direct reports|reports|person)", RegexOptions.CultureInvariant)]
    private static partial Regex TeamSize();

    [GeneratedRegex(@"[a-z][a-z0-9+#.'-]*[a-z0-9+#]", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
