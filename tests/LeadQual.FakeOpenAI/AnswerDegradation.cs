using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace LeadQual.FakeOpenAI;

/// <summary>
/// Makes the fake a worse model on purpose: a seeded <see cref="Share"/> of step-3.1 match decisions is
/// flipped, and each flipped reasoning says so. Which decisions flip depends only on the seed, the prompt
/// and the item's position, never on request order, so a concurrent run degrades the same decisions every time.
/// </summary>
public sealed record AnswerDegradation(double Share, int Seed = 14)
{
    public const string Marker = "[the fake server flipped this decision on purpose]";

    /// <summary>The 3.1 answer with the chosen decisions flipped; any other answer unchanged.</summary>
    public string Apply(string schema, string prompt, string answer)
    {
        if (schema != "ResponseData_3_1" || Share <= 0 || JsonNode.Parse(answer)?["assessed_objects"] is not JsonArray items)
        {
            return answer;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is JsonObject item && item["match"] is JsonValue match && Draw(prompt, i) < Share)
            {
                item["match"] = !match.GetValue<bool>();
                item["match_reasoning"] = $"{item["match_reasoning"]} {Marker}";
            }
        }

        return items.Parent!.ToJsonString();
    }

    // A uniform draw in [0, 1) from (seed, prompt, position).
    private double Draw(string prompt, int position)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Seed}\n{position}\n{prompt}"));
        return (BinaryPrimitives.ReadUInt64LittleEndian(hash) >> 11) / (double)(1UL << 53);
    }
}
