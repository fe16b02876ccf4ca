using System.Globalization;
using CsvHelper;

namespace LeadQual.Taxonomy.Building;

/// <summary>Maps O*NET commodity titles to the taxonomy's own categories (onet-commodity-categories.csv).</summary>
public static class OnetCommodityMap
{
    public static Dictionary<string, string> Read(string path)
    {
        using var reader = File.OpenText(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            map[csv.GetField(0)!.Trim()] = csv.GetField(1)!.Trim().ToLowerInvariant();
        }

        return map;
    }
}
