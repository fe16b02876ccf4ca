using LeadQual.Pipeline;
using LeadQual.Serialization;
using Microsoft.Data.Analysis;

namespace LeadQual.Evaluation.Frames;

/// <summary>One assessment as DataFrames: the decomposition (steps 2.1–2.3) and the decisions (step 3.1).</summary>
public static class AssessmentFrames
{
    /// <summary>Every atomic requirement with its category and classification, in the posting's order.</summary>
    public static DataFrame Decomposition(AssessmentRun run)
    {
        var atomic = run.Decomposition.Atomized.AtomicObjects;
        var classified = run.Decomposition.Classified.ClassifiedObjects;
        return new DataFrame(
            new StringDataFrameColumn("requirement", classified.Select(c => c.RequirementString)),
            new StringDataFrameColumn("category", classified.Select((c, i) => i < atomic.Count ? Name(atomic[i].Category) : null)),
            new StringDataFrameColumn("classification", classified.Select(c => Name(c.Classification))),
            new StringDataFrameColumn("any_of", classified.Select(c => c.AnyOf)));
    }

    /// <summary>Every requirement of the response with its decision, confidence, evidence lines and reasoning.</summary>
    public static DataFrame Decisions(AssessmentRun run)
    {
        var rows = run.Result.RequiredQualifications.Select(q => (Kind: "required", Q: q))
            .Concat(run.Result.AdditionalQualifications.Select(q => (Kind: "additional", Q: q)))
            .Concat(run.Result.EvaluatedQualifications.Select(q => (Kind: "evaluated", Q: q)))
            .ToList();
        return new DataFrame(
            new StringDataFrameColumn("kind", rows.Select(r => r.Kind)),
            new StringDataFrameColumn("requirement", rows.Select(r => r.Q.RequirementString)),
            new StringDataFrameColumn("any_of", rows.Select(r => r.Q.AnyOf)),
            new BooleanDataFrameColumn("match", rows.Select(r => r.Q.Match)),
            new DoubleDataFrameColumn("confidence", rows.Select(r => r.Q.Confidence)),
            new StringDataFrameColumn("evidence", rows.Select(r => string.Join(" | ", r.Q.Evidence.Select(e => $"L{e.Line}: {e.Text.Trim()}")))),
            new StringDataFrameColumn("reasoning", rows.Select(r => r.Q.MatchReasoning)));
    }

    private static string Name<T>(T value) => LeadQualJson.Serialize(value).Trim('"');
}
