using System.Text;
using System.Text.RegularExpressions;

namespace LeadQual.Notebooks.Directives;

/// <summary>
/// A code cell split into its <c>#r</c> directives and the C# that remains. The directive lines are
/// replaced by empty lines so compiler errors keep the cell's own line numbers.
/// </summary>
public sealed partial record CellDirectives(IReadOnlyList<ReferenceDirective> References, string Code)
{
    public static CellDirectives Parse(string source)
    {
        var references = new List<ReferenceDirective>();
        var code = new StringBuilder();
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Reference().Match(lines[i]);
            if (match.Success)
            {
                references.Add(Read(i + 1, match.Groups["target"].Value.Trim()));
                code.Append('\n');
                continue;
            }

            code.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                code.Append('\n');
            }
        }

        return new CellDirectives(references, code.ToString());
    }

    private static ReferenceDirective Read(int line, string target)
    {
        if (!target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            return new ReferenceDirective(line, null, null, target);
        }

        var parts = target["nuget:".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw new NotebookException($"line {line}: #r \"{target}\" must name a package and its version: #r \"nuget: Name, Version\"");
        }

        return new ReferenceDirective(line, parts[0], parts[1], null);
    }

    [GeneratedRegex("""^\s*#r\s+"(?<target>[^"]+)"\s*$""")]
    private static partial Regex Reference();
}
