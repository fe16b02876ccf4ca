using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Metrics;
using LeadQual.Jobs;
using LeadQual.Taxonomy;

namespace LeadQual.Evaluation.Tests.Metrics;

public sealed class RequirementAlignerTests
{
    private static readonly GoldJob Gold = new("J1", "Analyst",
    [
        new GoldRequirement("r1", "Bachelor's degree", RequirementClassification.RequiredQualification),
        new GoldRequirement("r2", "5+ years of data analysis experience", RequirementClassification.RequiredQualification),
        new GoldRequirement("r3", "AWS experience", RequirementClassification.AdditionalQualification, "cloud"),
        new GoldRequirement("r4", "Strong communication skills", RequirementClassification.EvaluatedQualification),
    ]);

    [Fact]
    public void Align_SameCanonicalSkillOrSimilarText_AlignsOneToOne()
    {
        var predicted = new List<ClassifiedRequirement>
        {
            new("Amazon Web Services", RequirementClassification.AdditionalQualification, "g1"),
            new("Bachelor's degree", RequirementClassification.RequiredQualification),
            new("5+ years of data analysis experience", RequirementClassification.AdditionalQualification),
            new("Kubernetes", RequirementClassification.RequiredQualification),
        };

        var alignment = new RequirementAligner(TaxonomyLoader.Default).Align(Gold, predicted);
        var scores = DecompositionScores.Of(alignment);

        Assert.Equal("Amazon Web Services", alignment.Single(a => a.GoldId == "r3").PredictedText);
        Assert.Equal(3, scores.Aligned);
        Assert.Equal(0.75, scores.Precision);
        Assert.Equal(0.75, scores.Recall);
        Assert.Equal(2.0 / 3, scores.ClassificationAccuracy!.Value, 10);
    }

    [Fact]
    public void Align_DifferentYears_DoNotAlign()
    {
        var alignment = new RequirementAligner(TaxonomyLoader.Default).Align(Gold, [new ClassifiedRequirement("12+ years of people management experience", RequirementClassification.RequiredQualification)]);

        Assert.Null(alignment.Single(a => a.GoldId == "r2").PredictedText);
    }
}
