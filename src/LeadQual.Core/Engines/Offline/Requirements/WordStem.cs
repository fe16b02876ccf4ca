namespace LeadQual.Engines.Offline.Requirements;

/// <summary>
/// A light suffix-stripping stemmer, enough to make "nursing" meet "nurse", "analysis" meet "analyst"
/// and "recruiting" meet "recruiter" without making "Salesloft" meet "sales".
/// </summary>
public static class WordStem
{
    private static readonly string[] Suffixes =
    [
        "ations", "ation", "ments", "ment", "ysis", "ysts", "yst", "ings", "ing", "ists", "ist", "ers", "er", "ies", "ied", "ics", "ic", "ity", "ive", "al", "ed", "es", "ly", "e", "s", "y",
    ];

    public static string Of(string word)
    {
        // "front-end" and "frontend" are one word to a reader.
        var stem = word.ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal);
        foreach (var suffix in Suffixes)
        {
            if (stem.Length - suffix.Length >= 3 && stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = stem[..^suffix.Length];
                break;
            }
        }

        return stem.Length > 6 ? stem[..6] : stem;
    }
}
