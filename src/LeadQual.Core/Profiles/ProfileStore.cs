using LeadQual.Engines;
using LeadQual.Serialization;
using LeadQual.Storage;
using Microsoft.Data.Sqlite;

namespace LeadQual.Profiles;

/// <summary>
/// Writes profiles to <c>candidate_profiles</c> (one row per resume, engine and model; a rerun replaces it,
/// with the resume text upserted into <c>resumes</c> in the same transaction) and unusable resumes to
/// <c>profile_quarantine</c> with their reason. Every engine call of either goes to <c>profile_llm_runs</c>, one row
/// per attempt, in the same transaction; earlier runs' calls are kept, since they were spent.
/// </summary>
public sealed class ProfileStore(LeadQualDatabase database, TimeProvider clock)
{
    public async Task SaveAsync(ProfileRun run, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var profile = run.Profile;
        var meta = profile.ProcessingMetadata;
        var profileId = Guid.NewGuid().ToString();
        await Execute(connection, transaction, cancellationToken,
            """
            INSERT INTO resumes (resume_id, resume_name, resume_text, resume_created_at) VALUES ($id, $id, $text, $now)
            ON CONFLICT (resume_id) DO UPDATE SET resume_text = excluded.resume_text
            """,
            ("$id", run.Resume.ResumeId), ("$text", run.Resume.Text), ("$now", now)).ConfigureAwait(false);
        await Execute(connection, transaction, cancellationToken,
            "DELETE FROM candidate_profiles WHERE resume_id = $id AND profile_engine = $engine AND profile_model = $model",
            ("$id", run.Resume.ResumeId), ("$engine", meta.Engine), ("$model", meta.Model)).ConfigureAwait(false);
        await Execute(connection, transaction, cancellationToken,
            """
            INSERT INTO candidate_profiles (profile_id, resume_id, profile_engine, profile_model, profile_prompt_version, profile_json,
                profile_analysis_confidence, profile_quality_flags, profile_highest_degree, profile_total_years, profile_max_team_size,
                profile_input_tokens, profile_output_tokens, profile_cost, profile_latency_ms, profile_evidence_checked,
                profile_unsupported_evidence, profile_created_at)
            VALUES ($pid, $id, $engine, $model, $prompt, $json, $confidence, $flags, $degree, $years, $team, $in, $out, $cost, $latency,
                $checked, $unsupported, $now)
            """,
            ("$pid", profileId), ("$id", run.Resume.ResumeId), ("$engine", meta.Engine), ("$model", meta.Model),
            ("$prompt", meta.PromptVersion), ("$json", LeadQualJson.Serialize(profile)), ("$confidence", profile.AnalysisConfidence),
            ("$flags", LeadQualJson.Serialize(profile.QualityFlags)), ("$degree", profile.HighestDegree), ("$years", profile.TotalYearsExperience),
            ("$team", profile.MaxTeamSizeLed), ("$in", meta.InputTokens), ("$out", meta.OutputTokens), ("$cost", meta.CostUsd),
            ("$latency", meta.LatencyMs), ("$checked", meta.EvidenceChecked), ("$unsupported", meta.UnsupportedEvidenceCount), ("$now", now)).ConfigureAwait(false);
        await LlmRunRows.InsertAsync(connection, transaction, "profile_llm_runs", [("resume_id", run.Resume.ResumeId), ("profile_id", profileId)], meta.Engine, run.Calls, cancellationToken)
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records a resume that could not be profiled, with the calls the engine made before it failed (none when the file
    /// could not be read): those were sent and may have been billed, so they are tracked like a profile's.
    /// </summary>
    public async Task QuarantineAsync(string? resumeId, string source, string reason, string detail, string engine, IReadOnlyList<StepCall> calls, CancellationToken cancellationToken = default)
    {
        if (resumeId is null && calls.Count > 0)
        {
            throw new ArgumentException("calls are recorded per resume; a quarantine with calls needs its resume id", nameof(resumeId));
        }

        var quarantineId = Guid.NewGuid().ToString();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Execute(connection, transaction, cancellationToken,
            """
            INSERT INTO profile_quarantine (profile_quarantine_id, resume_id, profile_quarantine_source, profile_quarantine_reason,
                profile_quarantine_detail, profile_quarantine_timestamp)
            VALUES ($qid, $id, $source, $reason, $detail, $now)
            """,
            ("$qid", quarantineId), ("$id", resumeId), ("$source", source), ("$reason", reason), ("$detail", detail),
            ("$now", clock.GetUtcNow().ToUnixTimeSeconds())).ConfigureAwait(false);
        await LlmRunRows.InsertAsync(connection, transaction, "profile_llm_runs", [("resume_id", resumeId), ("profile_quarantine_id", quarantineId)], engine, calls, cancellationToken)
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task<int> Execute(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken, string sql, params (string Name, object? Value)[] parameters) =>
        Sql.ExecuteAsync(connection, transaction, sql, cancellationToken, parameters);
}
