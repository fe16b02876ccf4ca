namespace LeadQual.Jobs;

/// <summary>One item of the seed's <c>classified_objects</c>, keeping the alternatives group of step 2.2.</summary>
public sealed record ClassifiedRequirement(string RequirementString, RequirementClassification Classification, string? AnyOf = null)
{
    public bool IsAssessed => Classification != RequirementClassification.EvaluatedQualification;
}
