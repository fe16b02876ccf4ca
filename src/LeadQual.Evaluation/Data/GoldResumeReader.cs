using System.Text.Json;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.Data;

/// <summary>Checks the shape of one <c>gold/resumes</c> file and, when it is sound, reads it with <see cref="LeadQualJson"/>.</summary>
internal static class GoldResumeReader
{
    public static GoldResume? Read(JsonElement root, string fileId, JsonFields fields)
    {
        var before = fields.Problems.Count;
        var resumeId = fields.Id(root, "resume_id");
        if (resumeId is not null && resumeId != fileId)
        {
            fields.Add("resume_id", $"\"{resumeId}\" does not match the file name ({fileId})");
        }

        CheckSkills(root, "explicit_skills", fields);
        CheckSkills(root, "inferred_skills", fields);
        CheckFlags(root, fields);
        fields.OptionalCount(root, "total_years_experience", integer: false);
        fields.Term(root, "highest_degree", "highest_degree", Vocabulary.Degrees, optional: true);
        fields.OptionalCount(root, "max_team_size_led", integer: true);

        return fields.Problems.Count == before ? fields.ReadAs<GoldResume>(root) : null;
    }

    private static void CheckSkills(JsonElement root, string name, JsonFields fields)
    {
        if (fields.Array(root, name) is not { } skills)
        {
            return;
        }

        var index = 0;
        foreach (var skill in skills.EnumerateArray())
        {
            fields.NonBlankString(skill, $"{name}[{index++}]");
        }
    }

    private static void CheckFlags(JsonElement root, JsonFields fields)
    {
        if (fields.Array(root, "quality_flags") is not { } flags)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var flag in flags.EnumerateArray())
        {
            var path = $"quality_flags[{index++}]";
            if (fields.NonBlankString(flag, path) is { } text && fields.Term(text, path, Vocabulary.QualityFlags) is not null && !seen.Add(text))
            {
                // Flags are scored as a set; a repeat would be silently dropped, so it is surely a typo.
                fields.Add(path, $"\"{text}\" is listed twice");
            }
        }
    }
}
