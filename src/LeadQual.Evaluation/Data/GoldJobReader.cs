using System.Text.Json;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.Data;

/// <summary>Checks the shape of one <c>gold/jobs</c> file and, when it is sound, reads it with <see cref="LeadQualJson"/>.</summary>
internal static class GoldJobReader
{
    public static GoldJob? Read(JsonElement root, string fileId, JsonFields fields)
    {
        var before = fields.Problems.Count;
        var jobId = fields.Id(root, "job_id");
        if (jobId is not null && jobId != fileId)
        {
            fields.Add("job_id", $"\"{jobId}\" does not match the file name ({fileId})");
        }

        fields.RequiredString(root, "title", "title");
        if (fields.Array(root, "requirements") is { } requirements)
        {
            CheckRequirements(requirements, fields);
        }

        return fields.Problems.Count == before ? fields.ReadAs<GoldJob>(root) : null;
    }

    private static void CheckRequirements(JsonElement requirements, JsonFields fields)
    {
        if (requirements.GetArrayLength() == 0)
        {
            fields.Add("requirements", "a job needs at least one requirement");
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<(string Group, string Classification, int Index)>();
        var index = 0;
        foreach (var item in requirements.EnumerateArray())
        {
            var path = $"requirements[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                fields.Add(path, $"expected an object, found {JsonFields.Describe(item)}");
                index++;
                continue;
            }

            var id = fields.RequiredString(item, "id", $"{path}.id");
            if (id is not null && !ids.Add(id))
            {
                // Pairs label requirements by id, so a repeated id would make one label count for two.
                fields.Add($"{path}.id", $"\"{id}\" is used by an earlier requirement; ids must be unique within a job");
            }

            fields.RequiredString(item, "text", $"{path}.text");
            var classification = fields.Term(item, "classification", $"{path}.classification", Vocabulary.Classifications);
            var group = fields.OptionalString(item, "any_of", $"{path}.any_of");
            if (group is not null && classification is not null)
            {
                groups.Add((group, classification, index));
            }

            index++;
        }

        CheckGroups(groups, fields);
    }

    // The rating counts an any_of group once within one classification, so a group of one is a mislabel
    // (alternatives need two members) and a group split across classifications would be counted twice.
    private static void CheckGroups(List<(string Group, string Classification, int Index)> members, JsonFields fields)
    {
        foreach (var group in members.GroupBy(m => m.Group, StringComparer.Ordinal))
        {
            var first = group.First();
            var path = $"requirements[{first.Index}].any_of";
            if (group.Count() == 1)
            {
                fields.Add(path, $"group \"{group.Key}\" has one member; alternatives need at least two");
            }

            var classifications = group.Select(m => m.Classification).Distinct(StringComparer.Ordinal).ToList();
            if (classifications.Count > 1)
            {
                fields.Add(path, $"group \"{group.Key}\" mixes {string.Join(" and ", classifications)}; alternatives must share a classification");
            }
        }
    }
}
