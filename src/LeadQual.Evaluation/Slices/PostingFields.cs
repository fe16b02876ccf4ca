namespace LeadQual.Evaluation.Slices;

/// <summary>The field of a posting (software, data, healthcare, …) from its gold title, by the rules of data/rules/posting-fields.csv.</summary>
public static class PostingFields
{
    public const string Other = "other";

    private static readonly Lazy<SliceRules> Rules = new(() => SliceRules.Load("posting-fields.csv", Other));

    public static string Of(string title) => Rules.Value.Label(title);
}
