namespace LeadQual.Taxonomy;

/// <summary>
/// Loads the taxonomy shipped inside the library (built from data/taxonomy/ by <c>leadqual taxonomy build</c>)
/// or from a folder holding the same files.
/// </summary>
public static class TaxonomyLoader
{
    private static readonly Lazy<SkillTaxonomy> Embedded = new(LoadEmbedded);

    /// <summary>The shipped taxonomy, loaded once per process.</summary>
    public static SkillTaxonomy Default => Embedded.Value;

    public static SkillTaxonomy LoadFolder(string folder)
    {
        using var skills = File.OpenText(Path.Combine(folder, "skills.csv"));
        using var categories = File.OpenText(Path.Combine(folder, "categories.csv"));
        using var fields = File.OpenText(Path.Combine(folder, "fields-of-study.csv"));
        var ambiguous = File.ReadAllLines(Path.Combine(folder, "ambiguous-words.txt"));
        return Build(skills, categories, fields, ambiguous, folder);
    }

    private static SkillTaxonomy LoadEmbedded()
    {
        using var skills = Open("skills.csv");
        using var categories = Open("categories.csv");
        using var fields = Open("fields-of-study.csv");
        using var ambiguousReader = Open("ambiguous-words.txt");
        var ambiguous = ambiguousReader.ReadToEnd().Split('\n');
        return Build(skills, categories, fields, ambiguous, "embedded taxonomy");
    }

    private static SkillTaxonomy Build(TextReader skills, TextReader categories, TextReader fields, IEnumerable<string> ambiguous, string source)
    {
        var words = ambiguous.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0 && !w.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        return new SkillTaxonomy(
            TaxonomyCsv.ReadSkills(skills, $"{source}/skills.csv"),
            TaxonomyCsv.ReadCategories(categories),
            TaxonomyCsv.ReadFields(fields),
            words);
    }

    private static StreamReader Open(string name)
    {
        var stream = typeof(TaxonomyLoader).Assembly.GetManifestResourceStream($"LeadQual.Taxonomy.{name}")
            ?? throw new InvalidOperationException($"taxonomy resource {name} is missing from the build");
        return new StreamReader(stream);
    }
}
