using System.Buffers;

namespace LeadQual.Taxonomy;

/// <summary>
/// Longest-match lookup of multi-word phrases in text. Phrases registered as case-sensitive
/// ("Go", "R", "Swift") only match where the text writes them the same way, so "go to market" is not Go.
/// A match never spans list or clause punctuation: "Lean · Six Sigma" names Lean and Six Sigma, not Lean Six Sigma.
/// </summary>
public sealed class PhraseIndex<T>
    where T : class
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(",;·•|()[]:\n");

    private readonly Dictionary<string, List<(T Value, string? ExactForm)>> phrases = new(StringComparer.Ordinal);
    private int maxTokens = 1;

    public int Count => phrases.Count;

    public void Add(string phrase, T value, bool caseSensitive)
    {
        var tokens = PhraseTokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var key = string.Join(' ', tokens.Select(t => t.Key));
        if (!phrases.TryGetValue(key, out var list))
        {
            list = [];
            phrases[key] = list;
        }

        // Letters joined by punctuation ("I&O", "A/R", "R&D") are a name only as written: "I/O" is not I&O,
        // and "A R" in a spaced-out heading is not A/R.
        var letters = tokens.Count > 1 && tokens.All(t => t.Text.Length == 1);
        var exact = letters ? phrase.Trim() : caseSensitive ? string.Join(' ', tokens.Select(t => t.Text)) : null;
        if (!list.Any(e => ReferenceEquals(e.Value, value) && e.ExactForm == exact))
        {
            list.Add((value, exact));
        }

        maxTokens = Math.Max(maxTokens, tokens.Count);
    }

    public T? Lookup(string phrase)
    {
        var tokens = PhraseTokenizer.Tokenize(phrase);
        var key = string.Join(' ', tokens.Select(t => t.Key));
        var exact = string.Join(' ', tokens.Select(t => t.Text));
        return phrases.TryGetValue(key, out var list) ? Pick(list, exact, phrase.Trim()) : null;
    }

    public IReadOnlyList<PhraseMatch<T>> FindAll(string text)
    {
        var tokens = PhraseTokenizer.Tokenize(text);
        var found = new List<PhraseMatch<T>>();
        var runEnd = RunEnds(text, tokens);
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = false;
            for (var length = Math.Min(maxTokens, runEnd[i] - i); length >= 1; length--)
            {
                var key = string.Join(' ', Enumerable.Range(i, length).Select(k => tokens[k].Key));
                if (!phrases.TryGetValue(key, out var list))
                {
                    continue;
                }

                var exact = string.Join(' ', Enumerable.Range(i, length).Select(k => tokens[k].Text));
                var value = Pick(list, exact, text[tokens[i].Start..tokens[i + length - 1].End]);
                if (value is null)
                {
                    continue;
                }

                var start = tokens[i].Start;
                var end = tokens[i + length - 1].End;
                found.Add(new PhraseMatch<T>(value, text[start..end], start, end));
                i += length;
                matched = true;
                break;
            }

            if (!matched)
            {
                i++;
            }
        }

        return found;
    }

    // For each token, the index one past the last token reachable without crossing a separator.
    private static int[] RunEnds(string text, IReadOnlyList<PhraseToken> tokens)
    {
        var ends = new int[tokens.Count];
        var end = tokens.Count;
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            if (k + 1 < tokens.Count && IsSeparator(text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End)))
            {
                end = k + 1;
            }

            ends[k] = end;
        }

        return ends;
    }

    private static bool IsSeparator(ReadOnlySpan<char> gap) =>
        gap.IndexOfAny(Separators) >= 0 || (gap.Length > 1 && gap[0] is '.' or '!' or '?' && char.IsWhiteSpace(gap[1]));

    private static T? Pick(List<(T Value, string? ExactForm)> candidates, string exact, string written)
    {
        foreach (var (value, form) in candidates)
        {
            if (form is null || string.Equals(form, exact, StringComparison.Ordinal) || string.Equals(form, written, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
