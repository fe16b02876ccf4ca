using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Slices;

namespace LeadQual.Evaluation.Tests.Slices;

public sealed class SliceRulesTests
{
    [Theory]
    [InlineData("Bachelor's degree", "degree")]
    [InlineData("Degree in Computer Science or a related field", "degree")]
    [InlineData("5+ years of experience building backend services", "years")]
    [InlineData("Three years of retail experience", "years")]
    [InlineData("Active RN license in Colorado", "licence_or_certification")]
    [InlineData("PTCB certification", "licence_or_certification")]
    [InlineData("Experience leading a team of analysts", "leadership")]
    [InlineData("Fluent Spanish", "language")]
    [InlineData("Ability to work weekends", "other")]
    [InlineData("PostgreSQL in production", "skill_or_tool")]
    [InlineData("Kubernetes", "skill_or_tool")]
    public void RequirementKinds_GoldText_GetsItsKind(string text, string kind)
    {
        Assert.Equal(kind, RequirementKinds.Of(text));
    }

    [Theory]
    [InlineData("Senior Data Scientist, Care Management", "data")]
    [InlineData("Talent Acquisition Partner (Engineering)", "hr_recruiting")]
    [InlineData("Certified Pharmacy Technician", "healthcare")]
    [InlineData("HVAC Service Technician – Residential", "skilled_trades")]
    [InlineData("Director of Engineering, Commerce Platform", "software")]
    [InlineData("Chief Happiness Officer", "other")]
    public void PostingFields_Title_GetsItsField(string title, string field)
    {
        Assert.Equal(field, PostingFields.Of(title));
    }

    [Theory]
    [InlineData("J.md", "# Analyst\n\n- SQL\n", false, "markdown")]
    [InlineData("J.md", "We are hiring an analyst. You know SQL and have three years of experience.\n\nApply by mail.", false, "prose")]
    [InlineData("J.html", "<p>SQL</p>", true, "html")]
    public void PostingFormats_File_GetsItsFormat(string path, string text, bool html, string format)
    {
        Assert.Equal(format, PostingFormats.Of(new EvalJobFile("J", path, text, html)));
    }

    [Fact]
    public void ResumeQualityLevels_FromGoldFlags()
    {
        Assert.Equal("complete", ResumeQualityLevels.Of(new GoldResume("R", [], [], [])));
        Assert.Equal("partial", ResumeQualityLevels.Of(new GoldResume("R", [], [], [QualityFlag.MissingSkills])));
        Assert.Equal("low", ResumeQualityLevels.Of(new GoldResume("R", [], [], [QualityFlag.MissingEducation, QualityFlag.UnparseableFormat])));
    }
}
