using System.Text.Json;
using LeadQual.Engines.Offline.Requirements;
using LeadQual.Jobs;

namespace LeadQual.Evaluation.Data;

/// <summary>
/// The allowed strings of each closed field, taken from the enums through the same snake_case policy
/// <c>LeadQualJson</c> uses, so the validator and the deserialiser cannot disagree.
/// </summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyList<string> Classifications = Of<RequirementClassification>();

    public static readonly IReadOnlyList<string> Ratings = Of<JobRating>();

    public static readonly IReadOnlyList<string> QualityFlags = Of<QualityFlag>();

    public static readonly IReadOnlyList<string> Degrees = Of<DegreeLevel>();

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string[] Of<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Name).ToArray();
}
