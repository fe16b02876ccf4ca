using LeadQual.Evaluation.Units;

namespace LeadQual.Evaluation.Repeats;

/// <summary>
/// What <c>eval --repeat N</c> found (repeats.json): every figure's mean and spread over the repeats, the
/// share of decisions (pair × gold requirement) not decided the same way by every repeat, and the pairs
/// whose rating moved.
/// </summary>
public sealed record RepeatSummary(
    int Repeats,
    string Engine,
    string Model,
    string PromptVersion,
    IReadOnlyList<MetricSpread> Metrics,
    int Decisions,
    int FlippedDecisions,
    double? FlipRate,
    IReadOnlyList<UnstablePair> UnstablePairs)
{
    public const string FileName = "repeats.json";

    public static RepeatSummary Of(IReadOnlyList<EvalUnits> runs)
    {
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var values = runs.Select(MetricCatalog.Values).ToList();
        var spreads = values[0].Keys.Select(path =>
        {
            var known = values.Select(v => v[path]).Where(v => v is not null).Select(v => v!.Value).ToList();
            if (known.Count == 0)
            {
                return new MetricSpread(path, 0, null, null, null, null);
            }

            var mean = known.Average();
            double? sd = known.Count < 2 ? null : Math.Sqrt(known.Sum(v => (v - mean) * (v - mean)) / (known.Count - 1));
            return new MetricSpread(path, known.Count, Math.Round(mean, 4), sd is { } s ? Math.Round(s, 4) : null, known.Min(), known.Max());
        }).ToList();

        var decided = runs.Select(r => r.Pairs.SelectMany(p => p.Decisions).ToDictionary(d => (d.Pair, d.RequirementId), d => d.Predicted)).ToList();
        var everywhere = decided[0].Keys.Where(k => decided.All(d => d.ContainsKey(k))).ToList();
        var flipped = everywhere.Count(k => decided.Select(d => d[k]).Distinct().Count() > 1);

        var ratings = runs.Select(r => r.Pairs.Where(p => p.Rating is not null).ToDictionary(p => p.Pair, p => p.Rating!, StringComparer.Ordinal)).ToList();
        var unstable = ratings[0].Keys.Where(pair => ratings.All(r => r.ContainsKey(pair)))
            .Select(pair => (pair, all: ratings.Select(r => r[pair]).ToList()))
            .Where(x => x.all.Select(r => r.Predicted).Distinct().Count() > 1)
            .Select(x => new UnstablePair(x.pair, x.all[0].Gold.ToString().ToLowerInvariant(), x.all.Select(r => r.Predicted?.ToString().ToLowerInvariant()).ToList()))
            .OrderBy(p => p.Pair, StringComparer.Ordinal)
            .ToList();
        return new RepeatSummary(runs.Count, runs[0].Engine, runs[0].Model, runs[0].PromptVersion, spreads, everywhere.Count, flipped,
            everywhere.Count == 0 ? null : Math.Round((double)flipped / everywhere.Count, 4), unstable);
    }
}
