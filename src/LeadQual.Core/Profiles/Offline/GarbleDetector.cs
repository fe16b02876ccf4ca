using System.Globalization;
using System.Text.RegularExpressions;

namespace LeadQual.Profiles.Offline;

/// <summary>Measures how garbled extracted resume text is (see <see cref="GarbleReport"/>).</summary>
public static partial class GarbleDetector
{
    private const string OrdinaryPunctuation = ".,;:!?'\"()[]{}-/\\&+#@%$*•·|–—’‘“”_=<>~^`▪◦●‣⁃…°€£";

    public static GarbleReport Measure(IReadOnlyList<string> lines)
    {
        var tokens = lines.SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToList();
        var broken = tokens.Count(IsBroken);

        var visible = 0;
        var odd = 0;
        foreach (var c in lines.SelectMany(l => l))
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            visible++;
            if (!char.IsLetterOrDigit(c) && !OrdinaryPunctuation.Contains(c, StringComparison.Ordinal))
            {
                odd++;
            }
            else if (char.IsLetter(c) && char.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter && c > '\u2000')
            {
                odd++;
            }
        }

        var nonEmpty = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var repeated = nonEmpty
            .Where(l => l.Count(char.IsLetter) >= 4)
            .GroupBy(l => Digits().Replace(l.ToLowerInvariant(), "#"))
            .Where(g => g.Count() >= 3)
            .Sum(g => g.Count() - 1);

        return new GarbleReport(
            Share(broken, tokens.Count),
            Share(odd, visible),
            Share(repeated, nonEmpty.Count));
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 3);

    // A broken token: a replacement character, UTF-8 read as Latin-1 ("â€™", "Ã©"), or a lone letter from
    // spaced-out text ("S o f t w a r e"); "a", "I" and initials with a period are ordinary.
    private static bool IsBroken(string token)
    {
        if (token.Contains('\uFFFD', StringComparison.Ordinal) || Mojibake().IsMatch(token))
        {
            return true;
        }

        return token.Length == 1 && char.IsLetter(token[0]) && token is not ("a" or "A" or "I" or "&");
    }

    [GeneratedRegex(@"Ã.|â€|Â|ï¿½|Ð.|\?\?\?", RegexOptions.CultureInvariant)]
    private static partial Regex Mojibake();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
