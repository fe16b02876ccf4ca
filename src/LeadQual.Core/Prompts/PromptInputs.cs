using LeadQual.Documents;
using LeadQual.Jobs;
using LeadQual.Serialization;

namespace LeadQual.Prompts;

/// <summary>
/// The variables each step's template sees. Postings and resumes are defanged before they are fenced;
/// resume lines keep their numbers so evidence can cite them.
/// </summary>
public static class PromptInputs
{
    public static IReadOnlyDictionary<string, object?> Tagging(JobPosting posting) => new Dictionary<string, object?>
    {
        ["posting_title"] = posting.Title is null ? null : PromptDelimiters.Defang(posting.Title),
        ["posting_company"] = posting.Company is null ? null : PromptDelimiters.Defang(posting.Company),
        ["posting_text"] = PromptDelimiters.Defang(posting.Description),
    };

    public static IReadOnlyDictionary<string, object?> Atomizing(ResponseData_2_1 tagged) => new Dictionary<string, object?>
    {
        ["tagged_list_json"] = PromptDelimiters.Defang(LeadQualJson.Serialize(tagged, indented: true)),
        ["tagged_count"] = tagged.TaggedList.Count,
    };

    public static IReadOnlyDictionary<string, object?> Classifying(ResponseData_2_2 atomized) => new Dictionary<string, object?>
    {
        ["atomic_objects_json"] = PromptDelimiters.Defang(LeadQualJson.Serialize(atomized, indented: true)),
        ["atomic_count"] = atomized.AtomicObjects.Count,
    };

    public static IReadOnlyDictionary<string, object?> Assessing(IReadOnlyList<ClassifiedRequirement> requirements, Resume resume)
    {
        var lines = new TextDocument(resume.Text).Lines;
        return new Dictionary<string, object?>
        {
            ["requirements_json"] = PromptDelimiters.Defang(LeadQualJson.Serialize(requirements, indented: true)),
            ["requirement_count"] = requirements.Count,
            ["resume_lines"] = lines.Select(l => new NumberedLine(l.Number, PromptDelimiters.Defang(l.Text))).ToList(),
            ["resume_line_count"] = lines.Count,
        };
    }
}
