using LeadQual.Jobs;

namespace LeadQual.Pipeline;

/// <summary>Joins classified requirements with their decisions into the seed's response lists and rating.</summary>
public static class AssessmentResultBuilder
{
    public const string NotAssessedReasoning = "Not assessed: an evaluated qualification cannot be verified from a resume.";

    public static (IReadOnlyList<QualificationResult> Required, IReadOnlyList<QualificationResult> Additional, IReadOnlyList<QualificationResult> Evaluated, RatingOutcome Rating) Build(
        IReadOnlyList<ClassifiedRequirement> classified,
        IReadOnlyList<AssessedRequirement> assessed)
    {
        var required = new List<QualificationResult>();
        var additional = new List<QualificationResult>();
        var evaluated = new List<QualificationResult>();
        var decisions = new List<(RequirementClassification, string?, bool)>();
        var next = 0;
        foreach (var requirement in classified)
        {
            if (!requirement.IsAssessed)
            {
                evaluated.Add(new QualificationResult(requirement.RequirementString, NotAssessedReasoning, null, null, [], requirement.AnyOf));
                continue;
            }

            var decision = assessed[next++];
            var result = new QualificationResult(requirement.RequirementString, decision.MatchReasoning, decision.Match, decision.Confidence, decision.Evidence, requirement.AnyOf);
            (requirement.Classification == RequirementClassification.RequiredQualification ? required : additional).Add(result);
            decisions.Add((requirement.Classification, requirement.AnyOf, decision.Match));
        }

        return (required, additional, evaluated, RatingRule.Rate(decisions));
    }
}
