using System.Text.RegularExpressions;
using LeadQual.Engines.Offline.Requirements;
using LeadQual.Engines.Offline.Resumes;
using LeadQual.Taxonomy;

namespace LeadQual.Profiles.Offline;

/// <summary>
/// Explicit skills: every taxonomy skill named by its name or an alias, under its canonical name, with up to
/// three lines quoted. Skills the inference rules know but the taxonomy lacks count as named only where a
/// resume lists skills (skills section, summary), since in prose such words ("reporting to", "sales rose")
/// are rarely a claim of the skill. A mention is a claim only where the candidate says what they can do, so
/// these are not read as naming skills (<see cref="IsClaim"/>):
/// <list type="bullet">
/// <item>web addresses and e-mail addresses ("github.com/…" is a profile link, not Git or GitHub);</item>
/// <item>a one-letter name hyphenated or as an initial ("C-II controlled substances", "Hart, J.");</item>
/// <item>letters spaced apart ("E N G L I S H   T E A C H E R" is a styled heading; "A R" in it is not AR);</item>
/// <item>the heading block: name, headline and contact lines before the first section;</item>
/// <item>a role's short header lines (job title, employer, place, dates): "Ironbridge Logistics" is an employer;</item>
/// <item>a degree line ("B.S. Cybersecurity"): the field of a degree is what was studied, not a skill claimed;</item>
/// <item>a domain skill of several words named in prose by its first word alone ("retail clients" for Retail
/// operations, "the vaccine inventory" for Inventory management): that is the setting, not the skill
/// (acronyms such as "PBIS" are names, not settings).</item>
/// </list>
/// A skill written out, set apart by punctuation, inside a longer alias of a skill that implies it
/// ("Python (pandas)", "AWS (EKS") is named too.
/// </summary>
public sealed partial class ExplicitSkillFinder
{
    public const int MaxEvidence = 3;

    /// <summary>Heading-block lines at most this long are a name, headline or contact line, not prose.</summary>
    public const int HeadingBlockMaxWords = 14;

    private readonly SkillTaxonomy taxonomy;
    private readonly SkillListReader listReader;
    private readonly List<(string Name, SkillCategory Category, Regex Pattern)> ruleSkillNames;

    public ExplicitSkillFinder(SkillTaxonomy taxonomy, IEnumerable<InferenceRule> rules)
    {
        this.taxonomy = taxonomy;
        listReader = new SkillListReader(taxonomy);
        ruleSkillNames = rules
            .Where(r => taxonomy.FindSkill(r.Skill) is null)
            .GroupBy(r => r.Skill, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First().Skill, g.First().Category, new Regex(@"(?<!\w)" + Regex.Escape(g.Key) + @"(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
            .ToList();
    }

    public IReadOnlyList<SkillAssessment> Find(ResumeFacts facts, ExtractionCheck extraction)
    {
        var context = new ClaimContext(facts);
        var mentions = new List<(SkillEntry Skill, int Line)>();
        foreach (var mention in facts.Skills)
        {
            if (!IsClaim(mention, context))
            {
                continue;
            }

            mentions.Add((mention.Skill, mention.Line));

            // "Python (pandas)" reads as the alias "Python Pandas" of Pandas, yet it writes Python out too.
            foreach (var implied in mention.Skill.Implies.Select(taxonomy.FindSkill).OfType<SkillEntry>())
            {
                if (implied.Aliases.Prepend(implied.Name).Any(name => WrittenApart(mention.MatchedText, name)))
                {
                    mentions.Add((implied, mention.Line));
                }
            }
        }

        var found = new List<SkillAssessment>();
        foreach (var group in mentions.GroupBy(m => m.Skill))
        {
            var evidence = group.Select(m => m.Line).Distinct()
                .Order()
                .Take(MaxEvidence)
                .Select(n => Snippets.From(facts.Line(n), EvidenceType.DirectMention))
                .ToList();
            found.Add(new SkillAssessment(group.Key.Name, SkillCategories.Of(group.Key.Kind), 1.0, evidence));
        }

        var listing = facts.Lines.Where(l => l.Section is ResumeSection.Skills or ResumeSection.Summary).ToList();
        foreach (var (name, category, pattern) in ruleSkillNames)
        {
            var evidence = listing.Where(l => pattern.IsMatch(l.Text))
                .Take(MaxEvidence)
                .Select(l => Snippets.From(l, EvidenceType.DirectMention))
                .ToList();
            if (evidence.Count > 0 && !found.Any(s => string.Equals(s.Skill, name, StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(new SkillAssessment(name, category, 1.0, evidence));
            }
        }

        // A garbled extraction has no reliable lists or product names: its "items" are names, page furniture and broken words.
        if (!extraction.Unparseable)
        {
            found.AddRange(ListedItems(facts, found));
            found.AddRange(ProductNames(facts, found, context));
        }

        return found.OrderBy(s => s.Evidence[0].LineStart).ThenBy(s => s.Skill, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// An item of a skills list is a skill the candidate names, whether or not the taxonomy knows it
    /// ("Storybook", "Celery"): the list itself says so (<see cref="SkillListReader"/>). Items the taxonomy
    /// resolved are already found.
    /// </summary>
    private IEnumerable<SkillAssessment> ListedItems(ResumeFacts facts, List<SkillAssessment> found)
    {
        var known = found.Select(s => s.Skill).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var item in listReader.Items(facts.Lines.Where(l => l.Section == ResumeSection.Skills)))
        {
            var evidence = Snippets.From(item.Line!, EvidenceType.DirectMention);
            // A name the taxonomy knows but no line wrote whole: it was wrapped onto the next line.
            if ((item.Known ?? taxonomy.FindSkill(item.Text)) is { } skill)
            {
                if (known.Add(skill.Name))
                {
                    yield return new SkillAssessment(skill.Name, SkillCategories.Of(skill.Kind), 1.0, [evidence]);
                }

                continue;
            }

            var words = item.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 1 or > 4 || item.Text.Length < 2 || !item.Text.Any(char.IsLetter) || known.Contains(item.Text) || taxonomy.FindSkills(item.Text).Count > 0)
            {
                continue;
            }

            // A phrase with function words ("References available on request") is a sentence, not a named skill.
            if (words.Any(w => FunctionWord().IsMatch(w)))
            {
                continue;
            }

            known.Add(item.Text);
            yield return new SkillAssessment(item.Text, SkillCategory.Technical, 1.0, [evidence]);
        }
    }

    /// <summary>
    /// A word capitalised inside ("HealthKit", "VirusTotal") or ending in digits ("Boto3") is a product's name,
    /// and one written where the candidate describes their work or lists skills is a tool they name, known to
    /// the taxonomy or not. Not from the heading block, role headers, education lines or a bold project title
    /// ("**StudyGrid** — a study planner"), and not a surname ("McLeod", "DeLuca") or a service model ("SaaS").
    /// </summary>
    private IEnumerable<SkillAssessment> ProductNames(ResumeFacts facts, List<SkillAssessment> found, ClaimContext context)
    {
        var mentionsByLine = facts.Skills.ToLookup(m => m.Line, m => m.MatchedText);
        var known = found.Select(s => s.Skill).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var line in facts.Lines)
        {
            var outsideWork = line.Section is ResumeSection.Education or ResumeSection.Header or ResumeSection.Other && line.RoleIndex is null;
            if (outsideWork || context.HeadingBlock.Contains(line.Number) || context.RoleHeaders.Contains(line.Number))
            {
                continue;
            }

            var mentioned = mentionsByLine[line.Number];
            var unbolded = BoldSpan().Replace(line.Text, " ");
            foreach (Match product in ProductName().Matches(unbolded))
            {
                var name = product.Value;
                if (Surname().IsMatch(name) || known.Contains(name) || mentioned.Any(m => m.Contains(name, StringComparison.Ordinal)) || taxonomy.FindSkills(name).Count > 0)
                {
                    continue;
                }

                known.Add(name);
                yield return new SkillAssessment(name, SkillCategory.Technical, 1.0, [Snippets.From(line, EvidenceType.DirectMention, product.Index, product.Index + product.Length)]);
            }
        }
    }

    /// <summary>Whether a taxonomy mention is the candidate naming a skill they have (see the class summary).</summary>
    public static bool IsClaim(SkillMention mention, ResumeFacts facts) => IsClaim(mention, new ClaimContext(facts));

    private static bool IsClaim(SkillMention mention, ClaimContext context)
    {
        var line = context.Facts.Line(mention.Line);
        var listed = line.Section == ResumeSection.Skills;

        // A soft skill is "named" only where the resume lists it as a skill; "reliable" in a bullet is prose.
        if (mention.Skill.Kind == SkillKind.Soft && !listed)
        {
            return false;
        }

        if (!WholeWord(SpacedLetters().Replace(Addresses().Replace(line.Text, " "), " "), mention.MatchedText))
        {
            return false;
        }

        // A one-letter name ("C", "R") hyphenated or followed by a full stop is a code or an initial: "C-II", "Hart, J.".
        if (mention.MatchedText.Length == 1 && !Regex.IsMatch(line.Text, @"(?<![\w-])" + Regex.Escape(mention.MatchedText) + @"(?![\w-]|\.(\s|$))", RegexOptions.CultureInvariant))
        {
            return false;
        }

        if (listed)
        {
            return true;
        }

        if (context.HeadingBlock.Contains(line.Number) || context.RoleHeaders.Contains(line.Number))
        {
            return false;
        }

        var credential = mention.Skill.Kind is SkillKind.Certification or SkillKind.License;
        if (line.Section == ResumeSection.Education && !credential && DegreePatterns.Find(line.Text).Count > 0)
        {
            return false;
        }

        return !IsSettingWord(mention) || line.Section == ResumeSection.Summary;
    }

    // "retail" for Retail operations, "inventory" for Inventory management: one word standing for a longer
    // domain skill names the business the candidate worked in, not the skill.
    private static bool IsSettingWord(SkillMention mention) =>
        mention.Skill.Kind == SkillKind.Domain
        && Words(mention.MatchedText) == 1
        && Words(mention.Skill.Name) > 1
        && !mention.MatchedText.All(c => !char.IsLetter(c) || char.IsUpper(c))
        && mention.Skill.Name.StartsWith(mention.MatchedText, StringComparison.OrdinalIgnoreCase);

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    // Two names set apart by punctuation ("Python (pandas)", "AWS (EKS"), not one product's name ("Ruby on Rails").
    private static bool WrittenApart(string text, string name) =>
        name.Length > 0 && Regex.IsMatch(text, @"((?<=[(,]\s*)" + Regex.Escape(name) + @"(?!\w))|((?<![\w/.-])" + Regex.Escape(name) + @"(?=\s*[(,]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool WholeWord(string text, string phrase) =>
        phrase.Length > 0 && Regex.IsMatch(text, @"(?<!\w)" + Regex.Escape(phrase) + @"(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\S+@\S+|(https?://|www\.)\S+|\b[\w.-]+\.(com|org|net|io|dev|me)/\S*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Addresses();

    [GeneratedRegex(@"(?<!\S)(\p{L} +){3,}\p{L}(?!\S)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedLetters();

    [GeneratedRegex(@"(?<![\w@./-])(\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*|\p{Lu}\p{Ll}+\d+)(?![\w@-]|\.\w)", RegexOptions.CultureInvariant)]
    private static partial Regex ProductName();

    // Surnames ("McLeod") and service models ("SaaS") are capitalised inside too.
    [GeneratedRegex(@"^(Mc|Mac|De|Di|Da|La|Le|Van|Von|O)\p{Lu}|aaS$", RegexOptions.CultureInvariant)]
    private static partial Regex Surname();

    [GeneratedRegex(@"\*\*[^*]+\*\*", RegexOptions.CultureInvariant)]
    private static partial Regex BoldSpan();

    [GeneratedRegex(@"^(the|a|an|of|on|upon|to|for|with|in|at|by|from|is|are|available|my|our)$", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionWord();

    private sealed class ClaimContext
    {
        public ClaimContext(ResumeFacts facts)
        {
            Facts = facts;
            foreach (var role in facts.Roles)
            {
                var first = role.Lines.Count > 0 ? Math.Min(role.Lines[0], role.HeaderLine) : role.HeaderLine;
                for (var n = first; n <= role.HeaderLine; n++)
                {
                    // An indented or long line is a description wrapped into the header, not a title or employer.
                    var text = facts.Line(n).Text;
                    if (text.Length > 0 && !char.IsWhiteSpace(text[0]) && Words(text) <= HeadingBlockMaxWords)
                    {
                        RoleHeaders.Add(n);
                    }
                }
            }

            // The heading block: lines before the first section heading, when the resume has headings at all.
            if (facts.Lines.Any(l => l.Section != ResumeSection.Header))
            {
                foreach (var line in facts.Lines.TakeWhile(l => l.Section == ResumeSection.Header && l.RoleIndex is null))
                {
                    if (line.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= HeadingBlockMaxWords)
                    {
                        HeadingBlock.Add(line.Number);
                    }
                }
            }
        }

        public ResumeFacts Facts { get; }

        public HashSet<int> RoleHeaders { get; } = [];

        public HashSet<int> HeadingBlock { get; } = [];
    }
}
