using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Units;
using LeadQual.Serialization;
using LeadQual.Storage;
using Microsoft.Data.Sqlite;

namespace LeadQual.Evaluation.Storage;

/// <summary>Keeps every evaluation run (config and metrics) in <c>eval_runs</c>, so reports can show a trend per prompt version.</summary>
public sealed class EvalRunStore(LeadQualDatabase database)
{
    /// <summary>Stores a run (and its per-unit results when given, in the same transaction); returns its eval_runs id.</summary>
    public async Task<string> SaveAsync(EvalMetrics metrics, object config, EvalUnits? units = null, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid().ToString();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO eval_runs (eval_run_id, eval_run_created_at, eval_run_engine, eval_run_model, eval_run_prompt_version, eval_run_data, eval_run_config, eval_run_metrics)
            VALUES ($id, $at, $engine, $model, $prompt, $data, $config, $metrics)
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$at", metrics.GeneratedAt.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("$engine", metrics.Engine);
        command.Parameters.AddWithValue("$model", metrics.Model);
        command.Parameters.AddWithValue("$prompt", metrics.PromptVersion);
        command.Parameters.AddWithValue("$data", metrics.Data);
        command.Parameters.AddWithValue("$config", LeadQualJson.Serialize(config));
        command.Parameters.AddWithValue("$metrics", LeadQualJson.Serialize(metrics));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (units is not null)
        {
            await using var unitsCommand = connection.CreateCommand();
            unitsCommand.Transaction = transaction;
            unitsCommand.CommandText = "INSERT INTO eval_run_units (eval_run_id, eval_run_units) VALUES ($id, $units)";
            unitsCommand.Parameters.AddWithValue("$id", id);
            unitsCommand.Parameters.AddWithValue("$units", LeadQualJson.Serialize(units));
            await unitsCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>A stored run's per-unit results by its id (a unique prefix of 8+ characters will do); null when there is no such run or it predates per-unit results.</summary>
    public async Task<EvalUnits?> UnitsAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT eval_run_id, eval_run_units FROM eval_run_units WHERE eval_run_id = $id OR (length($id) >= 8 AND eval_run_id LIKE $prefix) LIMIT 2";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$prefix", id.Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal) + "%");
        var found = new List<(string Id, string Units)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        return found.Count switch
        {
            0 => null,
            1 => EvalUnitsFile.Parse(found[0].Units, $"eval_runs {found[0].Id}"),
            _ => throw new InvalidDataException($"eval_runs id prefix {id} names more than one run; give more characters"),
        };
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
