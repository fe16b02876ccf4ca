using LeadQual.FakeOpenAI;
using Microsoft.Data.Sqlite;

namespace LeadQual.Cli.Tests.Support;

/// <summary>A temporary folder with a SQLite path and the fake OpenAI-compatible server on loopback: what each LLM-engine command test starts with.</summary>
public sealed class FakeServerWorkspace : IAsyncDisposable
{
    private FakeServerWorkspace(string folder, FakeOpenAiServer server)
    {
        Folder = folder;
        Server = server;
    }

    public string Folder { get; }

    public FakeOpenAiServer Server { get; }

    public string Db => Path.Combine(Folder, "leadqual.db");

    public static async Task<FakeServerWorkspace> StartAsync(string folderPrefix) =>
        new(Directory.CreateTempSubdirectory(folderPrefix).FullName, await FakeOpenAiServer.StartAsync());

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();

        // Pooled connections keep the database file open; the folder cannot go while they do.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
