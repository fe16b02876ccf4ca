using System.Text.RegularExpressions;
using LeadQual.Engines.Offline.Requirements;
using LeadQual.Evaluation.Data;
using LeadQual.Jobs;
using LeadQual.Taxonomy;

namespace LeadQual.Evaluation.Metrics;

/// <summary>
/// Aligns a job's predicted atomic requirements one to one with the gold ones. Similarity is 1.0 when
/// both name the same non-empty set of canonical taxonomy skills, else the Dice coefficient of their
/// normalised content words (lower-cased, stemmed to five letters, numbers kept so "3+ years" differs
/// from "5+ years"). Pairs are taken greedily, most similar first, while similarity ≥ 0.5.
/// </summary>
public sealed partial class RequirementAligner(SkillTaxonomy taxonomy)
{
    public const double Threshold = 0.5;

    public IReadOnlyList<AlignedRequirement> Align(GoldJob gold, IReadOnlyList<ClassifiedRequirement> predicted)
    {
        var goldKeys = gold.Requirements.Select(r => Key(r.Text)).ToList();
        var predictedKeys = predicted.Select(p => Key(p.RequirementString)).ToList();
        var candidates = new List<(int Gold, int Predicted, double Similarity)>();
        for (var g = 0; g < goldKeys.Count; g++)
        {
            for (var p = 0; p < predictedKeys.Count; p++)
            {
                var similarity = Similarity(goldKeys[g], predictedKeys[p]);
                if (similarity >= Threshold)
                {
                    candidates.Add((g, p, similarity));
                }
            }
        }

        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var aligned = new List<AlignedRequirement>();
        foreach (var (g, p, similarity) in candidates.OrderByDescending(c => c.Similarity).ThenBy(c => c.Gold).ThenBy(c => c.Predicted))
        {
            if (usedGold.Contains(g) || usedPredicted.Contains(p))
            {
                continue;
            }

            usedGold.Add(g);
            usedPredicted.Add(p);
            var r = gold.Requirements[g];
            aligned.Add(new AlignedRequirement(gold.JobId, r.Id, r.Text, r.Classification, predicted[p].RequirementString, predicted[p].Classification, similarity));
        }

        aligned.AddRange(gold.Requirements.Where((_, g) => !usedGold.Contains(g))
            .Select(r => new AlignedRequirement(gold.JobId, r.Id, r.Text, r.Classification, null, null, 0)));
        aligned.AddRange(predicted.Where((_, p) => !usedPredicted.Contains(p))
            .Select(p => new AlignedRequirement(gold.JobId, null, null, null, p.RequirementString, p.Classification, 0)));
        return aligned;
    }

    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    private static double Similarity(RequirementKey a, RequirementKey b) =>
        a.Skills.Count > 0 && a.Skills.SetEquals(b.Skills) ? 1.0 : Dice(a.Words, b.Words);

    private RequirementKey Key(string text)
    {
        var skills = taxonomy.FindSkills(text).Select(m => m.Value.Name).ToHashSet(StringComparer.Ordinal);
        var words = RequirementInterpreter.ContentWords(text).Select(w => w.Length > 5 ? w[..5] : w)
            .Concat(Number().Matches(text).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        return new RequirementKey(skills, words);
    }

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    private sealed record RequirementKey(HashSet<string> Skills, HashSet<string> Words);
}
