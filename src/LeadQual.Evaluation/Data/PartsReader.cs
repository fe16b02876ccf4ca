using System.Text.Json;

namespace LeadQual.Evaluation.Data;

/// <summary>
/// Reads the optional <c>parts.json</c>: <c>{"parts": {"&lt;name&gt;": {"jobs": [...], "resumes": [...]}}}</c>.
/// Every id must name a posting or resume of the folder, and belong to one part only, so a slice by part is
/// never ambiguous.
/// </summary>
internal static class PartsReader
{
    public const string FileName = "parts.json";

    public static IReadOnlyList<EvalPart>? Read(JsonElement root, JsonFields fields, IReadOnlySet<string> jobIds, IReadOnlySet<string> resumeIds)
    {
        if (fields.Object(root, "parts") is not { } parts)
        {
            return null;
        }

        var before = fields.Problems.Count;
        var result = new List<EvalPart>();
        var jobOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        var resumeOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.EnumerateObject())
        {
            var path = $"parts.{part.Name}";
            if (string.IsNullOrWhiteSpace(part.Name))
            {
                fields.Add(path, "a part needs a name");
                continue;
            }

            if (part.Value.ValueKind != JsonValueKind.Object)
            {
                fields.Add(path, $"expected an object with jobs and resumes, found {JsonFields.Describe(part.Value)}");
                continue;
            }

            var jobs = Ids(part.Value, "jobs", path, fields, jobIds, "posting", $"{EvalDataLayout.Jobs}/", jobOwner, part.Name);
            var resumes = Ids(part.Value, "resumes", path, fields, resumeIds, "resume", $"{EvalDataLayout.Resumes}/", resumeOwner, part.Name);
            result.Add(new EvalPart(part.Name, jobs, resumes));
        }

        return fields.Problems.Count == before ? result : null;
    }

    private static List<string> Ids(JsonElement part, string name, string partPath, JsonFields fields, IReadOnlySet<string> known, string what, string where, Dictionary<string, string> owner, string partName)
    {
        var path = $"{partPath}.{name}";
        var ids = new List<string>();
        if (!part.TryGetProperty(name, out var list))
        {
            fields.Add(path, "required field is missing (an empty list is fine)");
            return ids;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            fields.Add(path, $"expected an array of ids, found {JsonFields.Describe(list)}");
            return ids;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (fields.NonBlankString(item, itemPath) is not { } id)
            {
                continue;
            }

            if (!known.Contains(id))
            {
                fields.Add(itemPath, $"no {what} {id} in {where}");
            }
            else if (owner.TryGetValue(id, out var other))
            {
                fields.Add(itemPath, $"{what} {id} is already in part {other}; a {what} belongs to one part");
            }
            else
            {
                owner[id] = partName;
                ids.Add(id);
            }
        }

        return ids;
    }
}
