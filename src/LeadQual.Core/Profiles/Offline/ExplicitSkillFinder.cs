using System.Text.RegularExpressions;
using LeadQual.Engines.Offline.Resumes;
using LeadQual.Taxonomy;

namespace LeadQual.Profiles.Offline;

/// <summary>
/// Explicit skills: every taxonomy skill named by its name or an alias, under its canonical name, with up to
/// three lines quoted. Skills the inference rules know but the taxonomy lacks count as named only where a
/// resume lists skills (skills section, summary), since in prose such words ("reporting to", "sales rose")
/// are rarely a claim of the skill.
/// </summary>
public sealed class ExplicitSkillFinder
{
    public const int MaxEvidence = 3;

    private readonly List<(string Name, SkillCategory Category, Regex Pattern)> ruleSkillNames;

    public ExplicitSkillFinder(SkillTaxonomy taxonomy, IEnumerable<InferenceRule> rules)
    {
        ruleSkillNames = rules
            .Where(r => taxonomy.FindSkill(r.Skill) is null)
            .GroupBy(r => r.Skill, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First().Skill, g.First().Category, new Regex(@"(?<!\w)" + Regex.Escape(g.Key) + @"(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
            .ToList();
    }

    public IReadOnlyList<SkillAssessment> Find(ResumeFacts facts)
    {
        var found = new List<SkillAssessment>();
        // A soft skill is "named" only where the resume lists it as a skill; "reliable" in a bullet is prose.
        foreach (var group in facts.Skills.Where(m => m.Skill.Kind != SkillKind.Soft || m.Section == ResumeSection.Skills).GroupBy(m => m.Skill))
        {
            var evidence = group.GroupBy(m => m.Line)
                .OrderBy(g => g.Key)
                .Take(MaxEvidence)
                .Select(g => Snippets.From(facts.Line(g.Key), EvidenceType.DirectMention))
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

        return found.OrderBy(s => s.Evidence[0].LineStart).ThenBy(s => s.Skill, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
