using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Tests.Support;

namespace LeadQual.Evaluation.Tests.Data;

/// <summary>The optional parts.json: accepted when sound, every problem named by file and field otherwise.</summary>
public sealed class PartsFileTests : IDisposable
{
    private readonly EvalFolderBuilder folder = new();

    [Fact]
    public void Load_NoPartsFile_HasNoParts()
    {
        Assert.Empty(EvalDataLoader.Load(folder.Root).Parts);
    }

    [Fact]
    public void Load_SoundPartsFile_KeepsEachPartsJobsAndResumes()
    {
        folder.Write("parts.json", """{"parts": {"original": {"jobs": ["J001"], "resumes": ["R001"]}, "new": {"jobs": ["J002"], "resumes": ["R002"]}}}""");

        var parts = EvalDataLoader.Load(folder.Root).Parts;

        ProblemAssert.None(EvalDataValidator.Validate(folder.Root));
        Assert.Equal(["original", "new"], parts.Select(p => p.Name));
        Assert.Equal(["J001"], parts[0].Jobs);
        Assert.Equal(["R002"], parts[1].Resumes);
    }

    [Theory]
    [InlineData("""{"sections": {}}""", "parts", "required field is missing")]
    [InlineData("""{"parts": []}""", "parts", "expected an object")]
    [InlineData("""{"parts": {"a": ["J001"]}}""", "parts.a", "expected an object with jobs and resumes")]
    [InlineData("""{"parts": {"a": {"jobs": "J001", "resumes": []}}}""", "parts.a.jobs", "expected an array of ids")]
    [InlineData("""{"parts": {"a": {"jobs": ["J001"]}}}""", "parts.a.resumes", "required field is missing")]
    [InlineData("""{"parts": {"a": {"jobs": [7], "resumes": []}}}""", "parts.a.jobs[0]", "expected a string")]
    public void Validate_MalformedPartsFile_NamesTheFileAndField(string json, string field, string message)
    {
        folder.Write("parts.json", json);

        ProblemAssert.Reported(EvalDataValidator.Validate(folder.Root), "parts.json", field, message);
    }

    [Fact]
    public void Validate_PartsFileNamingIdsThatDoNotExist_NamesEachOne()
    {
        folder.Write("parts.json", """{"parts": {"a": {"jobs": ["J001", "J404"], "resumes": ["R999"]}}}""");

        var problems = EvalDataValidator.Validate(folder.Root);

        ProblemAssert.Reported(problems, "parts.json", "parts.a.jobs[1]", "no posting J404 in jobs/");
        ProblemAssert.Reported(problems, "parts.json", "parts.a.resumes[0]", "no resume R999 in resumes/");
        Assert.Throws<InvalidDataException>(() => EvalDataLoader.Load(folder.Root));
    }

    [Fact]
    public void Validate_IdInTwoParts_IsAProblem()
    {
        folder.Write("parts.json", """{"parts": {"a": {"jobs": ["J001"], "resumes": []}, "b": {"jobs": ["J001"], "resumes": []}}}""");

        ProblemAssert.Reported(EvalDataValidator.Validate(folder.Root), "parts.json", "parts.b.jobs[0]", "already in part a");
    }

    [Fact]
    public void Validate_PartsFileNotJson_NamesTheFile()
    {
        folder.Write("parts.json", "{ parts: ");

        ProblemAssert.Reported(EvalDataValidator.Validate(folder.Root), "parts.json", null, "malformed JSON");
    }

    public void Dispose() => folder.Dispose();
}
