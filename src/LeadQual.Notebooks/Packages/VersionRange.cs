namespace LeadQual.Notebooks.Packages;

/// <summary>A NuGet dependency range: "1.2.3" (at least), "[1.2.3]" (exactly), "[1.0, 2.0)" and friends.</summary>
public sealed record VersionRange(string? Min, bool MinInclusive, string? Max, bool MaxInclusive)
{
    public static VersionRange Parse(string text)
    {
        var value = text.Trim();
        if (value.Length == 0 || (value[0] != '[' && value[0] != '('))
        {
            return new VersionRange(value.Length == 0 ? null : value, true, null, false);
        }

        var inner = value[1..^1].Split(',', StringSplitOptions.TrimEntries);
        var minInclusive = value[0] == '[';
        var maxInclusive = value[^1] == ']';
        return inner.Length == 1
            ? new VersionRange(inner[0], true, inner[0], true)
            : new VersionRange(inner[0].Length == 0 ? null : inner[0], minInclusive, inner[1].Length == 0 ? null : inner[1], maxInclusive);
    }

    public bool Allows(string version)
    {
        var compare = SemanticVersionComparer.Instance;
        if (Min is not null)
        {
            var c = compare.Compare(version, Min);
            if (c < 0 || (c == 0 && !MinInclusive))
            {
                return false;
            }
        }

        if (Max is not null)
        {
            var c = compare.Compare(version, Max);
            if (c > 0 || (c == 0 && !MaxInclusive))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => (Min, Max) switch
    {
        (not null, null) => $">= {Min}",
        _ => $"{(MinInclusive ? '[' : '(')}{Min}, {Max}{(MaxInclusive ? ']' : ')')}",
    };
}
