using LeadQual.Engines.Offline.Classifying;
using LeadQual.Jobs;

namespace LeadQual.Core.Tests.Engines.Offline.Classifying;

public sealed class RequirementClassifierTests
{
    [Theory]
    [InlineData("Strong communication skills")]
    [InlineData("Self-starter who thrives in ambiguity")]
    [InlineData("Able to lift 50 lbs")]
    [InlineData("Willing to travel up to 25%")]
    [InlineData("Must be authorized to work in the United States")]
    [InlineData("Ability to pass a background check")]
    public void Classify_WhatAResumeCannotShow_IsEvaluated(string requirement)
    {
        var classified = RequirementClassifier.Classify(new AtomicRequirement(requirement, RequirementCategory.Required));

        Assert.Equal(RequirementClassification.EvaluatedQualification, classified.Classification);
    }

    [Theory]
    [InlineData("Bachelor's degree", RequirementCategory.Required, RequirementClassification.RequiredQualification)]
    [InlineData("Valid driver's license", RequirementCategory.Required, RequirementClassification.RequiredQualification)]
    [InlineData("3+ years of experience leading teams", RequirementCategory.Required, RequirementClassification.RequiredQualification)]
    [InlineData("Kafka", RequirementCategory.Additional, RequirementClassification.AdditionalQualification)]
    public void Classify_VerifiableRequirement_KeepsItsCategory(string requirement, RequirementCategory category, RequirementClassification expected)
    {
        Assert.Equal(expected, RequirementClassifier.Classify(new AtomicRequirement(requirement, category)).Classification);
    }
}
