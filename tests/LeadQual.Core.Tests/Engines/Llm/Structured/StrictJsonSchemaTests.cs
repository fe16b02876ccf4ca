using System.Text.Json.Nodes;
using LeadQual.Engines.Llm.Structured;
using LeadQual.Jobs;

namespace LeadQual.Core.Tests.Engines.Llm.Structured;

public sealed class StrictJsonSchemaTests
{
    public static TheoryData<Type> StepRecords => new() { typeof(ResponseData_2_1), typeof(ResponseData_2_2), typeof(ResponseData_2_3), typeof(ResponseData_3_1) };

    [Theory]
    [MemberData(nameof(StepRecords))]
    public void For_StepRecord_EveryObjectClosedWithAllPropertiesRequiredAndNoDefaults(Type record)
    {
        var schema = StrictJsonSchema.For(record);

        foreach (var obj in Objects(schema))
        {
            Assert.False(obj.ContainsKey("default"));
            if (obj["properties"] is JsonObject properties)
            {
                Assert.False(obj["additionalProperties"]!.GetValue<bool>());
                Assert.Equal(properties.Select(p => p.Key).Order(), obj["required"]!.AsArray().Select(r => r!.ToString()).Order());
            }
        }
    }

    [Fact]
    public void For_AtomicObjects_AnyOfIsNullableStringAndCategoryIsTheSnakeCaseEnum()
    {
        var item = StrictJsonSchema.For<ResponseData_2_2>()["properties"]!["atomic_objects"]!["items"]!["properties"]!;

        Assert.Equal(["string", "null"], item["any_of"]!["type"]!.AsArray().Select(t => t!.ToString()));
        Assert.Equal(["required", "additional"], item["category"]!["enum"]!.AsArray().Select(t => t!.ToString()));
    }

    [Fact]
    public void For_Assessment_CarriesConfidenceAndEvidenceLines()
    {
        var item = StrictJsonSchema.For<ResponseData_3_1>()["properties"]!["assessed_objects"]!["items"]!["properties"]!;

        Assert.Equal("number", item["confidence"]!["type"]!.ToString());
        Assert.Equal("integer", item["evidence"]!["items"]!["properties"]!["line"]!["type"]!.ToString());
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Objects(p.Value))),
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };
}
