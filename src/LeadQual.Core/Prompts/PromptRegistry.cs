using LeadQual.Storage;
using Microsoft.Data.Sqlite;

namespace LeadQual.Prompts;

/// <summary>
/// The seed's <c>prompts</c> table as the registry of versions: the shipped files are registered on
/// first use, notebooks and <c>leadqual prompts add/import</c> add more, and a step runs its newest
/// version (the seed's <c>get_latest_prompt</c>).
/// </summary>
public sealed class PromptRegistry(LeadQualDatabase database, TimeProvider clock)
{
    /// <summary>Registers versions not yet known (by id); returns how many were new.</summary>
    public async Task<int> AddAsync(IEnumerable<PromptVersion> versions, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = 0;
        await using var newest = connection.CreateCommand();
        newest.Transaction = transaction;
        newest.CommandText = "SELECT COALESCE(MAX(prompt_created_at), 0) FROM prompts";
        var last = Convert.ToInt64(await newest.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

        // Registration times strictly increase, so "latest" is the last registered even within one second.
        var stamp = Math.Max(clock.GetUtcNow().ToUnixTimeSeconds(), last + 1);
        foreach (var version in versions)
        {
            await using var clash = connection.CreateCommand();
            clash.Transaction = transaction;
            clash.CommandText = "SELECT prompt_id FROM prompts WHERE llm_run_type = $name AND prompt_label = $label AND prompt_id <> $id";
            clash.Parameters.AddWithValue("$name", version.Name);
            clash.Parameters.AddWithValue("$label", version.Label);
            clash.Parameters.AddWithValue("$id", version.Id);
            if (await clash.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string other)
            {
                throw new PromptException($"{version.Name} {version.Label} already names version {other} with different content; choose a new label");
            }

            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT OR IGNORE INTO prompts (prompt_id, llm_run_type, model_id, prompt_system_prompt, prompt_template, prompt_temperature,
                    prompt_response_schema, prompt_created_at, prompt_thinking_budget, prompt_label)
                VALUES ($id, $name, $model, $system, $template, $temperature, $schema, $created, $budget, $label)
                """;
            insert.Parameters.AddWithValue("$id", version.Id);
            insert.Parameters.AddWithValue("$name", version.Name);
            insert.Parameters.AddWithValue("$model", version.Model);
            insert.Parameters.AddWithValue("$system", version.SystemPrompt);
            insert.Parameters.AddWithValue("$template", version.Template);
            insert.Parameters.AddWithValue("$temperature", version.Temperature);
            insert.Parameters.AddWithValue("$schema", version.ResponseSchema);
            insert.Parameters.AddWithValue("$created", stamp);
            insert.Parameters.AddWithValue("$budget", version.ReasoningBudget);
            insert.Parameters.AddWithValue("$label", version.Label);
            var inserted = await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            added += inserted;
            stamp += inserted;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>Registers the shipped versions (idempotent).</summary>
    public Task<int> RegisterShippedAsync(CancellationToken cancellationToken = default) => AddAsync(PromptFiles.Shipped, cancellationToken);

    public async Task<IReadOnlyList<RegisteredPrompt>> ListAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT prompt_id, llm_run_type, prompt_label, prompt_system_prompt, prompt_template, model_id, prompt_temperature,
                   prompt_thinking_budget, prompt_response_schema, prompt_created_at
            FROM prompts WHERE ($name IS NULL OR llm_run_type = $name)
            ORDER BY llm_run_type, prompt_created_at, rowid
            """;
        command.Parameters.AddWithValue("$name", (object?)name ?? DBNull.Value);
        var list = new List<RegisteredPrompt>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var version = new PromptVersion(
                reader.GetString(1),
                reader.IsDBNull(2) ? reader.GetString(0) : reader.GetString(2),
                reader.IsDBNull(3) ? string.Empty : reader.GetString(3),
                reader.IsDBNull(4) ? string.Empty : reader.GetString(4),
                reader.IsDBNull(5) ? string.Empty : reader.GetString(5),
                reader.IsDBNull(6) ? 0 : reader.GetDouble(6),
                reader.IsDBNull(7) ? 0 : reader.GetInt32(7),
                reader.IsDBNull(8) ? string.Empty : reader.GetString(8));
            list.Add(new RegisteredPrompt(reader.GetString(0), version, DateTimeOffset.FromUnixTimeSeconds(reader.IsDBNull(9) ? 0 : reader.GetInt64(9))));
        }

        return list;
    }

    /// <summary>The newest version of a step's prompt; a prompt_configuration_error when there is none.</summary>
    public async Task<PromptVersion> LatestAsync(string name, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(name, cancellationToken).ConfigureAwait(false);
        return all.Count > 0 ? all[^1].Version : throw new PromptException($"no prompt version registered for {name}");
    }

    /// <summary>A version by label or by (a prefix of at least 6 digits of) its id.</summary>
    public async Task<PromptVersion> FindAsync(string name, string labelOrId, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(name, cancellationToken).ConfigureAwait(false);
        var match = all.LastOrDefault(p => p.Version.Label == labelOrId)
            ?? all.SingleOrDefault(p => labelOrId.Length >= 6 && p.Id.StartsWith(labelOrId, StringComparison.OrdinalIgnoreCase));
        return match?.Version ?? throw new PromptException($"{name} has no version {labelOrId} (try: leadqual prompts list)");
    }
}
