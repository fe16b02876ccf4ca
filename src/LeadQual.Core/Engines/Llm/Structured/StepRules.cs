using System.Globalization;
using LeadQual.Jobs;

namespace LeadQual.Engines.Llm.Structured;

/// <summary>
/// What the schema cannot say: strings not blank, one answer per requirement given and in the same
/// order, confidence in [0,1], evidence lines that exist in the resume.
/// </summary>
public static class StepRules
{
    public static IReadOnlyList<string> Tagging(ResponseData_2_1 answer) =>
        answer.TaggedList.Select((t, i) => string.IsNullOrWhiteSpace(t.RawString) ? $"tagged_list[{i}].raw_string is blank" : null).OfType<string>().ToList();

    public static IReadOnlyList<string> Atomizing(ResponseData_2_2 answer) =>
        answer.AtomicObjects.Select((a, i) => string.IsNullOrWhiteSpace(a.RequirementString) ? $"atomic_objects[{i}].requirement_string is blank" : null).OfType<string>().ToList();

    public static Func<ResponseData_2_3, IReadOnlyList<string>> Classifying(IReadOnlyList<AtomicRequirement> asked) => answer =>
        SameStrings("classified_objects", asked.Select(a => a.RequirementString).ToList(), answer.ClassifiedObjects.Select(c => c.RequirementString).ToList());

    public static Func<ResponseData_3_1, IReadOnlyList<string>> Assessing(IReadOnlyList<ClassifiedRequirement> asked, int resumeLineCount) => answer =>
    {
        var errors = SameStrings("assessed_objects", asked.Select(a => a.RequirementString).ToList(), answer.AssessedObjects.Select(a => a.RequirementString).ToList()).ToList();
        for (var i = 0; i < answer.AssessedObjects.Count; i++)
        {
            var item = answer.AssessedObjects[i];
            if (double.IsNaN(item.Confidence) || item.Confidence < 0 || item.Confidence > 1)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"assessed_objects[{i}].confidence is {item.Confidence}; it must be in [0, 1]"));
            }

            if (string.IsNullOrWhiteSpace(item.MatchReasoning))
            {
                errors.Add($"assessed_objects[{i}].match_reasoning is blank");
            }

            foreach (var quote in item.Evidence.Where(e => e.Line < 1 || e.Line > resumeLineCount))
            {
                errors.Add($"assessed_objects[{i}].evidence cites line {quote.Line}; the resume has lines 1-{resumeLineCount}");
            }
        }

        return errors;
    };

    private static IReadOnlyList<string> SameStrings(string list, IReadOnlyList<string> asked, IReadOnlyList<string> answered)
    {
        var errors = new List<string>();
        if (answered.Count != asked.Count)
        {
            errors.Add($"{list} has {answered.Count} items; answer each of the {asked.Count} requirements given, once, in the order given");
        }

        for (var i = 0; i < Math.Min(asked.Count, answered.Count); i++)
        {
            if (!string.Equals(Normalize(asked[i]), Normalize(answered[i]), StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{list}[{i}].requirement_string is \"{answered[i]}\"; expected \"{asked[i]}\" (copy each requirement_string exactly, in order)");
            }
        }

        return errors;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
