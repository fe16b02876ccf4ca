using LeadQual.Documents;
using Microsoft.Data.Sqlite;

namespace LeadQual.Storage;

/// <summary>Read-only queries over stored jobs, their requirement rows and the quarantine.</summary>
public sealed class JobQueries(LeadQualDatabase database)
{
    /// <summary>The stored posting of a job, as it was extracted; null when no job has that id.</summary>
    public async Task<JobPosting?> FindPostingAsync(string jobId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Create(connection, null, "SELECT job_id, job_title, job_company, job_description, job_url FROM job_details WHERE job_id = $id", ("$id", jobId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new JobPosting(reader.GetString(0), Sql.NullableString(reader, 1), Sql.NullableString(reader, 2), reader.GetString(3), Sql.NullableString(reader, 4))
            : null;
    }

    /// <summary>
    /// Jobs created or assessed since <paramref name="since"/>, newest first. Requirements are counted as the
    /// rating counts them: an any_of group is one requirement, matched when any member is.
    /// </summary>
    public async Task<IReadOnlyList<RecentJob>> RecentJobsAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Create(connection, null,
            """
            SELECT d.job_id, d.job_title, d.job_company, d.job_url, d.job_created_at, d.job_assessed_at, d.job_resume_id,
                   d.job_match_percentage, d.job_rating, d.job_engine, d.job_model,
                   COUNT(CASE WHEN s.job_skills_type = 'required_qualification' AND s.job_skills_any_of IS NULL THEN 1 END)
                       + COUNT(DISTINCT CASE WHEN s.job_skills_type = 'required_qualification' THEN s.job_skills_any_of END),
                   COUNT(CASE WHEN s.job_skills_type = 'required_qualification' AND s.job_skills_any_of IS NULL AND s.job_skills_match = 1 THEN 1 END)
                       + COUNT(DISTINCT CASE WHEN s.job_skills_type = 'required_qualification' AND s.job_skills_match = 1 THEN s.job_skills_any_of END),
                   COUNT(CASE WHEN s.job_skills_type = 'additional_qualification' AND s.job_skills_any_of IS NULL THEN 1 END)
                       + COUNT(DISTINCT CASE WHEN s.job_skills_type = 'additional_qualification' THEN s.job_skills_any_of END),
                   COUNT(CASE WHEN s.job_skills_type = 'additional_qualification' AND s.job_skills_any_of IS NULL AND s.job_skills_match = 1 THEN 1 END)
                       + COUNT(DISTINCT CASE WHEN s.job_skills_type = 'additional_qualification' AND s.job_skills_match = 1 THEN s.job_skills_any_of END),
                   COUNT(CASE WHEN s.job_skills_type = 'evaluated_qualification' THEN 1 END)
            FROM job_details d
            LEFT JOIN job_skills s ON s.job_id = d.job_id AND s.job_skills_resume_id = d.job_resume_id
            WHERE COALESCE(d.job_assessed_at, d.job_created_at) >= $since
            GROUP BY d.job_id
            ORDER BY COALESCE(d.job_assessed_at, d.job_created_at) DESC, d.job_id
            LIMIT $limit
            """,
            ("$since", since.ToUnixTimeSeconds()), ("$limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var jobs = new List<RecentJob>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            jobs.Add(new RecentJob(
                reader.GetString(0), Sql.NullableString(reader, 1), Sql.NullableString(reader, 2), Sql.NullableString(reader, 3),
                DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(4)), Sql.NullableTime(reader, 5), Sql.NullableString(reader, 6),
                Sql.NullableDouble(reader, 7), Sql.NullableString(reader, 8), Sql.NullableString(reader, 9), Sql.NullableString(reader, 10),
                reader.GetInt32(11), reader.GetInt32(12), reader.GetInt32(13), reader.GetInt32(14), reader.GetInt32(15)));
        }

        return jobs;
    }

    /// <summary>Requirement rows written since <paramref name="since"/>, newest job first, in the order the posting gave them.</summary>
    public async Task<IReadOnlyList<RecentJobSkill>> RecentJobSkillsAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Create(connection, null,
            """
            SELECT s.job_skill_id, s.job_id, d.job_title, d.job_company, s.job_skills_atomic_string, s.job_skills_type, s.job_skills_match_reasoning,
                   s.job_skills_match, s.job_skills_confidence, s.job_skills_any_of, s.job_skills_resume_id, s.job_skills_created_at
            FROM job_skills s
            JOIN job_details d ON d.job_id = s.job_id
            WHERE s.job_skills_created_at >= $since
            ORDER BY s.job_skills_created_at DESC, s.job_id, s.job_skills_resume_id, s.job_skills_position
            LIMIT $limit
            """,
            ("$since", since.ToUnixTimeSeconds()), ("$limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var skills = new List<RecentJobSkill>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            skills.Add(new RecentJobSkill(
                reader.GetString(0), reader.GetString(1), Sql.NullableString(reader, 2), Sql.NullableString(reader, 3), reader.GetString(4), reader.GetString(5),
                Sql.NullableString(reader, 6), reader.IsDBNull(7) ? null : reader.GetInt64(7) == 1, Sql.NullableDouble(reader, 8),
                Sql.NullableString(reader, 9), Sql.NullableString(reader, 10), Sql.NullableTime(reader, 11)));
        }

        return skills;
    }

    /// <summary>Quarantined jobs, newest first.</summary>
    public async Task<IReadOnlyList<QuarantineEntry>> QuarantineAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Create(connection, null,
            """
            SELECT job_quarantine_id, job_id, job_quarantine_reason, job_quarantine_timestamp, job_quarantine_detail
            FROM job_quarantine ORDER BY job_quarantine_timestamp DESC, rowid DESC LIMIT $limit
            """,
            ("$limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<QuarantineEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new QuarantineEntry(reader.GetString(0), Sql.NullableString(reader, 1), reader.GetString(2),
                DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(3)), Sql.NullableString(reader, 4)));
        }

        return entries;
    }
}
