namespace LeadQual.Notebooks.Packages;

/// <summary>Orders NuGet versions numerically ("10.0.2" after "9.1"); a pre-release sorts before its release.</summary>
public sealed class SemanticVersionComparer : IComparer<string>
{
    public static SemanticVersionComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return string.CompareOrdinal(x, y);
        }

        var (xCore, xPre) = Split(x);
        var (yCore, yPre) = Split(y);
        var xs = xCore.Split('.');
        var ys = yCore.Split('.');
        for (var i = 0; i < Math.Max(xs.Length, ys.Length); i++)
        {
            var a = i < xs.Length && long.TryParse(xs[i], out var xa) ? xa : 0;
            var b = i < ys.Length && long.TryParse(ys[i], out var yb) ? yb : 0;
            if (a != b)
            {
                return a.CompareTo(b);
            }
        }

        return (xPre, yPre) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(xPre, yPre),
        };
    }

    private static (string Core, string? Pre) Split(string version)
    {
        var plain = version.Split('+')[0];
        var dash = plain.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (plain, null) : (plain[..dash], plain[(dash + 1)..]);
    }
}
