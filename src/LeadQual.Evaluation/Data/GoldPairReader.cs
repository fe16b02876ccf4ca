using System.Text.Json;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.Data;

/// <summary>
/// Checks the shape of one <c>gold/pairs</c> file and, when it is sound, reads it with <see cref="LeadQualJson"/>.
/// What needs the job (labels, rating) is checked by <see cref="GoldPairChecks"/>.
/// </summary>
internal static class GoldPairReader
{
    public static GoldPair? Read(JsonElement root, string fileName, JsonFields fields)
    {
        var before = fields.Problems.Count;
        var resumeId = fields.Id(root, "resume_id");
        var jobId = fields.Id(root, "job_id");
        if (resumeId is not null && jobId is not null && EvalDataLayout.PairFileName(resumeId, jobId) != fileName)
        {
            fields.Add(null, $"file name must be {EvalDataLayout.PairFileName(resumeId, jobId)} for resume_id \"{resumeId}\" and job_id \"{jobId}\"");
        }

        if (fields.Object(root, "matches") is { } matches)
        {
            foreach (var label in matches.EnumerateObject())
            {
                if (label.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    fields.Add($"matches.{label.Name}", $"expected true or false, found {JsonFields.Describe(label.Value)}");
                }
            }
        }

        fields.Term(root, "rating", "rating", Vocabulary.Ratings);

        return fields.Problems.Count == before ? fields.ReadAs<GoldPair>(root) : null;
    }
}
