using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LeadQual.Documents;
using LeadQual.Engines.Offline;
using LeadQual.Jobs;
using LeadQual.Prompts;
using LeadQual.Serialization;

namespace LeadQual.FakeOpenAI;

/// <summary>
/// Answers a chat request the way the real prompts ask, by running the offline engine on the posting,
/// tagged list, atomic objects or requirements + numbered resume it finds between the prompt's
/// delimiters. The answers are honestly the offline engine's: the fake server says so in the model it echoes.
/// </summary>
public sealed partial class OfflineResponder(OfflineEngine engine)
{
    public async Task<string> AnswerAsync(JsonNode body, CancellationToken cancellationToken)
    {
        var schema = body["response_format"]?["json_schema"]?["name"]?.ToString();
        var prompt = string.Join("\n", (body["messages"] as JsonArray ?? []).Where(m => m?["role"]?.ToString() == "user").Select(m => m?["content"]?.ToString()).Take(1));
        switch (schema)
        {
            case nameof(ResponseData_2_1):
                var posting = DocumentLoader.ParsePosting(Required(prompt, PromptDelimiters.JobPosting), html: false);
                return LeadQualJson.Serialize((await engine.TagAsync(posting, cancellationToken)).Value);
            case nameof(ResponseData_2_2):
                var tagged = LeadQualJson.Deserialize<ResponseData_2_1>(Required(prompt, PromptDelimiters.TaggedList));
                return LeadQualJson.Serialize((await engine.AtomizeAsync(tagged, cancellationToken)).Value);
            case nameof(ResponseData_2_3):
                var atomized = LeadQualJson.Deserialize<ResponseData_2_2>(Required(prompt, PromptDelimiters.AtomicObjects));
                return LeadQualJson.Serialize((await engine.ClassifyAsync(atomized, cancellationToken)).Value);
            case nameof(ResponseData_3_1):
                var requirements = LeadQualJson.Deserialize<List<ClassifiedRequirement>>(Required(prompt, PromptDelimiters.Requirements));
                var lines = Required(prompt, PromptDelimiters.Resume).Split('\n').Select(l => LineNumber().Replace(l, string.Empty));
                var resume = new Resume("fake", string.Join('\n', lines));
                return LeadQualJson.Serialize((await engine.AssessAsync(requirements, resume, cancellationToken)).Value);
            default:
                return "{\"note\":\"the fake server answers only the LeadQual step schemas\"}";
        }
    }

    /// <summary>The same answer with its last list item dropped (a model that skipped one).</summary>
    public static string DropLastItem(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        foreach (var (_, value) in node)
        {
            if (value is JsonArray { Count: > 0 } list)
            {
                list.RemoveAt(list.Count - 1);
                break;
            }
        }

        return node.ToJsonString();
    }

    private static string Required(string prompt, string tag) =>
        PromptDelimiters.Extract(prompt, tag) ?? throw new InvalidOperationException($"the prompt has no <{tag}> section");

    [GeneratedRegex(@"^\d+\| ?")]
    private static partial Regex LineNumber();
}
