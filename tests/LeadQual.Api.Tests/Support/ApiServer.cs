using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LeadQual.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LeadQual.Api.Tests.Support;

/// <summary>The real API host on Kestrel at 127.0.0.1 (a free port), with its own SQLite file, and an HttpClient to it.</summary>
public sealed class ApiServer : IAsyncDisposable
{
    private readonly string folder;
    private readonly WebApplication app;

    private ApiServer(string folder, WebApplication app, Uri address)
    {
        this.folder = folder;
        this.app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string DatabasePath => Path.Combine(folder, "leadqual.db");

    public static async Task<ApiServer> StartAsync(Func<ApiSettings, ApiSettings>? configure = null, Action<IServiceCollection>? services = null)
    {
        var folder = Directory.CreateTempSubdirectory("leadqual-api-").FullName;
        var settings = new ApiSettings { Urls = "http://127.0.0.1:0", DatabasePath = Path.Combine(folder, "leadqual.db") };
        var app = ApiHost.Create(configure?.Invoke(settings) ?? settings, services);
        await app.StartAsync();
        return new ApiServer(folder, app, new Uri(app.Urls.Single()));
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, object body) => Client.PostAsJsonAsync(path, body);

    public Task<HttpResponseMessage> PostRawAsync(string path, string body, string contentType = "application/json") =>
        Client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

    public async Task<JsonElement> RegisterMasterResumeAsync(string text = SampleResumes.DataEngineer, string id = "alex") =>
        (await ReadJsonAsync(await PostJsonAsync("/resumes", new { resume_id = id, text, master = true }))).GetProperty("data");

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    public async Task<long> CountAsync(string table, string where = "1=1")
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {where}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection of another test may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
