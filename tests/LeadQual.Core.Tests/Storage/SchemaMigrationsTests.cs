using LeadQual.Core.Tests.Support;
using LeadQual.Documents;
using LeadQual.Profiles;
using LeadQual.Storage;
using Microsoft.Data.Sqlite;

namespace LeadQual.Core.Tests.Storage;

/// <summary>A file written by the previous leadqual (schema version 5, before <c>profile_llm_runs</c>), opened by this one.</summary>
public sealed class SchemaMigrationsTests : IDisposable
{
    private const int PreviousVersion = 5;

    private readonly string folder = Directory.CreateTempSubdirectory("leadqual-migration-").FullName;

    private string Path => System.IO.Path.Combine(folder, "leadqual.db");

    private async Task WritePreviousVersionFileAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = string.Concat(SchemaMigrations.Scripts.Take(PreviousVersion)) + $"PRAGMA user_version = {PreviousVersion};" +
            """
            INSERT INTO resumes (resume_id, resume_name, resume_text, resume_created_at) VALUES ('old', 'old', 'Old resume text', 1700000000);
            INSERT INTO candidate_profiles (profile_id, resume_id, profile_engine, profile_model, profile_json, profile_analysis_confidence,
                profile_quality_flags, profile_input_tokens, profile_output_tokens, profile_cost, profile_created_at)
            VALUES ('p-old', 'old', 'llm', 'some/model', '{}', 0.7, '[]', 1400, 600, 0.0031, 1700000000);
            INSERT INTO profile_quarantine (profile_quarantine_id, resume_id, profile_quarantine_source, profile_quarantine_reason, profile_quarantine_timestamp)
            VALUES ('q-old', 'gone', 'gone.md', 'missing_resume', 1700000000);
            INSERT INTO llm_runs_v2 (llm_run_id, job_id, llm_run_type, llm_run_model_id, llm_run_input_tokens, llm_run_output_tokens, llm_run_attempt, llm_run_engine)
            VALUES ('run-old', 'job-1', 'ja_2_1_assessment', 'some/model', 900, 200, 2, 'llm');
            """;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task OpenAsync_PreviousVersionFile_KeepsEveryRowAndAddsAnEmptyProfileLlmRuns()
    {
        await WritePreviousVersionFileAsync();
        var database = new LeadQualDatabase(Path);

        Assert.Equal([LeadQualDatabase.SchemaVersion], await ReadAsync<long>(database, "PRAGMA user_version"));
        Assert.Equal(7, LeadQualDatabase.SchemaVersion);
        Assert.Equal(["old|1400|600|0.0031"], await ReadAsync<string>(database, "SELECT resume_id || '|' || profile_input_tokens || '|' || profile_output_tokens || '|' || profile_cost FROM candidate_profiles"));
        Assert.Equal(["gone|missing_resume"], await ReadAsync<string>(database, "SELECT resume_id || '|' || profile_quarantine_reason FROM profile_quarantine"));
        Assert.Equal(["job-1|900|200|2"], await ReadAsync<string>(database, "SELECT job_id || '|' || llm_run_input_tokens || '|' || llm_run_output_tokens || '|' || llm_run_attempt FROM llm_runs_v2"));
        Assert.Equal(["Old resume text"], await ReadAsync<string>(database, "SELECT resume_text FROM resumes"));
        Assert.Equal([0L], await ReadAsync<long>(database, "SELECT COUNT(*) FROM profile_llm_runs"));
        Assert.Equal([0L], await ReadAsync<long>(database, "SELECT COUNT(*) FROM eval_run_units"));
    }

    [Fact]
    public async Task OpenAsync_PreviousVersionFile_NewProfilesWriteTheirCallsBesideTheOldProfile()
    {
        await WritePreviousVersionFileAsync();
        var database = new LeadQualDatabase(Path);
        var clock = TestClock.November2026();
        var run = await new ProfilePipeline(new ScriptedProfileEngine(), clock).ProfileAsync(new Resume("new", ResumeSamples.Rich));

        await new ProfileStore(database, clock).SaveAsync(run);

        Assert.Equal(["new|1|600|0", "new|2|600|300"], await ReadAsync<string>(database,
            "SELECT resume_id || '|' || llm_run_attempt || '|' || llm_run_input_tokens || '|' || llm_run_output_tokens FROM profile_llm_runs ORDER BY llm_run_attempt"));
        Assert.Equal(["new", "old"], await ReadAsync<string>(database, "SELECT resume_id FROM candidate_profiles ORDER BY resume_id"));
    }

    private static async Task<List<T>> ReadAsync<T>(LeadQualDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
