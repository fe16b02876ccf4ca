using LeadQual.Engines;
using Microsoft.Data.Sqlite;

namespace LeadQual.Storage;

/// <summary>
/// Writes <see cref="StepCall"/>s as rows of a table with <c>llm_runs_v2</c>'s <c>llm_run_*</c> columns
/// (<c>llm_runs_v2</c> for job steps, <c>profile_llm_runs</c> for profiles), so both record a call the same way.
/// </summary>
internal static class LlmRunRows
{
    /// <summary>
    /// One row per call. <paramref name="table"/> and the key column names are constants of the callers, never
    /// input; every value goes through a parameter.
    /// </summary>
    public static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, string table, IReadOnlyList<(string Column, object? Value)> keys,
        string engine, IReadOnlyList<StepCall> calls, CancellationToken cancellationToken)
    {
        var keyColumns = string.Concat(keys.Select(k => k.Column + ", "));
        var keyValues = string.Concat(keys.Select((_, i) => $"$key{i}, "));
        var sql = $"""
            INSERT INTO {table} (llm_run_id, {keyColumns}llm_run_type, llm_run_model_id, llm_run_system_prompt_id, llm_run_input, llm_run_output,
                llm_run_input_tokens, llm_run_output_tokens, llm_run_thinking_tokens, llm_run_total_tokens, llm_run_start, llm_run_end,
                llm_run_cached_tokens, llm_run_cost, llm_run_cost_estimated, llm_run_generation_id, llm_run_error, llm_run_attempt, llm_run_engine)
            VALUES ($id, {keyValues}$type, $model, $prompt, $input, $output, $in, $out, $think, $total, $start, $end, $cached, $cost, $estimated, $gen, $error, $attempt, $engine)
            """;
        foreach (var call in calls)
        {
            (string Name, object? Value)[] values =
            [
                ("$id", Guid.NewGuid().ToString()), ("$type", call.Step), ("$model", call.ModelId), ("$prompt", call.PromptId),
                ("$input", call.Input), ("$output", call.Output), ("$in", call.InputTokens), ("$out", call.OutputTokens), ("$think", call.ReasoningTokens),
                ("$total", call.InputTokens + call.OutputTokens), ("$start", call.Start.ToUnixTimeMilliseconds() / 1000.0), ("$end", call.End.ToUnixTimeMilliseconds() / 1000.0),
                ("$cached", call.CachedTokens), ("$cost", call.CostUsd), ("$estimated", call.CostEstimated), ("$gen", call.GenerationId), ("$error", call.Error),
                ("$attempt", call.Attempt), ("$engine", engine),
                .. keys.Select((k, i) => ($"$key{i}", k.Value)),
            ];
            await Sql.ExecuteAsync(connection, transaction, sql, cancellationToken, values).ConfigureAwait(false);
        }
    }
}
