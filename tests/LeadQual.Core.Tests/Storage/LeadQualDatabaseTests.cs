using LeadQual.Core.Tests.Support;
using LeadQual.Storage;

namespace LeadQual.Core.Tests.Storage;

public sealed class LeadQualDatabaseTests : IDisposable
{
    private readonly TempDatabase temp = new();

    [Fact]
    public async Task OpenAsync_NewFile_HasTheSeedTablesInWalModeAtTheCurrentVersion()
    {
        var tables = await temp.ColumnAsync("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");

        Assert.Superset(new HashSet<string?> { "job_details", "job_skills", "llm_runs_v2", "prompts", "job_quarantine" }, tables.ToHashSet());
        Assert.Equal(["wal"], await temp.ColumnAsync("PRAGMA journal_mode"));
        Assert.Equal([LeadQualDatabase.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)], await temp.ColumnAsync("PRAGMA user_version"));
    }

    [Fact]
    public async Task OpenAsync_SeedColumns_KeepTheirSeedNames()
    {
        var columns = await temp.ColumnAsync("SELECT name FROM pragma_table_info('llm_runs_v2')");

        Assert.Superset(new HashSet<string?> { "llm_run_id", "job_id", "llm_run_type", "llm_run_model_id", "llm_run_system_prompt_id", "llm_run_input", "llm_run_output", "llm_run_input_tokens", "llm_run_output_tokens", "llm_run_thinking_tokens", "llm_run_total_tokens", "llm_run_start", "llm_run_end" }, columns.ToHashSet());
    }

    public void Dispose() => temp.Dispose();
}
