using LeadQual.Jobs;

namespace LeadQual.Engines.Offline.Classifying;

/// <summary>Step 2.3 offline: evaluated when a resume cannot show it, else the category step 2.2 carried.</summary>
public static class RequirementClassifier
{
    public static ResponseData_2_3 Classify(ResponseData_2_2 atomized) =>
        new(atomized.AtomicObjects.Select(Classify).ToList());

    public static ClassifiedRequirement Classify(AtomicRequirement requirement)
    {
        var classification = EvaluatedQualifications.IsEvaluated(requirement.RequirementString)
            ? RequirementClassification.EvaluatedQualification
            : requirement.Category == RequirementCategory.Required
                ? RequirementClassification.RequiredQualification
                : RequirementClassification.AdditionalQualification;
        return new ClassifiedRequirement(requirement.RequirementString, classification, requirement.AnyOf);
    }
}
