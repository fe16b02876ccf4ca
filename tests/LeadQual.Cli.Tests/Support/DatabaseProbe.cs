using Microsoft.Data.Sqlite;

namespace LeadQual.Cli.Tests.Support;

/// <summary>Reads one number from the SQLite file a command wrote, as a user inspecting it would.</summary>
public static class DatabaseProbe
{
    public static async Task<long> ScalarAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
