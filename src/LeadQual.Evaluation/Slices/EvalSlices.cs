using LeadQual.Evaluation.Statistics;
using LeadQual.Evaluation.Units;

namespace LeadQual.Evaluation.Slices;

/// <summary>
/// Every figure per slice: requirement kind (assessment only: a rating or decomposition is not about one
/// kind), posting format and field (postings and their pairs), resume quality (pairs and profiles), and
/// part when the set has parts.json (postings, resumes, and pairs whose job and resume are in the part).
/// </summary>
public static class EvalSlices
{
    public const string RequirementKind = "requirement_kind";
    public const string PostingFormat = "posting_format";
    public const string Field = "field";
    public const string ResumeQuality = "resume_quality";
    public const string Part = "part";

    public static IReadOnlyList<SliceMetrics> Of(EvalUnits units, SliceLabels labels, int seed = Bootstrap.DefaultSeed)
    {
        var slices = new List<SliceMetrics>();
        var kinds = units.Pairs.SelectMany(p => p.Decisions).Select(d => RequirementKinds.Of(d.Requirement)).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var kind in kinds)
        {
            var pairs = units.Pairs
                .Select(p => p with { Decisions = p.Decisions.Where(d => RequirementKinds.Of(d.Requirement) == kind).ToList(), Rating = null })
                .Where(p => p.Decisions.Count > 0).ToList();
            slices.Add(Measure(RequirementKind, kind, units with { Postings = [], Pairs = pairs, Resumes = [] }, seed));
        }

        AddByJob(slices, PostingFormat, units, labels.PostingFormat, seed);
        AddByJob(slices, Field, units, labels.Field, seed);
        foreach (var level in labels.ResumeQuality.Values.Distinct().Order(StringComparer.Ordinal))
        {
            bool In(string resume) => labels.ResumeQuality.GetValueOrDefault(resume) == level;
            slices.Add(Measure(ResumeQuality, level, units with { Postings = [], Pairs = units.Pairs.Where(p => In(p.ResumeId)).ToList(), Resumes = units.Resumes.Where(r => In(r.ResumeId)).ToList() }, seed));
        }

        foreach (var part in labels.JobPart.Values.Concat(labels.ResumePart.Values).Distinct().Order(StringComparer.Ordinal))
        {
            slices.Add(Measure(Part, part, units with
            {
                Postings = units.Postings.Where(p => labels.JobPart.GetValueOrDefault(p.JobId) == part).ToList(),
                Pairs = units.Pairs.Where(p => labels.JobPart.GetValueOrDefault(p.JobId) == part && labels.ResumePart.GetValueOrDefault(p.ResumeId) == part).ToList(),
                Resumes = units.Resumes.Where(r => labels.ResumePart.GetValueOrDefault(r.ResumeId) == part).ToList(),
            }, seed));
        }

        return slices.Where(s => s.Values.Count > 0).ToList();
    }

    private static void AddByJob(List<SliceMetrics> slices, string dimension, EvalUnits units, IReadOnlyDictionary<string, string> label, int seed)
    {
        foreach (var name in label.Values.Distinct().Order(StringComparer.Ordinal))
        {
            bool In(string job) => label.GetValueOrDefault(job) == name;
            slices.Add(Measure(dimension, name, units with { Postings = units.Postings.Where(p => In(p.JobId)).ToList(), Pairs = units.Pairs.Where(p => In(p.JobId)).ToList(), Resumes = [] }, seed));
        }
    }

    private static SliceMetrics Measure(string dimension, string name, EvalUnits units, int seed)
    {
        var values = MetricCatalog.Values(units).Where(v => v.Value is not null).ToDictionary(v => v.Key, v => Math.Round(v.Value!.Value, 4), StringComparer.Ordinal);
        var intervals = MetricCatalog.Intervals(units, seed).Where(i => values.ContainsKey(i.Key)).ToDictionary(StringComparer.Ordinal);
        return new SliceMetrics(dimension, name, units.Postings.Count, units.Pairs.Count, units.Pairs.Sum(p => p.Decisions.Count), units.Resumes.Count, values, intervals);
    }
}
