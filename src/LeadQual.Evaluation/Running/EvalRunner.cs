using System.Collections.Concurrent;
using System.Diagnostics;
using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Metrics;
using LeadQual.Evaluation.Slices;
using LeadQual.Evaluation.Statistics;
using LeadQual.Evaluation.Units;
using LeadQual.Jobs;
using LeadQual.Pipeline;
using LeadQual.Profiles;
using LeadQual.Serialization;
using LeadQual.Taxonomy;

namespace LeadQual.Evaluation.Running;

/// <summary>
/// Runs an engine over a labelled set: decomposes every posting (scored against the gold decomposition),
/// assesses the gold requirements of every pair (scored against the gold labels), assesses every pair
/// end to end (its rating scored against the gold rating), and totals the calls' cost.
/// </summary>
public sealed class EvalRunner(IAssessmentEngine engine, SkillTaxonomy taxonomy, TimeProvider clock, ProfilePipeline? profiles = null)
{
    public async Task<EvalResult> RunAsync(EvalDataSet data, EvalOptions options, IProgress<EvalProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var pipeline = new AssessmentPipeline(engine);
        var aligner = new RequirementAligner(taxonomy);
        var calls = new ConcurrentBag<StepCall>();
        var failures = new ConcurrentBag<EvalFailure>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Concurrency), CancellationToken = cancellationToken };

        var postings = data.GoldJobs.ToDictionary(j => j.JobId, j => DocumentLoader.ParsePosting(data.Jobs[j.JobId].Text, data.Jobs[j.JobId].IsHtml, j.JobId));
        var decompositions = new ConcurrentDictionary<string, JobDecomposition>();
        var alignment = new ConcurrentBag<AlignedRequirement>();
        var done = 0;
        await Parallel.ForEachAsync(data.GoldJobs, parallel, async (job, token) =>
        {
            try
            {
                var decomposition = await pipeline.DecomposeAsync(postings[job.JobId], token).ConfigureAwait(false);
                decompositions[job.JobId] = decomposition;
                decomposition.Calls.ToList().ForEach(calls.Add);
                aligner.Align(job, decomposition.Classified.ClassifiedObjects).ToList().ForEach(alignment.Add);
            }
            catch (JobQuarantinedException failure)
            {
                failure.Calls.ToList().ForEach(calls.Add);
                failures.Add(new EvalFailure(job.JobId, failure.Reason, failure.Message));
                aligner.Align(job, []).ToList().ForEach(alignment.Add);
            }

            progress?.Report(new EvalProgress("decompose postings", Interlocked.Increment(ref done), data.GoldJobs.Count));
        }).ConfigureAwait(false);

        var goldJobs = data.GoldJobs.ToDictionary(j => j.JobId);
        var decisions = new ConcurrentBag<RequirementDecision>();
        var ratings = new ConcurrentBag<PairRating>();
        done = 0;
        await Parallel.ForEachAsync(data.GoldPairs, parallel, async (pair, token) =>
        {
            var resume = new Resume(pair.ResumeId, data.Resumes[pair.ResumeId].Text);
            var job = goldJobs[pair.JobId];
            await AssessGoldRequirementsAsync(pair, job, resume, decisions, calls, failures, token).ConfigureAwait(false);
            ratings.Add(await RateEndToEndAsync(pair, resume, decompositions.GetValueOrDefault(pair.JobId), calls, failures, token).ConfigureAwait(false));
            progress?.Report(new EvalProgress("assess pairs", Interlocked.Increment(ref done), data.GoldPairs.Count));
        }).ConfigureAwait(false);

        ProfileMetrics? profileMetrics = null;
        IReadOnlyList<ProfileSkillRow> profileRows = [];
        IReadOnlyList<ResumeUnit> profileUnits = [];
        if (profiles is not null)
        {
            var (measured, rows, profileCalls, profileFailures, units) = await new ProfileEvaluator(profiles, taxonomy).RunAsync(data, parallel, progress).ConfigureAwait(false);
            profileMetrics = measured;
            profileRows = rows;
            profileUnits = units;
            profileCalls.ToList().ForEach(calls.Add);
            profileFailures.ToList().ForEach(failures.Add);
        }

        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var orderedAlignment = alignment.OrderBy(a => a.JobId, StringComparer.Ordinal).ThenBy(a => a.GoldId is null).ThenBy(a => a.GoldId, StringComparer.Ordinal).ToList();
        var orderedDecisions = decisions.OrderBy(d => d.Pair, StringComparer.Ordinal).ThenBy(d => d.RequirementId, StringComparer.Ordinal).ToList();
        var orderedRatings = ratings.OrderBy(r => r.Pair, StringComparer.Ordinal).ToList();
        var callList = calls.ToList();
        var metrics = new EvalMetrics(
            engine.Identity.Engine,
            engine.Identity.Model,
            options.PromptVersion,
            data.Folder,
            clock.GetUtcNow(),
            Math.Round(wall, 3),
            Decomposition(data.GoldJobs.Count, orderedAlignment),
            Assessment(orderedDecisions),
            Rating(orderedRatings),
            profileMetrics,
            Cost(callList, orderedRatings.Count(r => r.Predicted is not null), wall),
            failures.Count)
        {
            ServedModels = callList.Where(c => c.Error is null).Select(c => c.ModelId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        };
        var result = new EvalResult(metrics, orderedAlignment, orderedDecisions, orderedRatings, callList, failures.OrderBy(f => f.Item, StringComparer.Ordinal).ToList())
        {
            ProfileSkills = profileRows,
            ProfileUnits = profileUnits,
        };
        var evalUnits = EvalUnits.Of(result);
        return result with
        {
            Metrics = metrics with
            {
                Intervals = MetricCatalog.Intervals(evalUnits, options.Seed),
                IntervalMethod = $"95 % percentile bootstrap, {Bootstrap.DefaultResamples} resamples of postings (decomposition), pairs (assessment, rating) and resumes (profile), seed {options.Seed}",
                Slices = EvalSlices.Of(evalUnits, SliceLabels.Of(data), options.Seed),
            },
        };
    }

    private async Task AssessGoldRequirementsAsync(GoldPair pair, GoldJob job, Resume resume, ConcurrentBag<RequirementDecision> decisions, ConcurrentBag<StepCall> calls, ConcurrentBag<EvalFailure> failures, CancellationToken token)
    {
        var assessable = job.Requirements.Where(r => r.Classification != RequirementClassification.EvaluatedQualification).ToList();
        try
        {
            var outcome = await engine.AssessAsync(assessable.Select(r => new ClassifiedRequirement(r.Text, r.Classification, r.AnyOf)).ToList(), resume, token).ConfigureAwait(false);
            outcome.Calls.ToList().ForEach(calls.Add);
            for (var i = 0; i < assessable.Count && i < outcome.Value.AssessedObjects.Count; i++)
            {
                var requirement = assessable[i];
                var decision = outcome.Value.AssessedObjects[i];
                decisions.Add(new RequirementDecision(pair.ResumeId, pair.JobId, requirement.Id, requirement.Text, LeadQualJson.Serialize(requirement.Classification).Trim('"'),
                    pair.Matches[requirement.Id], decision.Match, decision.Confidence, decision.MatchReasoning, string.Join(" | ", decision.Evidence.Select(e => $"L{e.Line}: {e.Text.Trim()}"))));
            }
        }
        catch (EngineException failure)
        {
            failure.Calls.ToList().ForEach(calls.Add);
            failures.Add(new EvalFailure($"{pair.ResumeId}__{pair.JobId}", failure.Reason, failure.Message));
        }
    }

    private async Task<PairRating> RateEndToEndAsync(GoldPair pair, Resume resume, JobDecomposition? decomposition, ConcurrentBag<StepCall> calls, ConcurrentBag<EvalFailure> failures, CancellationToken token)
    {
        if (decomposition is null)
        {
            return new PairRating(pair.ResumeId, pair.JobId, pair.Rating, null, null, "posting could not be decomposed");
        }

        var assessable = decomposition.Classified.ClassifiedObjects.Where(c => c.IsAssessed).ToList();
        try
        {
            var outcome = await engine.AssessAsync(assessable, resume, token).ConfigureAwait(false);
            outcome.Calls.ToList().ForEach(calls.Add);
            var (_, _, _, rating) = Pipeline.AssessmentResultBuilder.Build(decomposition.Classified.ClassifiedObjects, outcome.Value.AssessedObjects);
            return new PairRating(pair.ResumeId, pair.JobId, pair.Rating, rating.Rating, rating.MatchPercentage, null);
        }
        catch (EngineException failure)
        {
            failure.Calls.ToList().ForEach(calls.Add);
            failures.Add(new EvalFailure($"{pair.ResumeId}__{pair.JobId} (end to end)", failure.Reason, failure.Message));
            return new PairRating(pair.ResumeId, pair.JobId, pair.Rating, null, null, failure.Message);
        }
    }

    private static DecompositionMetrics Decomposition(int jobs, IReadOnlyList<AlignedRequirement> alignment)
    {
        var scores = DecompositionScores.Of(alignment);
        return new DecompositionMetrics(jobs, scores.Gold, scores.Predicted, scores.Aligned, scores.Precision, scores.Recall, scores.F1, scores.ClassificationAccuracy);
    }

    private static AssessmentMetrics Assessment(IReadOnlyList<RequirementDecision> decisions)
    {
        var scores = BinaryScores.Of(decisions.Select(d => (d.Gold, d.Predicted)));
        var calibration = Calibration.Of(decisions.Select(d => (d.Confidence, d.Correct)));
        return new AssessmentMetrics(scores.N, scores.Accuracy, scores.Precision, scores.Recall, scores.FalsePositiveRate, calibration.Ece, calibration.Brier, Calibration.BinCount, calibration.Bins);
    }

    private static RatingMetrics Rating(IReadOnlyList<PairRating> ratings)
    {
        var rated = ratings.Where(r => r.Predicted is not null).Select(r => (r.Gold, r.Predicted!.Value)).ToList();
        var agreement = RatingAgreement.Of(rated);
        var cells = agreement.Confusion.Select(c => new RatingCell(Name(c.Key.Gold), Name(c.Key.Predicted), c.Value))
            .OrderBy(c => c.Gold, StringComparer.Ordinal).ThenBy(c => c.Predicted, StringComparer.Ordinal).ToList();
        // A pair that failed counts against exact agreement: it was not rated at all.
        var n = ratings.Count;
        return new RatingMetrics(n, n == 0 ? null : (double)rated.Count(r => r.Gold == r.Item2) / n, n == 0 ? null : (double)rated.Count(r => Math.Abs((int)r.Gold - (int)r.Item2) <= 1) / n, cells);
    }

    private static CostMetrics Cost(IReadOnlyList<StepCall> calls, int jobsAssessed, double wallSeconds)
    {
        var byVersion = calls.GroupBy(c => (c.Step, Version: c.PromptId ?? c.ModelId))
            .Select(g => new PromptVersionCost(g.Key.Step, g.Key.Version, g.Count(), g.Sum(c => (long)c.InputTokens), g.Sum(c => (long)c.OutputTokens), g.Sum(c => (long)c.ReasoningTokens), g.Sum(c => c.CostUsd ?? 0), Percentile.Of(g.Select(c => c.LatencyMs), 50)))
            .OrderBy(v => v.Step, StringComparer.Ordinal).ThenBy(v => v.PromptVersion, StringComparer.Ordinal).ToList();
        return new CostMetrics(
            calls.Count,
            calls.Sum(c => (long)c.InputTokens),
            calls.Sum(c => (long)c.OutputTokens),
            calls.Sum(c => (long)c.ReasoningTokens),
            calls.Sum(c => c.CostUsd ?? 0),
            calls.Any(c => c.CostEstimated),
            Percentile.Of(calls.Select(c => c.LatencyMs), 50),
            Percentile.Of(calls.Select(c => c.LatencyMs), 95),
            wallSeconds <= 0 ? 0 : Math.Round(jobsAssessed / wallSeconds, 2),
            byVersion);
    }

    private static string Name(JobRating rating) => rating.ToString().ToLowerInvariant();
}
