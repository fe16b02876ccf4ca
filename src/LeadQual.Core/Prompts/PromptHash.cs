using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LeadQual.Prompts;

/// <summary>
/// The version id: SHA-256 over system prompt, template, model, temperature, reasoning budget and
/// response schema name (line endings normalised), first 16 hex digits.
/// </summary>
public static class PromptHash
{
    public static string Of(PromptVersion version)
    {
        var canonical = string.Join('\u001f',
            Normalize(version.SystemPrompt),
            Normalize(version.Template),
            version.Model,
            version.Temperature.ToString("R", CultureInfo.InvariantCulture),
            version.ReasoningBudget.ToString(CultureInfo.InvariantCulture),
            version.ResponseSchema);
        return Sha256(canonical)[..16];
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();
}
