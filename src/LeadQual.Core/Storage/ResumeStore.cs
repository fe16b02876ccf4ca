using Microsoft.Data.Sqlite;

namespace LeadQual.Storage;

/// <summary>
/// Registered resumes and the master flag. At most one resume is the master (a partial unique index
/// enforces it); marking a new master clears the old one in the same transaction.
/// </summary>
public sealed class ResumeStore(LeadQualDatabase database, TimeProvider clock)
{
    private const string Columns = "resume_id, resume_name, resume_text, resume_is_master, resume_created_at";

    /// <summary>Adds or replaces a resume; <paramref name="master"/> true makes it the master, false leaves the flag as it was.</summary>
    public async Task<StoredResume> RegisterAsync(string resumeId, string? name, string text, bool master, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, transaction,
            """
            INSERT INTO resumes (resume_id, resume_name, resume_text, resume_created_at) VALUES ($id, $name, $text, $now)
            ON CONFLICT (resume_id) DO UPDATE SET resume_text = excluded.resume_text, resume_name = COALESCE($name, resume_name)
            """,
            cancellationToken, ("$id", resumeId), ("$name", name), ("$text", text), ("$now", clock.GetUtcNow().ToUnixTimeSeconds())).ConfigureAwait(false);
        if (master)
        {
            await MarkMasterAsync(connection, transaction, resumeId, cancellationToken).ConfigureAwait(false);
        }

        var stored = await FindAsync(connection, transaction, resumeId, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored!;
    }

    /// <summary>Makes a registered resume the master; false when no resume has that id.</summary>
    public async Task<bool> SetMasterAsync(string resumeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await FindAsync(connection, transaction, resumeId, cancellationToken).ConfigureAwait(false) is null)
        {
            return false;
        }

        await MarkMasterAsync(connection, transaction, resumeId, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<StoredResume?> FindAsync(string resumeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(connection, null, resumeId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredResume?> FindMasterAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Create(connection, null, $"SELECT {Columns} FROM resumes WHERE resume_is_master = 1");
        return await ReadOneAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredResume>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Create(connection, null, $"SELECT {Columns} FROM resumes ORDER BY resume_created_at, resume_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var resumes = new List<StoredResume>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            resumes.Add(Read(reader));
        }

        return resumes;
    }

    private static async Task MarkMasterAsync(SqliteConnection connection, SqliteTransaction transaction, string resumeId, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(connection, transaction, "UPDATE resumes SET resume_is_master = 0 WHERE resume_is_master = 1 AND resume_id <> $id", cancellationToken, ("$id", resumeId)).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, transaction, "UPDATE resumes SET resume_is_master = 1 WHERE resume_id = $id", cancellationToken, ("$id", resumeId)).ConfigureAwait(false);
    }

    private static async Task<StoredResume?> FindAsync(SqliteConnection connection, SqliteTransaction? transaction, string resumeId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Create(connection, transaction, $"SELECT {Columns} FROM resumes WHERE resume_id = $id", ("$id", resumeId));
        return await ReadOneAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<StoredResume?> ReadOneAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    private static StoredResume Read(SqliteDataReader reader) =>
        new(reader.GetString(0), Sql.NullableString(reader, 1), reader.GetString(2), reader.GetInt64(3) == 1, DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(4)));
}
