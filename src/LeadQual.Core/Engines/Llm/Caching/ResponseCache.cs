using LeadQual.Prompts;
using LeadQual.Storage;

namespace LeadQual.Engines.Llm.Caching;

/// <summary>
/// Validated LLM answers in SQLite (<c>llm_response_cache</c>), keyed by model + prompt version id +
/// SHA-256 of the rendered messages: re-running an unchanged prompt over unchanged input makes no call.
/// </summary>
public sealed class ResponseCache(LeadQualDatabase database, TimeProvider clock)
{
    public static string KeyOf(string model, string promptId, string inputHash) => PromptHash.Sha256($"{model}\n{promptId}\n{inputHash}");

    /// <summary>The key of one repeat of a run: repeat 0 is the ordinary key, so a repeated eval's first pass still costs nothing when unchanged.</summary>
    public static string KeyOf(string model, string promptId, string inputHash, int repeat) =>
        repeat == 0 ? KeyOf(model, promptId, inputHash) : PromptHash.Sha256($"{model}\n{promptId}\n{inputHash}\nrepeat {repeat}");

    public async Task<CachedResponse?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT response_text, served_model_id, generation_id, created_at FROM llm_response_cache WHERE cache_key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new CachedResponse(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
            DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(3)));
    }

    public async Task PutAsync(string key, string step, string model, string promptId, string inputHash, CachedResponse response, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO llm_response_cache (cache_key, llm_run_type, model_id, prompt_id, input_hash, response_text, served_model_id, generation_id, created_at)
            VALUES ($key, $step, $model, $prompt, $input, $text, $served, $gen, $now)
            ON CONFLICT (cache_key) DO UPDATE SET response_text = excluded.response_text, served_model_id = excluded.served_model_id,
                generation_id = excluded.generation_id, created_at = excluded.created_at
            """;
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$step", step);
        command.Parameters.AddWithValue("$model", model);
        command.Parameters.AddWithValue("$prompt", promptId);
        command.Parameters.AddWithValue("$input", inputHash);
        command.Parameters.AddWithValue("$text", response.Text);
        command.Parameters.AddWithValue("$served", (object?)response.ServedModel ?? DBNull.Value);
        command.Parameters.AddWithValue("$gen", (object?)response.GenerationId ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeSeconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
