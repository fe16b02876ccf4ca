using LeadQual.Engines.Offline.Requirements;
using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Tests.Support;
using LeadQual.Jobs;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.Tests.Data;

public sealed class EvalDataLoaderTests : IDisposable
{
    private readonly EvalFolderBuilder folder = new();

    [Fact]
    public void Load_ValidFolder_ReadsDocumentsById()
    {
        var data = EvalDataLoader.Load(folder.Root);

        Assert.Equal(folder.Root, data.Folder);
        Assert.Equal(["R001", "R002"], data.Resumes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(folder.PathOf("resumes/R002.txt"), data.Resumes["R002"].Path);
        Assert.StartsWith("Sam Ortiz", data.Resumes["R002"].Text, StringComparison.Ordinal);
        Assert.False(data.Jobs["J001"].IsHtml);
        Assert.True(data.Jobs["J002"].IsHtml);
        Assert.StartsWith("<html>", data.Jobs["J002"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidFolder_ReadsGoldJobsWithClassificationsAndGroups()
    {
        var job = EvalDataLoader.Load(folder.Root).GoldJobs[0];

        Assert.Equal("J001", job.JobId);
        Assert.Equal("Senior Data Analyst", job.Title);
        Assert.Equal(6, job.Requirements.Count);
        Assert.Equal(new GoldRequirement("r4", "AWS experience", RequirementClassification.AdditionalQualification, "cloud"), job.Requirements[3]);
        Assert.Null(job.Requirements[0].AnyOf);
        Assert.Equal(RequirementClassification.EvaluatedQualification, job.Requirements[5].Classification);
    }

    [Fact]
    public void Load_ValidFolder_ReadsGoldResumesWithOptionalFields()
    {
        var resumes = EvalDataLoader.Load(folder.Root).GoldResumes;

        Assert.Equal(["Python", "SQL", "AWS"], resumes[0].ExplicitSkills);
        Assert.Equal(6.5, resumes[0].TotalYearsExperience);
        Assert.Equal(DegreeLevel.Master, resumes[0].HighestDegree);
        Assert.Equal(4, resumes[0].MaxTeamSizeLed);
        Assert.Equal([QualityFlag.LowContent, QualityFlag.MissingDates], resumes[1].QualityFlags);
        Assert.Null(resumes[1].TotalYearsExperience);
        Assert.Null(resumes[1].HighestDegree);
        Assert.Null(resumes[1].MaxTeamSizeLed);
    }

    [Fact]
    public void Load_ValidFolder_ReadsGoldPairs()
    {
        var pairs = EvalDataLoader.Load(folder.Root).GoldPairs;

        Assert.Equal(2, pairs.Count);
        Assert.Equal(("R001", "J001"), (pairs[0].ResumeId, pairs[0].JobId));
        Assert.Equal(5, pairs[0].Matches.Count);
        Assert.False(pairs[0].Matches["r2"]);
        Assert.Equal(JobRating.Medium, pairs[0].Rating);
    }

    [Fact]
    public void Load_InvalidFolder_ThrowsOneExceptionListingEveryProblem()
    {
        folder.Edit("gold/pairs/R001__J001.json", p => p["matches"]!["r6"] = true);
        folder.Delete("README.md");

        var error = Assert.Throws<InvalidDataException>(() => EvalDataLoader.Load(folder.Root));

        Assert.Contains("(2 problem(s))", error.Message, StringComparison.Ordinal);
        Assert.Contains("README.md: file not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("gold/pairs/R001__J001.json: matches.r6: r6 is an evaluated_qualification and must not be labelled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GoldRecords_Serialize_InTheFormatsSnakeCase()
    {
        var requirement = new GoldRequirement("r4", "AWS experience", RequirementClassification.AdditionalQualification, "cloud");
        var resume = new GoldResume("R9", [], [], [QualityFlag.UnparseableFormat], HighestDegree: DegreeLevel.HighSchool);

        Assert.Equal("""{"id":"r4","text":"AWS experience","classification":"additional_qualification","any_of":"cloud"}""", LeadQualJson.Serialize(requirement));
        Assert.Contains("\"quality_flags\":[\"unparseable_format\"]", LeadQualJson.Serialize(resume), StringComparison.Ordinal);
        Assert.Contains("\"highest_degree\":\"high_school\"", LeadQualJson.Serialize(resume), StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
