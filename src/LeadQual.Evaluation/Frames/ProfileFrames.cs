using LeadQual.Profiles;
using LeadQual.Serialization;
using Microsoft.Data.Analysis;

namespace LeadQual.Evaluation.Frames;

/// <summary>A candidate profile as DataFrames: its skills with their evidence, and its roles.</summary>
public static class ProfileFrames
{
    /// <summary>One row per skill: explicit ones first, then inferred ones by confidence, with the quoted evidence and its lines.</summary>
    public static DataFrame Skills(CandidateProfile profile)
    {
        var rows = profile.ExplicitSkills.Select(s => (Kind: "explicit", S: s))
            .Concat(profile.InferredSkills.OrderByDescending(s => s.Confidence).Select(s => (Kind: "inferred", S: s)))
            .ToList();
        return new DataFrame(
            new StringDataFrameColumn("skill", rows.Select(r => r.S.Skill)),
            new StringDataFrameColumn("kind", rows.Select(r => r.Kind)),
            new StringDataFrameColumn("category", rows.Select(r => Name(r.S.Category))),
            new DoubleDataFrameColumn("confidence", rows.Select(r => (double?)Math.Round(r.S.Confidence, 3))),
            new StringDataFrameColumn("evidence", rows.Select(r => string.Join(" | ", r.S.Evidence.Select(e => $"L{e.LineStart}{(e.LineEnd != e.LineStart ? $"-{e.LineEnd}" : string.Empty)} ({Name(e.EvidenceType)}): {e.Snippet}")))),
            new StringDataFrameColumn("reasoning", rows.Select(r => r.S.Reasoning)));
    }

    /// <summary>One row per dated role, in order: title, employer, dates, months, seniority and the resume line it starts on.</summary>
    public static DataFrame Roles(CandidateProfile profile)
    {
        var roles = profile.CareerTrajectory.Roles;
        return new DataFrame(
            new StringDataFrameColumn("title", roles.Select(r => r.Title)),
            new StringDataFrameColumn("employer", roles.Select(r => r.Employer)),
            new StringDataFrameColumn("start", roles.Select(r => r.Start)),
            new StringDataFrameColumn("end", roles.Select(r => r.IsCurrent ? $"{r.End} (current)" : r.End)),
            new Int32DataFrameColumn("months", roles.Select(r => (int?)r.Months)),
            new StringDataFrameColumn("seniority", roles.Select(r => Name(r.Seniority))),
            new Int32DataFrameColumn("line", roles.Select(r => (int?)r.Line)));
    }

    private static string Name<T>(T value) => LeadQualJson.Serialize(value).Trim('"');
}
