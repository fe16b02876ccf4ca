using System.Text.RegularExpressions;

namespace LeadQual.Taxonomy;

/// <summary>
/// Splits text into the tokens the taxonomy indexes: letters and digits, a leading dot kept (".NET",
/// "Node.js") and trailing + or # kept ("C++", "C#"), typographic ligatures folded, so names and aliases tokenise the same way as text.
/// </summary>
public static partial class PhraseTokenizer
{
    public static IReadOnlyList<PhraseToken> Tokenize(string text)
    {
        var tokens = new List<PhraseToken>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            var value = FoldLigatures(match.Value);
            tokens.Add(new PhraseToken(value, value.ToLowerInvariant(), match.Index, match.Index + match.Length));
        }

        return tokens;
    }

    // PDF extraction keeps typographic ligatures ("Ofﬁce"); they read as the letters they stand for. A table,
    // not string.Normalize, because the project runs with invariant globalization, where NFKC is unavailable.
    private static string FoldLigatures(string value)
    {
        if (value.All(c => c is < '\uFB00' or > '\uFB06'))
        {
            return value;
        }

        return value.Replace("\uFB00", "ff", StringComparison.Ordinal).Replace("\uFB01", "fi", StringComparison.Ordinal)
            .Replace("\uFB02", "fl", StringComparison.Ordinal).Replace("\uFB03", "ffi", StringComparison.Ordinal)
            .Replace("\uFB04", "ffl", StringComparison.Ordinal).Replace("\uFB05", "st", StringComparison.Ordinal)
            .Replace("\uFB06", "st", StringComparison.Ordinal);
    }

    public static string Key(string phrase) => string.Join(' ', Tokenize(phrase).Select(t => t.Key));

    [GeneratedRegex(@"\.?[\p{L}\p{N}]+(?:[+#]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
