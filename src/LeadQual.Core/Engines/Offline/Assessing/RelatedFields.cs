using LeadQual.Taxonomy;

namespace LeadQual.Engines.Offline.Assessing;

/// <summary>
/// "Statistics, Economics, Mathematics or a related field" relates to what those fields have most in
/// common (quantitative), not to everything any one of them touches (Economics is also a social science).
/// </summary>
public static class RelatedFields
{
    public static bool AreRelated(FieldOfStudy candidate, IReadOnlyList<FieldOfStudy> required)
    {
        if (required.Contains(candidate))
        {
            return true;
        }

        var counts = required.SelectMany(f => f.Groups).GroupBy(g => g, StringComparer.OrdinalIgnoreCase).Select(g => (Group: g.Key, Count: g.Count())).ToList();
        if (counts.Count == 0)
        {
            return false;
        }

        var top = counts.Max(c => c.Count);
        var shared = counts.Where(c => c.Count == top).Select(c => c.Group).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return candidate.Groups.Any(shared.Contains);
    }
}
