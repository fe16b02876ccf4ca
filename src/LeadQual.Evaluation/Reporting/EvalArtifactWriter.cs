using System.Globalization;
using CsvHelper;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Units;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.Reporting;

/// <summary>
/// Writes a run's files: metrics.json, and with CsvHelper decisions.csv (every requirement decision),
/// decomposition.csv (every aligned or unaligned requirement), ratings.csv (every pair's rating) and,
/// when profiles were measured, profile_skills.csv; units.json holds the per-unit results that
/// <c>leadqual compare</c> and the baseline gate resample.
/// </summary>
public static class EvalArtifactWriter
{
    public const string MetricsFile = "metrics.json";

    public static async Task WriteAsync(EvalResult result, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, MetricsFile), LeadQualJson.Serialize(result.Metrics, indented: true), cancellationToken).ConfigureAwait(false);
        await EvalUnitsFile.WriteAsync(EvalUnits.Of(result), Path.Combine(folder, EvalUnits.FileName), cancellationToken).ConfigureAwait(false);
        await WriteCsvAsync(Path.Combine(folder, "decisions.csv"), result.Decisions.Select(d => new
        {
            pair = d.Pair,
            requirement_id = d.RequirementId,
            requirement = d.Requirement,
            classification = d.Classification,
            gold = d.Gold,
            predicted = d.Predicted,
            correct = d.Correct,
            confidence = d.Confidence,
            reasoning = d.Reasoning,
            evidence = d.Evidence,
        }), cancellationToken).ConfigureAwait(false);
        await WriteCsvAsync(Path.Combine(folder, "decomposition.csv"), result.Alignment.Select(a => new
        {
            job_id = a.JobId,
            gold_id = a.GoldId,
            gold_requirement = a.GoldText,
            gold_classification = a.GoldClassification is { } g ? LeadQualJson.Serialize(g).Trim('"') : null,
            predicted_requirement = a.PredictedText,
            predicted_classification = a.PredictedClassification is { } p ? LeadQualJson.Serialize(p).Trim('"') : null,
            similarity = Math.Round(a.Similarity, 3),
        }), cancellationToken).ConfigureAwait(false);
        await WriteCsvAsync(Path.Combine(folder, "ratings.csv"), result.Ratings.Select(r => new
        {
            pair = r.Pair,
            gold = r.Gold.ToString().ToLowerInvariant(),
            predicted = r.Predicted?.ToString().ToLowerInvariant(),
            match_percentage = r.MatchPercentage,
            failure = r.Failure,
        }), cancellationToken).ConfigureAwait(false);
        await WriteProfileSkillsAsync(result, folder, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteProfileSkillsAsync(EvalResult result, string folder, CancellationToken cancellationToken)
    {
        if (result.Metrics.Profile is null)
        {
            return;
        }

        await WriteCsvAsync(Path.Combine(folder, "profile_skills.csv"), result.ProfileSkills.Select(r => new
        {
            resume_id = r.ResumeId,
            kind = r.Kind,
            skill = r.Skill,
            predicted = r.Predicted,
            in_gold = r.InGold,
            confidence = r.Confidence,
            evidence = r.Evidence,
        }), cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteCsvAsync<T>(string path, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        await csv.WriteRecordsAsync(rows, cancellationToken).ConfigureAwait(false);
    }
}
