using LeadQual.Evaluation.Running;
using LeadQual.Serialization;
using LeadQual.Storage;
using Microsoft.Data.Sqlite;

namespace LeadQual.Evaluation.Storage;

/// <summary>Keeps every evaluation run (config and metrics) in <c>eval_runs</c>, so reports can show a trend per prompt version.</summary>
public sealed class EvalRunStore(LeadQualDatabase database)
{
    public async Task SaveAsync(EvalMetrics metrics, object config, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO eval_runs (eval_run_id, eval_run_created_at, eval_run_engine, eval_run_model, eval_run_prompt_version, eval_run_data, eval_run_config, eval_run_metrics)
            VALUES ($id, $at, $engine, $model, $prompt, $data, $config, $metrics)
            """;
        command.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
        command.Parameters.AddWithValue("$at", metrics.GeneratedAt.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("$engine", metrics.Engine);
        command.Parameters.AddWithValue("$model", metrics.Model);
        command.Parameters.AddWithValue("$prompt", metrics.PromptVersion);
        command.Parameters.AddWithValue("$data", metrics.Data);
        command.Parameters.AddWithValue("$config", LeadQualJson.Serialize(config));
        command.Parameters.AddWithValue("$metrics", LeadQualJson.Serialize(metrics));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Earlier runs, oldest first.</summary>
    public async Task<IReadOnlyList<EvalMetrics>> HistoryAsync(int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT eval_run_metrics FROM eval_runs ORDER BY eval_run_created_at DESC, rowid DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        var runs = new List<EvalMetrics>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            runs.Add(LeadQualJson.Deserialize<EvalMetrics>(reader.GetString(0)));
        }

        runs.Reverse();
        return runs;
    }
}
