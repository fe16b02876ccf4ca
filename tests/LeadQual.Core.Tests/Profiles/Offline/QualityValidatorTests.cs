using LeadQual.Core.Tests.Support;
using LeadQual.Engines.Offline.Resumes;
using LeadQual.Profiles;
using LeadQual.Profiles.Offline;
using LeadQual.Taxonomy;

namespace LeadQual.Core.Tests.Profiles.Offline;

public sealed class QualityValidatorTests
{
    private static ResumeFacts Facts(string text) => new ResumeAnalyzer(TaxonomyLoader.Default, TestClock.November2026()).Analyze(text);

    [Fact]
    public void Validate_CleanResumes_AreNotGarbled()
    {
        foreach (var text in new[] { ResumeSamples.Rich, ResumeSamples.NoDates, ResumeSamples.Teacher, Samples.BackendResume })
        {
            Assert.False(GarbleDetector.Measure(text.Split('\n')).IsGarbled, text[..30]);
        }
    }

    [Fact]
    public void Measure_RepeatedPageHeaders_CountAsGarbled()
    {
        var pages = string.Join('\n', Enumerable.Range(1, 5).Select(p => $"Jane Roe - Resume - Page {p} of 5\nManaged accounts for regional clients"));

        var report = GarbleDetector.Measure(pages.Split('\n'));

        Assert.True(report.RepeatedLineShare > GarbleReport.RepeatedLineLimit);
    }

    [Fact]
    public void Validate_NoExperienceSection_FlagsMissingExperience()
    {
        const string text = "Jo Kim\n\nEDUCATION\nB.A. English, 2025\n\nSKILLS\nWriting, editing, Microsoft Power BI\n";

        var report = QualityValidator.Validate(Facts(text), explicitSkillCount: 1);

        Assert.Contains(QualityFlags.MissingExperience, report.Flags);
        Assert.DoesNotContain(QualityFlags.MissingEducation, report.Flags);
        Assert.DoesNotContain(QualityFlags.MissingDates, report.Flags);
    }

    [Fact]
    public void Validate_OneDatedRoleAndOneUndated_FlagsMissingDates()
    {
        const string text = """
            EXPERIENCE
            Staff Accountant, Fabrikam
            2021 - Present
            - Ran month-end close

            Accounting Clerk
            Northwind Traders
            - Entered invoices
            """;

        Assert.Contains(QualityFlags.MissingDates, QualityValidator.Validate(Facts(text), 0).Flags);
    }

    [Fact]
    public void ConfidenceModel_MoreLines_RaiseConfidenceBelowTheCap()
    {
        var one = ConfidenceModel.Combine([(0.8, EvidenceType.ProjectContext)]);
        var five = ConfidenceModel.Combine(Enumerable.Repeat((0.8, EvidenceType.ProjectContext), 5));

        Assert.Equal(0.72, one);
        Assert.True(five > one);
        Assert.True(five <= ConfidenceModel.Cap);
    }
}
