using System.Text.Json;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.Data;

/// <summary>
/// Reads fields of one gold file and records what is wrong with them instead of throwing, so one run
/// reports every problem of a folder with its file and field.
/// </summary>
internal sealed class JsonFields(string file)
{
    private readonly List<EvalDataProblem> problems = [];

    public IReadOnlyList<EvalDataProblem> Problems => problems;

    public void Add(string? field, string message) => problems.Add(new EvalDataProblem(file, field, message));

    /// <summary>A required, non-blank string.</summary>
    public string? RequiredString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            Add(path, "required field is missing");
            return null;
        }

        return NonBlankString(value, path);
    }

    /// <summary>An optional string: absent or null is fine, blank is not (it would silently form a group or a value).</summary>
    public string? OptionalString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return NonBlankString(value, path);
    }

    public string? NonBlankString(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Add(path, $"expected a string, found {Describe(value)}");
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(path, "must not be empty");
            return null;
        }

        return text;
    }

    /// <summary>A required id, valid by the format's id rule.</summary>
    public string? Id(JsonElement parent, string name)
    {
        var id = RequiredString(parent, name, name);
        if (id is not null && !EvalDataLayout.IsValidId(id))
        {
            Add(name, $"\"{id}\" is not a valid id ({EvalDataLayout.IdRule})");
            return null;
        }

        return id;
    }

    /// <summary>A string from a closed vocabulary; <paramref name="optional"/> allows absent or null.</summary>
    public string? Term(JsonElement parent, string name, string path, IReadOnlyList<string> allowed, bool optional = false)
    {
        var term = optional ? OptionalString(parent, name, path) : RequiredString(parent, name, path);
        return term is null ? null : Term(term, path, allowed);
    }

    public string? Term(string term, string path, IReadOnlyList<string> allowed)
    {
        if (allowed.Contains(term, StringComparer.Ordinal))
        {
            return term;
        }

        Add(path, $"\"{term}\" is not one of {string.Join(", ", allowed)}");
        return null;
    }

    public JsonElement? Array(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            Add(name, "required field is missing");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Add(name, $"expected an array, found {Describe(value)}");
            return null;
        }

        return value;
    }

    public JsonElement? Object(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            Add(name, "required field is missing");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Add(name, $"expected an object, found {Describe(value)}");
            return null;
        }

        return value;
    }

    /// <summary>An optional number (absent or null is fine) that must be at least zero, and whole when <paramref name="integer"/>.</summary>
    public void OptionalCount(JsonElement parent, string name, bool integer)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            Add(name, $"expected a number or null, found {Describe(value)}");
        }
        else if (integer && !value.TryGetInt32(out _))
        {
            Add(name, $"expected a whole number, found {value.GetRawText()}");
        }
        else if (value.GetDouble() < 0)
        {
            Add(name, $"must not be negative, found {value.GetRawText()}");
        }
    }

    /// <summary>
    /// Reads a file whose shape was checked with <see cref="LeadQualJson.Options"/>. The checks make a failure
    /// unexpected, but a validator must still report it as a problem rather than throw.
    /// </summary>
    public T? ReadAs<T>(JsonElement root)
        where T : class
    {
        try
        {
            return root.Deserialize<T>(LeadQualJson.Options);
        }
        catch (JsonException ex)
        {
            Add(ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : null, $"cannot be read: {ex.Message}");
            return null;
        }
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
