using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace LeadQual.Cli.Tests;

public sealed class PromptsCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("leadqual-cli-prompts-").FullName;

    private string Db => Path.Combine(folder, "leadqual.db");

    private static string Example(string name) => Path.Combine(CliRunner.RepositoryRoot(), "examples", name);

    [Fact]
    public async Task List_FreshDatabase_ShowsTheFourShippedStepsAsLatest()
    {
        var (code, output, _) = await CliRunner.RunAsync("prompts", "list", "--db", Db);

        Assert.Equal(0, code);
        foreach (var step in new[] { "ja_2_1_assessment", "ja_2_2_assessment", "ja_2_3_assessment", "ja_3_1_assessment" })
        {
            Assert.Contains(step, output, StringComparison.Ordinal);
        }

        Assert.Equal(4, CountOccurrences(output, "latest"));
    }

    [Fact]
    public async Task Show_ShippedAssessmentPrompt_TellsTheModelTheResumeIsUntrusted()
    {
        var (code, output, _) = await CliRunner.RunAsync("prompts", "show", "ja_3_1_assessment", "--db", Db);

        Assert.Equal(0, code);
        Assert.Contains("response schema: ResponseData_3_1", output, StringComparison.Ordinal);
        Assert.Contains("untrusted", output, StringComparison.Ordinal);
        Assert.Contains("<resume>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownVersion_OneLineError()
    {
        var (code, _, error) = await CliRunner.RunAsync("prompts", "show", "ja_3_1_assessment", "--version", "v9", "--db", Db);

        Assert.Equal(1, code);
        Assert.Equal("error: ja_3_1_assessment has no version v9 (try: leadqual prompts list)", error.Trim());
    }

    [Fact]
    public async Task AddThenDiff_NewTemperature_BecomesLatestAndTheDiffShowsIt()
    {
        var (added, addOutput, addError) = await CliRunner.RunAsync("prompts", "add", "--name", "ja_2_1_assessment", "--label", "v2", "--temperature", "0.3", "--db", Db);
        var (_, diff, _) = await CliRunner.RunAsync("prompts", "diff", "ja_2_1_assessment", "v1", "v2", "--db", Db);
        var (_, show, _) = await CliRunner.RunAsync("prompts", "show", "ja_2_1_assessment", "--db", Db);

        Assert.True(added == 0, addError);
        Assert.StartsWith("added ja_2_1_assessment v2", addOutput, StringComparison.Ordinal);
        Assert.Contains("- temperature: 0", diff, StringComparison.Ordinal);
        Assert.Contains("+ temperature: 0.3", diff, StringComparison.Ordinal);
        Assert.Contains("label: v2", show, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ExistingLabelWithOtherContent_IsRefused()
    {
        var (code, _, error) = await CliRunner.RunAsync("prompts", "add", "--name", "ja_2_1_assessment", "--label", "v1", "--temperature", "0.7", "--db", Db);

        Assert.Equal(1, code);
        Assert.Contains("already names version", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_TemplateThatDoesNotParse_IsRefused()
    {
        var template = Path.Combine(folder, "broken.scriban");
        await File.WriteAllTextAsync(template, "{{ for x in }}");

        var (code, _, error) = await CliRunner.RunAsync("prompts", "add", "--name", "ja_2_1_assessment", "--label", "v2", "--template", template, "--db", Db);

        Assert.Equal(1, code);
        Assert.Contains("template does not parse", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportThenImport_IntoAFreshDatabase_KeepsTheVersionIds()
    {
        await CliRunner.RunAsync("prompts", "add", "--name", "ja_3_1_assessment", "--label", "v2", "--reasoning-budget", "0", "--db", Db);
        var exported = Path.Combine(folder, "exported");
        await CliRunner.RunAsync("prompts", "export", "--out", exported, "--db", Db);
        var other = Path.Combine(folder, "other.db");

        var (code, output, _) = await CliRunner.RunAsync("prompts", "import", "--from", exported, "--db", other);
        var (_, list, _) = await CliRunner.RunAsync("prompts", "list", "--db", other);
        var (_, original, _) = await CliRunner.RunAsync("prompts", "list", "--db", Db);

        Assert.Equal(0, code);
        Assert.Equal("imported 1 new of 5 versions", output.Trim());
        Assert.True(File.Exists(Path.Combine(exported, "ja_3_1_assessment", "v2.scriban")));
        Assert.Equal(Ids(original), Ids(list));
    }

    [Fact]
    public async Task Estimate_ExamplePair_InputTokensForEveryVersionAndNoNetwork()
    {
        var (code, output, error) = await CliRunner.RunAsync("prompts", "estimate", "--job", Example("job-senior-data-analyst.md"), "--resume", Example("resume-maya-chen.md"), "--db", Db, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.True(r.GetProperty("input_tokens_per_job").GetInt64() > 200));
        Assert.All(rows, r => Assert.True(r.GetProperty("dry_run").GetBoolean()));
        var assessing = rows.Single(r => r.GetProperty("name").GetString() == "ja_3_1_assessment");
        Assert.True(assessing.GetProperty("input_tokens").GetInt64() > rows.Single(r => r.GetProperty("name").GetString() == "ja_2_1_assessment").GetProperty("input_tokens").GetInt64());
    }

    [Fact]
    public async Task Estimate_WithoutResume_SkipsStep31()
    {
        var (code, output, _) = await CliRunner.RunAsync("prompts", "estimate", "--job", Example("job-senior-data-analyst.md"), "--db", Db, "--json", "--model", "openai/gpt-4o-mini");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), r => Assert.Equal("openai/gpt-4o-mini", r.GetProperty("model").GetString()));
    }

    private static List<string> Ids(string table) =>
        System.Text.RegularExpressions.Regex.Matches(table, "[0-9a-f]{16}").Select(m => m.Value).Order().ToList();

    private static int CountOccurrences(string text, string word) => text.Split(word).Length - 1;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
