using LeadQual.Evaluation.Data;

namespace LeadQual.Evaluation.Tests.Data;

public sealed class EvalDataSliceTests
{
    private static string EvalData()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "LeadQual.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir.FullName, "eval-data");
    }

    [Fact]
    public void Take_FirstJobs_KeepsTheirPairsAndOnlyTheResumesThosePairsName()
    {
        var data = EvalDataLoader.Load(EvalData());

        var slice = EvalDataSlice.Take(data, jobs: 2);

        Assert.Equal(data.GoldJobs.Take(2).Select(j => j.JobId), slice.GoldJobs.Select(j => j.JobId));
        Assert.Equal(data.GoldPairs.Count(p => slice.Jobs.ContainsKey(p.JobId)), slice.GoldPairs.Count);
        Assert.NotEmpty(slice.GoldPairs);
        Assert.Equal(slice.GoldPairs.Select(p => p.ResumeId).Distinct().Order(StringComparer.Ordinal), slice.Resumes.Keys.Order(StringComparer.Ordinal));
        Assert.All(slice.GoldResumes, r => Assert.True(slice.Resumes.ContainsKey(r.ResumeId)));
    }
}
