using System.Text.Json.Nodes;
using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Tests.Support;
using LeadQual.Profiles;
using LeadQual.Taxonomy;

namespace LeadQual.Evaluation.Tests.Running;

public sealed class ProfileEvaluatorTests
{
    [Fact]
    public async Task RunAsync_InferredSkillsAtSeveralConfidences_ScoresAllAndTheLikelyOnesApart()
    {
        using var folder = new EvalFolderBuilder();
        var data = EvalDataLoader.Load(folder.Root);
        var engine = new InferringProfileEngine(("Data visualization", 0.8), ("Stakeholder management", 0.3), ("Team leadership", 0.2));
        var evaluator = new ProfileEvaluator(new ProfilePipeline(engine, TimeProvider.System), TaxonomyLoader.Default);

        var (metrics, rows, _, _, _) = await evaluator.RunAsync(data, new ParallelOptions { MaxDegreeOfParallelism = 1 }, progress: null);

        // R001's gold infers Data visualization; R002's infers nothing: 1 right of 6 stated, 1 of 2 stated as likely.
        Assert.Equal(1.0 / 6, metrics.InferredSkills.Precision!.Value, 3);
        Assert.Equal(0.5, metrics.InferredSkillsLikely.Precision!.Value, 3);
        Assert.Equal(1.0, metrics.InferredSkillsLikely.Recall!.Value, 3);
        Assert.Contains(rows, r => r is { ResumeId: "R001", Kind: "inferred", Skill: "Data visualization", InGold: true });
    }

    [Fact]
    public async Task RunAsync_GoldNameWithAbbreviation_MatchesTheCanonicalSkill()
    {
        using var folder = new EvalFolderBuilder();
        folder.Edit("gold/resumes/R001.json", gold => gold["inferred_skills"] = new JsonArray("Azure Kubernetes Service (AKS)"));
        var data = EvalDataLoader.Load(folder.Root);
        var engine = new InferringProfileEngine(("Azure Kubernetes Service", SkillAssessment.LikelyConfidence));
        var evaluator = new ProfileEvaluator(new ProfilePipeline(engine, TimeProvider.System), TaxonomyLoader.Default);

        var (metrics, _, _, _, _) = await evaluator.RunAsync(data, new ParallelOptions { MaxDegreeOfParallelism = 1 }, progress: null);

        Assert.Equal(1.0, metrics.InferredSkills.Recall!.Value, 3);
    }
}
