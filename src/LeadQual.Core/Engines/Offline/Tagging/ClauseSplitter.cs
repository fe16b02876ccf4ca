using System.Text.RegularExpressions;

namespace LeadQual.Engines.Offline.Tagging;

/// <summary>
/// Splits a requirement sentence into clauses that may differ in category: "Python is required; Go is a
/// plus", "four years of recruiting, ideally in engineering roles", "..., and you must be authorized".
/// </summary>
public static partial class ClauseSplitter
{
    public static IReadOnlyList<TaggedClause> Split(string sentence)
    {
        var clauses = new List<TaggedClause>();
        foreach (var part in sentence.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var position = 0;
            var preferred = false;
            var prefix = string.Empty;
            foreach (Match boundary in Boundary().Matches(part))
            {
                clauses.Add(new TaggedClause(Tidy(prefix + part[position..boundary.Index]), preferred));
                preferred = boundary.Groups["soft"].Success;
                prefix = boundary.Groups["must"].Success ? boundary.Groups["must"].Value + " " : string.Empty;
                position = boundary.Index + boundary.Length;
            }

            var rest = Tidy(prefix + part[position..]);
            if (rest.Length == 0 && preferred && clauses.Count > 0)
            {
                // "..., even better" at the end softens what came before it.
                clauses[^1] = clauses[^1] with { Preferred = true };
            }
            else
            {
                clauses.Add(new TaggedClause(rest, preferred));
            }
        }

        return clauses.Where(c => c.Text.Length > 0).ToList();
    }

    private static string Tidy(string text) => text.Trim().TrimEnd('.', ',', ' ').Trim();

    [GeneratedRegex(@"(?i),?\s*\(?\b(?<soft>ideally|preferably|even better|bonus if|a plus if)\b,?\s*|,\s+(?:and|but)\s+(?<must>you must|you should|you'll need|you need|candidates must)\s+|,\s+and\s+(?=you (?:hold|have|are|keep|bring|can|know|speak)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
