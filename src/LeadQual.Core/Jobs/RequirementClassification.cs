namespace LeadQual.Jobs;

/// <summary>Step 2.3 classification. Evaluated qualifications cannot be verified from a resume and are not assessed.</summary>
public enum RequirementClassification
{
    RequiredQualification,
    AdditionalQualification,
    EvaluatedQualification,
}
