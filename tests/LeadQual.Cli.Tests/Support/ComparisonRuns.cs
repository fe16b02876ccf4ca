using System.Text.RegularExpressions;
using LeadQual.FakeOpenAI;

namespace LeadQual.Cli.Tests.Support;

/// <summary>
/// The runs the compare tests share, made once: two offline runs on eval-data/ and one LLM run through the
/// fake server with a fifth of its 3.1 decisions flipped on purpose (every other answer the offline engine's).
/// </summary>
public sealed partial class ComparisonRuns : IAsyncLifetime
{
    public const double DegradedShare = 0.2;

    private FakeServerWorkspace workspace = null!;

    public string Offline => Path.Combine(workspace.Folder, "offline");

    public string OfflineAgain => Path.Combine(workspace.Folder, "offline-again");

    public string Degraded => Path.Combine(workspace.Folder, "degraded");

    public string Db => workspace.Db;

    public string OfflineRunId { get; private set; } = string.Empty;

    public string Folder => workspace.Folder;

    public static string Data => Path.Combine(CliRunner.RepositoryRoot(), "eval-data");

    public async Task InitializeAsync()
    {
        workspace = await FakeServerWorkspace.StartAsync("leadqual-cli-compare-");
        workspace.Server.Degradation = new AnswerDegradation(DegradedShare);
        OfflineRunId = RunId(await RunAsync("eval", "--data", Data, "--out", Offline, "--db", Db));
        await RunAsync("eval", "--data", Data, "--out", OfflineAgain, "--db", Db);
        await RunAsync("eval", "--data", Data, "--out", Degraded, "--db", Db, "--concurrency", "8",
            "--engine", "llm", "--provider", "openai", "--base-url", workspace.Server.BaseUrl.ToString(), "--model", "test/degraded");
    }

    public async Task DisposeAsync() => await workspace.DisposeAsync();

    private static async Task<string> RunAsync(params string[] args)
    {
        var (code, output, error) = await CliRunner.RunAsync(args);
        return code == 0 ? output : throw new InvalidOperationException($"leadqual {string.Join(' ', args)} exited {code}: {error}{output}");
    }

    private static string RunId(string output) => RunIdLine().Match(output) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no eval_runs id printed:\n" + output);

    [GeneratedRegex(@"eval_runs id ([0-9a-f-]{36})")]
    private static partial Regex RunIdLine();
}
