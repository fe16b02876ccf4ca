using System.Globalization;
using LeadQual.Jobs;

namespace LeadQual.Evaluation.Data;

/// <summary>The checks of a pair against its gold job: every assessed requirement labelled, nothing else, and the rating the rule gives.</summary>
internal static class GoldPairChecks
{
    public static void Check(GoldPair pair, GoldJob job, JsonFields fields)
    {
        var before = fields.Problems.Count;
        var requirements = job.Requirements.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var id in pair.Matches.Keys)
        {
            if (!requirements.TryGetValue(id, out var requirement))
            {
                fields.Add($"matches.{id}", $"{id} is not a requirement of {job.JobId}");
            }
            else if (requirement.Classification == RequirementClassification.EvaluatedQualification)
            {
                fields.Add($"matches.{id}", $"{id} is an {Vocabulary.Name(requirement.Classification)} and must not be labelled");
            }
        }

        foreach (var requirement in job.Requirements)
        {
            if (requirement.Classification != RequirementClassification.EvaluatedQualification && !pair.Matches.ContainsKey(requirement.Id))
            {
                fields.Add($"matches.{requirement.Id}", $"{requirement.Id} ({Vocabulary.Name(requirement.Classification)}) is not labelled; every required and additional requirement of {job.JobId} must be");
            }
        }

        // A rating is only comparable once the labels it is computed from are complete and valid.
        if (fields.Problems.Count == before)
        {
            CheckRating(pair, job, fields);
        }
    }

    private static void CheckRating(GoldPair pair, GoldJob job, JsonFields fields)
    {
        var decisions = job.Requirements
            .Where(r => r.Classification != RequirementClassification.EvaluatedQualification)
            .Select(r => (r.Classification, r.AnyOf, pair.Matches[r.Id]));
        var outcome = RatingRule.Rate(decisions);
        if (outcome.Rating != pair.Rating)
        {
            var basis = job.Requirements.Any(r => r.Classification == RequirementClassification.RequiredQualification) ? "required" : "additional";
            var share = outcome.MatchPercentage.ToString("0.00", CultureInfo.InvariantCulture);
            fields.Add(
                "rating",
                $"is {Vocabulary.Name(pair.Rating)} but the rule gives {Vocabulary.Name(outcome.Rating)} ({outcome.Matched} of {outcome.Counted} {basis} units matched, {share})");
        }
    }
}
