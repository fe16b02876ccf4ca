using System.Text.Json.Nodes;

namespace LeadQual.FakeOpenAI;

/// <summary>A request the fake server received, for tests to assert its shape.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, JsonNode? Body, DateTimeOffset ReceivedAt)
{
    public bool Streamed => Body?["stream"]?.GetValue<bool>() == true;

    public string? SchemaName => Body?["response_format"]?["json_schema"]?["name"]?.ToString();
}
