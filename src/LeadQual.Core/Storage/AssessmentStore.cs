using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Jobs;
using LeadQual.Pipeline;
using LeadQual.Serialization;
using Microsoft.Data.Sqlite;

namespace LeadQual.Storage;

/// <summary>
/// Writes assessments and quarantines. Each write is one transaction: a job's details, its
/// <c>job_skills</c> rows and its <c>llm_runs_v2</c> rows land together or not at all, and a
/// reassessment replaces the old rows for that job and resume in the same transaction.
/// </summary>
public sealed class AssessmentStore(LeadQualDatabase database, TimeProvider clock)
{
    public async Task SaveAsync(AssessmentRun run, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        await UpsertResumeAsync(connection, transaction, run.Resume, now, cancellationToken).ConfigureAwait(false);
        await UpsertJobAsync(connection, transaction, run.Posting, now, cancellationToken).ConfigureAwait(false);

        await Execute(connection, transaction, cancellationToken,
            """
            UPDATE job_details SET job_assessed_at = $now, job_resume_id = $resume, job_match_percentage = $pct,
                job_rating = $rating, job_engine = $engine, job_model = $model WHERE job_id = $job
            """,
            ("$now", now), ("$resume", run.Resume.ResumeId), ("$pct", run.Result.MatchPercentage), ("$rating", run.Result.Rating.ToString().ToLowerInvariant()),
            ("$engine", run.Result.Engine), ("$model", run.Result.Model), ("$job", run.Posting.JobId)).ConfigureAwait(false);

        await Execute(connection, transaction, cancellationToken,
            "DELETE FROM job_skills WHERE job_id = $job AND job_skills_resume_id = $resume",
            ("$job", run.Posting.JobId), ("$resume", run.Resume.ResumeId)).ConfigureAwait(false);

        var position = 0;
        foreach (var (item, type) in run.Result.RequiredQualifications.Select(q => (q, RequirementClassification.RequiredQualification))
                     .Concat(run.Result.AdditionalQualifications.Select(q => (q, RequirementClassification.AdditionalQualification)))
                     .Concat(run.Result.EvaluatedQualifications.Select(q => (q, RequirementClassification.EvaluatedQualification))))
        {
            await Execute(connection, transaction, cancellationToken,
                """
                INSERT INTO job_skills (job_skill_id, job_id, job_skills_atomic_string, job_skills_type, job_skills_match_reasoning,
                    job_skills_match, job_skills_resume_id, job_skills_confidence, job_skills_evidence, job_skills_any_of, job_skills_position, job_skills_created_at)
                VALUES ($id, $job, $text, $type, $reasoning, $match, $resume, $confidence, $evidence, $anyOf, $position, $now)
                """,
                ("$id", Guid.NewGuid().ToString()), ("$job", run.Posting.JobId), ("$text", item.RequirementString),
                ("$type", LeadQualJson.Serialize(type).Trim('"')), ("$reasoning", item.MatchReasoning), ("$match", item.Match),
                ("$resume", run.Resume.ResumeId), ("$confidence", item.Confidence), ("$evidence", LeadQualJson.Serialize(item.Evidence)),
                ("$anyOf", item.AnyOf), ("$position", position++), ("$now", now)).ConfigureAwait(false);
        }

        await InsertRunsAsync(connection, transaction, run.Posting.JobId, run.Result.Engine, run.Calls, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a job that could not be assessed, with the calls made before it failed.</summary>
    public async Task QuarantineAsync(string jobId, JobPosting? posting, string reason, string detail, string engine, IReadOnlyList<StepCall> calls, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (posting is not null && !string.IsNullOrWhiteSpace(posting.Description))
        {
            await UpsertJobAsync(connection, transaction, posting, now, cancellationToken).ConfigureAwait(false);
        }

        await Execute(connection, transaction, cancellationToken,
            """
            INSERT INTO job_quarantine (job_quarantine_id, job_id, job_quarantine_reason, job_quarantine_timestamp, job_quarantine_detail)
            VALUES ($id, $job, $reason, $now, $detail)
            """,
            ("$id", Guid.NewGuid().ToString()), ("$job", jobId), ("$reason", reason), ("$now", now), ("$detail", detail)).ConfigureAwait(false);
        await InsertRunsAsync(connection, transaction, jobId, engine, calls, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task UpsertResumeAsync(SqliteConnection connection, SqliteTransaction transaction, Resume resume, long now, CancellationToken cancellationToken) =>
        Execute(connection, transaction, cancellationToken,
            """
            INSERT INTO resumes (resume_id, resume_name, resume_text, resume_created_at) VALUES ($id, $name, $text, $now)
            ON CONFLICT (resume_id) DO UPDATE SET resume_text = excluded.resume_text
            """,
            ("$id", resume.ResumeId), ("$name", resume.ResumeId), ("$text", resume.Text), ("$now", now));

    private static Task UpsertJobAsync(SqliteConnection connection, SqliteTransaction transaction, JobPosting posting, long now, CancellationToken cancellationToken) =>
        Execute(connection, transaction, cancellationToken,
            """
            INSERT INTO job_details (job_id, job_title, job_company, job_description, job_url, job_created_at)
            VALUES ($id, $title, $company, $description, $url, $now)
            ON CONFLICT (job_id) DO UPDATE SET job_title = COALESCE(excluded.job_title, job_title),
                job_company = COALESCE(excluded.job_company, job_company), job_url = COALESCE(excluded.job_url, job_url)
            """,
            ("$id", posting.JobId), ("$title", posting.Title), ("$company", posting.Company), ("$description", posting.Description), ("$url", posting.Url), ("$now", now));

    private static Task InsertRunsAsync(SqliteConnection connection, SqliteTransaction transaction, string jobId, string engine, IReadOnlyList<StepCall> calls, CancellationToken cancellationToken) =>
        LlmRunRows.InsertAsync(connection, transaction, "llm_runs_v2", [("job_id", jobId)], engine, calls, cancellationToken);

    private static Task<int> Execute(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken, string sql, params (string Name, object? Value)[] parameters) =>
        Sql.ExecuteAsync(connection, transaction, sql, cancellationToken, parameters);
}
