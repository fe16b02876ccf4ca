using LeadQual.Engines.Offline.Resumes;
using LeadQual.Taxonomy;

namespace LeadQual.Profiles.Offline;

/// <summary>
/// Inferred skills, never ones already named: those the taxonomy says named skills imply (Django → Python),
/// and those the inference rules read from described work ("built ETL jobs" → Data pipelines). Confidence
/// comes from <see cref="ConfidenceModel"/> over every line that evidences the skill.
/// </summary>
public sealed class SkillInferrer(SkillTaxonomy taxonomy, IReadOnlyList<InferenceRule> rules)
{
    public const int MaxEvidence = 3;

    public IReadOnlyList<SkillAssessment> Infer(ResumeFacts facts, IReadOnlyList<SkillAssessment> explicitSkills)
    {
        var named = explicitSkills.Select(s => s.Skill).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var found = new Dictionary<string, Candidate>(StringComparer.OrdinalIgnoreCase);

        foreach (var line in facts.Lines)
        {
            if (line.Section == ResumeSection.Header && line.RoleIndex is null)
            {
                continue;
            }

            foreach (var rule in rules)
            {
                var match = rule.Pattern.Match(line.Text);
                if (!match.Success)
                {
                    continue;
                }

                var entry = taxonomy.FindSkill(rule.Skill);
                var name = entry?.Name ?? rule.Skill;
                if (named.Contains(name))
                {
                    continue;
                }

                var candidate = Get(found, name, entry is null ? rule.Category : SkillCategories.Of(entry.Kind));
                if (candidate.RuleLines.Add(line.Number))
                {
                    candidate.Strengths.Add((rule.Confidence, rule.EvidenceType));
                    candidate.Reasons.Add($"\"{match.Value}\" ({rule.Field})");
                    candidate.Evidence.TryAdd(line.Number, Snippets.From(line, rule.EvidenceType, match.Index, match.Index + match.Length));
                }
            }
        }

        return found.Values
            .Select(c => new SkillAssessment(c.Name, c.Category, ConfidenceModel.Combine(c.Strengths), c.Evidence.Values.Take(MaxEvidence).ToList())
            {
                Reasoning = "Inferred from " + string.Join("; ", c.Reasons.Distinct(StringComparer.OrdinalIgnoreCase).Take(4)),
            })
            .OrderByDescending(s => s.Confidence)
            .ThenBy(s => s.Skill, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static Candidate Get(Dictionary<string, Candidate> found, string name, SkillCategory category)
    {
        if (!found.TryGetValue(name, out var candidate))
        {
            candidate = new Candidate(name, category);
            found[name] = candidate;
        }

        return candidate;
    }

    private sealed class Candidate(string name, SkillCategory category)
    {
        public string Name { get; } = name;

        public SkillCategory Category { get; } = category;

        public List<string> Reasons { get; } = [];

        public List<(double Base, EvidenceType Type)> Strengths { get; } = [];

        public HashSet<int> RuleLines { get; } = [];

        public SortedDictionary<int, SkillEvidence> Evidence { get; } = [];
    }
}
