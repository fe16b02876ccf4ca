using LeadQual.Storage;
using Microsoft.Data.Sqlite;

namespace LeadQual.Core.Tests.Support;

/// <summary>A SQLite file in a fresh temporary folder, removed after the test.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("leadqual-test-").FullName;

    public TempDatabase()
    {
        Database = new LeadQualDatabase(Path.Combine(folder, "leadqual.db"));
    }

    public LeadQualDatabase Database { get; }

    public async Task<long> CountAsync(string table, string where = "1=1")
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {where}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task<List<string?>> ColumnAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string?>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? null : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return values;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
