using LeadQual.Evaluation.Statistics;

namespace LeadQual.Evaluation.Slices;

/// <summary>
/// Every figure on one slice of the set (e.g. dimension <c>requirement_kind</c>, name <c>years</c>), with the
/// units it rests on and 95 % bootstrap intervals; a figure undefined on the slice is left out.
/// </summary>
public sealed record SliceMetrics(
    string Dimension,
    string Name,
    int Postings,
    int Pairs,
    int Decisions,
    int Resumes,
    IReadOnlyDictionary<string, double> Values,
    IReadOnlyDictionary<string, Interval> Intervals);
