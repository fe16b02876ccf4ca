using System.Text.RegularExpressions;

namespace LeadQual.Taxonomy;

/// <summary>
/// Splits text into the tokens the taxonomy indexes: letters and digits, a leading dot kept (".NET",
/// "Node.js") and trailing + or # kept ("C++", "C#"), so names and aliases tokenise the same way as text.
/// </summary>
public static partial class PhraseTokenizer
{
    public static IReadOnlyList<PhraseToken> Tokenize(string text)
    {
        var tokens = new List<PhraseToken>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            var value = match.Value;
            tokens.Add(new PhraseToken(value, value.ToLowerInvariant(), match.Index, match.Index + match.Length));
        }

        return tokens;
    }

    public static string Key(string phrase) => string.Join(' ', Tokenize(phrase).Select(t => t.Key));

    [GeneratedRegex(@"\.?[\p{L}\p{N}]+(?:[+#]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
