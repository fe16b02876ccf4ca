using LeadQual.Engines.Offline;
using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Slices;
using LeadQual.Evaluation.Tests.Support;
using LeadQual.Profiles;
using LeadQual.Profiles.Offline;
using LeadQual.Taxonomy;

namespace LeadQual.Evaluation.Tests.Slices;

/// <summary>Slices of a run on a small folder with parts.json: each slice holds only its units.</summary>
public sealed class EvalSlicesTests : IDisposable
{
    private readonly EvalFolderBuilder folder = new();

    [Fact]
    public async Task Run_FolderWithParts_SlicesByPartKindFormatFieldAndQuality()
    {
        folder.Write("parts.json", """{"parts": {"original": {"jobs": ["J001"], "resumes": ["R001"]}, "new": {"jobs": ["J002"], "resumes": []}}}""");

        var slices = (await RunAsync()).Metrics.Slices;

        var original = Assert.Single(slices, s => s is { Dimension: "part", Name: "original" });
        Assert.Equal((1, 1, 5, 1), (original.Postings, original.Pairs, original.Decisions, original.Resumes));
        Assert.Contains("rating.exact", original.Values.Keys);
        Assert.Contains("profile.explicit_skills.f1", original.Values.Keys);

        // R002 is in no part, so the pair R002__J002 is not in part "new"; its posting is.
        var added = Assert.Single(slices, s => s is { Dimension: "part", Name: "new" });
        Assert.Equal((1, 0, 0), (added.Postings, added.Pairs, added.Resumes));
        Assert.Contains("decomposition.recall", added.Values.Keys);

        var degree = Assert.Single(slices, s => s is { Dimension: "requirement_kind", Name: "degree" });
        Assert.Equal(2, degree.Decisions);
        Assert.DoesNotContain("rating.exact", degree.Values.Keys);
        Assert.Single(slices, s => s is { Dimension: "requirement_kind", Name: "years" });

        Assert.Equal(["html", "markdown"], slices.Where(s => s.Dimension == "posting_format").Select(s => s.Name));
        Assert.Equal(["data", "devops_cloud_sre"], slices.Where(s => s.Dimension == "field").Select(s => s.Name));
        Assert.Equal(["complete", "low"], slices.Where(s => s.Dimension == "resume_quality").Select(s => s.Name));
        Assert.All(slices.SelectMany(s => s.Intervals), i => Assert.True(i.Value.Low <= i.Value.High));
    }

    [Fact]
    public async Task Run_FolderWithoutParts_HasNoPartSlice()
    {
        var slices = (await RunAsync()).Metrics.Slices;

        Assert.DoesNotContain(slices, s => s.Dimension == "part");
        Assert.NotEmpty(slices);
    }

    private async Task<EvalResult> RunAsync()
    {
        var runner = new EvalRunner(new OfflineEngine(), TaxonomyLoader.Default, TimeProvider.System, new ProfilePipeline(new OfflineProfileEngine(), TimeProvider.System));
        return await runner.RunAsync(EvalDataLoader.Load(folder.Root), new EvalOptions { Concurrency = 1 });
    }

    public void Dispose() => folder.Dispose();
}
