using System.Collections.Concurrent;
using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Metrics;
using LeadQual.Evaluation.Units;
using LeadQual.Profiles;
using LeadQual.Serialization;
using LeadQual.Taxonomy;

namespace LeadQual.Evaluation.Running;

/// <summary>Profiles every gold resume and scores explicit and inferred skills, quality flags, years, degree and evidence.</summary>
public sealed class ProfileEvaluator(ProfilePipeline pipeline, SkillTaxonomy taxonomy)
{
    public async Task<(ProfileMetrics Metrics, IReadOnlyList<ProfileSkillRow> Rows, IReadOnlyList<StepCall> Calls, IReadOnlyList<EvalFailure> Failures, IReadOnlyList<ResumeUnit> Units)> RunAsync(
        EvalDataSet data, ParallelOptions parallel, IProgress<EvalProgress>? progress)
    {
        var runs = new ConcurrentBag<(GoldResume Gold, CandidateProfile Profile)>();
        var calls = new ConcurrentBag<StepCall>();
        var failures = new ConcurrentBag<EvalFailure>();
        var done = 0;
        await Parallel.ForEachAsync(data.GoldResumes, parallel, async (gold, token) =>
        {
            try
            {
                var run = await pipeline.ProfileAsync(new Resume(gold.ResumeId, data.Resumes[gold.ResumeId].Text), token).ConfigureAwait(false);
                run.Calls.ToList().ForEach(calls.Add);
                runs.Add((gold, run.Profile));
            }
            catch (EngineException failure)
            {
                failure.Calls.ToList().ForEach(calls.Add);
                failures.Add(new EvalFailure($"{gold.ResumeId} (profile)", failure.Reason, failure.Message));
            }

            progress?.Report(new EvalProgress("profile resumes", Interlocked.Increment(ref done), data.GoldResumes.Count));
        }).ConfigureAwait(false);

        var ordered = runs.OrderBy(r => r.Gold.ResumeId, StringComparer.Ordinal).ToList();
        var rows = new List<ProfileSkillRow>();
        SetScores explicitScores = SetScores.Empty, inferredScores = SetScores.Empty, likelyScores = SetScores.Empty, flagScores = SetScores.Empty;
        var calibration = new List<(double, bool)>();
        var units = new List<ResumeUnit>();
        int lowContentGold = 0, lowContentFound = 0;
        foreach (var (gold, profile) in ordered)
        {
            var points = new List<ConfidencePoint>();
            var goldExplicit = Normalize(gold.ExplicitSkills);
            var goldInferred = Normalize(gold.InferredSkills);
            var predictedExplicit = Normalize(profile.ExplicitSkills.Select(s => s.Skill));
            var predictedInferred = Normalize(profile.InferredSkills.Select(s => s.Skill)).Except(predictedExplicit).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var explicitOne = SetScores.Of(predictedExplicit, goldExplicit);
            var inferredOne = SetScores.Of(predictedInferred, goldInferred);
            explicitScores += explicitOne;
            inferredScores += inferredOne;
            var predictedLikely = Normalize(profile.InferredSkills.Where(s => s.IsLikely).Select(s => s.Skill)).Intersect(predictedInferred, StringComparer.OrdinalIgnoreCase);
            var likelyOne = SetScores.Of(predictedLikely, goldInferred);
            likelyScores += likelyOne;
            var goldFlags = gold.QualityFlags.Select(f => LeadQualJson.Serialize(f).Trim('"')).ToList();
            var flagsOne = SetScores.Of(profile.QualityFlags, goldFlags);
            flagScores += flagsOne;
            if (goldFlags.Contains(QualityFlags.LowContent))
            {
                lowContentGold++;
                lowContentFound += profile.QualityFlags.Contains(QualityFlags.LowContent) ? 1 : 0;
            }

            foreach (var skill in profile.ExplicitSkills)
            {
                rows.Add(new ProfileSkillRow(gold.ResumeId, "explicit", skill.Skill, true, goldExplicit.Contains(Normalize(skill.Skill)), skill.Confidence, Evidence(skill)));
            }

            foreach (var skill in profile.InferredSkills.Where(s => predictedInferred.Contains(Normalize(s.Skill))))
            {
                var right = goldInferred.Contains(Normalize(skill.Skill)) || goldExplicit.Contains(Normalize(skill.Skill));
                calibration.Add((skill.Confidence, right));
                points.Add(new ConfidencePoint(skill.Confidence, right));
                rows.Add(new ProfileSkillRow(gold.ResumeId, "inferred", skill.Skill, true, goldInferred.Contains(Normalize(skill.Skill)), skill.Confidence, Evidence(skill)));
            }

            rows.AddRange(goldExplicit.Except(predictedExplicit, StringComparer.OrdinalIgnoreCase).Select(s => new ProfileSkillRow(gold.ResumeId, "explicit", s, false, true, null, string.Empty)));
            rows.AddRange(goldInferred.Except(predictedInferred, StringComparer.OrdinalIgnoreCase).Select(s => new ProfileSkillRow(gold.ResumeId, "inferred", s, false, true, null, string.Empty)));
            units.Add(new ResumeUnit(
                gold.ResumeId,
                explicitOne,
                inferredOne,
                likelyOne,
                flagsOne,
                goldFlags.Contains(QualityFlags.LowContent) ? profile.QualityFlags.Contains(QualityFlags.LowContent) : null,
                gold.TotalYearsExperience is { } goldYears ? Math.Abs(profile.TotalYearsExperience - goldYears) : null,
                gold.HighestDegree is { } goldDegree ? string.Equals(profile.HighestDegree, LeadQualJson.Serialize(goldDegree).Trim('"'), StringComparison.Ordinal) : null,
                points,
                profile.ProcessingMetadata.EvidenceChecked,
                profile.ProcessingMetadata.UnsupportedEvidenceCount));
        }

        var years = ordered.Where(r => r.Gold.TotalYearsExperience is not null).Select(r => Math.Abs(r.Profile.TotalYearsExperience - r.Gold.TotalYearsExperience!.Value)).ToList();
        var degrees = ordered.Where(r => r.Gold.HighestDegree is not null).Select(r => string.Equals(r.Profile.HighestDegree, LeadQualJson.Serialize(r.Gold.HighestDegree!.Value).Trim('"'), StringComparison.Ordinal)).ToList();
        var inferredCalibration = Calibration.Of(calibration);
        var checkedEvidence = ordered.Sum(r => r.Profile.ProcessingMetadata.EvidenceChecked);
        var unsupported = ordered.Sum(r => r.Profile.ProcessingMetadata.UnsupportedEvidenceCount);
        var metrics = new ProfileMetrics(
            ordered.Count,
            Set(explicitScores),
            Set(inferredScores),
            Set(likelyScores),
            Set(flagScores),
            lowContentGold == 0 ? null : (double)lowContentFound / lowContentGold,
            years.Count == 0 ? null : Math.Round(years.Average(), 3),
            years.Count,
            degrees.Count == 0 ? null : degrees.Average(d => d ? 1.0 : 0.0),
            degrees.Count,
            inferredCalibration.Ece,
            inferredCalibration.Brier,
            inferredCalibration.Bins,
            checkedEvidence,
            unsupported,
            checkedEvidence == 0 ? null : (double)unsupported / checkedEvidence);
        return (metrics, rows, calls.ToList(), failures.ToList(), units);
    }

    private HashSet<string> Normalize(IEnumerable<string> skills) => skills.Select(Normalize).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // Gold files name skills as people write them; the taxonomy's canonical name makes "Postgres" equal "PostgreSQL".
    private string Normalize(string skill) => taxonomy.CanonicalName(skill);

    private static SetMetrics Set(SetScores scores) => new(scores.Precision, scores.Recall, scores.F1);

    private static string Evidence(SkillAssessment skill) => string.Join(" | ", skill.Evidence.Select(e => e.Snippet));
}
