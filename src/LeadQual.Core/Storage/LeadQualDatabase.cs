using Microsoft.Data.Sqlite;

namespace LeadQual.Storage;

/// <summary>
/// The SQLite file: opened in WAL mode with a busy timeout so the CLI, the API and concurrent batch
/// workers can share it; migrated to the current schema version on first open.
/// </summary>
public sealed class LeadQualDatabase
{
    public const string DefaultPath = "leadqual.db";

    private readonly string connectionString;
    private readonly Lazy<Task> migrated;

    public LeadQualDatabase(string path)
    {
        Path = path;
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        migrated = new Lazy<Task>(MigrateAsync);
    }

    public string Path { get; }

    public static int SchemaVersion => SchemaMigrations.Scripts.Count;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await migrated.Value.ConfigureAwait(false);
        return await OpenRawAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private async Task MigrateAsync()
    {
        await using var connection = await OpenRawAsync(CancellationToken.None).ConfigureAwait(false);
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using var version = connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText = "PRAGMA user_version;";
        var current = Convert.ToInt32(await version.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        if (current > SchemaVersion)
        {
            throw new InvalidOperationException($"{Path}: database schema version {current} is newer than this leadqual ({SchemaVersion}); upgrade leadqual");
        }

        for (var v = current; v < SchemaVersion; v++)
        {
            await using var script = connection.CreateCommand();
            script.Transaction = transaction;
            script.CommandText = SchemaMigrations.Scripts[v] + $"\nPRAGMA user_version = {v + 1};";
            await script.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }
}
