using LeadQual.Engines.Llm.Structured;
using LeadQual.Jobs;

namespace LeadQual.Core.Tests.Engines.Llm.Structured;

public sealed class StructuredAnswerTests
{
    private static readonly IReadOnlyList<ClassifiedRequirement> Asked =
    [
        new("Bachelor's degree", RequirementClassification.RequiredQualification),
        new("Python experience", RequirementClassification.RequiredQualification),
    ];

    private static (ResponseData_3_1? Value, IReadOnlyList<string> Errors) Parse(string json) =>
        StructuredAnswer.Parse(json, StepSchemas.For("ResponseData_3_1"), StepRules.Assessing(Asked, resumeLineCount: 20));

    private static string Item(string requirement, double confidence = 0.9, int line = 3) =>
        $$"""{"requirement_string":"{{requirement}}","match_reasoning":"Line {{line}} says so.","match":true,"confidence":{{confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"evidence":[{"line":{{line}},"text":"B.S."}]}""";

    [Fact]
    public void Parse_ValidAnswerInACodeFence_IsAccepted()
    {
        var (value, errors) = Parse($"```json\n{{\"assessed_objects\":[{Item("Bachelor's degree")},{Item("Python experience")}]}}\n```");

        Assert.Empty(errors);
        Assert.Equal(2, value!.AssessedObjects.Count);
    }

    [Fact]
    public void Parse_ConfidenceAboveOne_IsRejectedNamingTheItem()
    {
        var (value, errors) = Parse($"{{\"assessed_objects\":[{Item("Bachelor's degree", confidence: 1.5)},{Item("Python experience")}]}}");

        Assert.Null(value);
        Assert.Contains("assessed_objects[0].confidence is 1.5; it must be in [0, 1]", errors);
    }

    [Fact]
    public void Parse_RequirementsOutOfOrderOrMissing_AreRejected()
    {
        var (_, swapped) = Parse($"{{\"assessed_objects\":[{Item("Python experience")},{Item("Bachelor's degree")}]}}");
        var (_, missing) = Parse($"{{\"assessed_objects\":[{Item("Bachelor's degree")}]}}");

        Assert.Contains(swapped, e => e.StartsWith("assessed_objects[0].requirement_string is \"Python experience\"", StringComparison.Ordinal));
        Assert.Contains(missing, e => e.Contains("answer each of the 2 requirements", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EvidenceLineBeyondTheResume_IsRejected()
    {
        var (_, errors) = Parse($"{{\"assessed_objects\":[{Item("Bachelor's degree", line: 99)},{Item("Python experience")}]}}");

        Assert.Contains("assessed_objects[0].evidence cites line 99; the resume has lines 1-20", errors);
    }

    [Fact]
    public void Parse_WrongTypesAndExtraProperties_NamedByPath()
    {
        var (_, errors) = Parse("""{"assessed_objects":[{"requirement_string":"Bachelor's degree","match_reasoning":"x","match":"yes","confidence":0.5,"evidence":[],"score":3}]}""");

        Assert.Contains("$.assessed_objects[0].match: expected boolean, got string", errors);
        Assert.Contains("$.assessed_objects[0]: unexpected property \"score\"", errors);
    }

    [Fact]
    public void Parse_NotJson_SaysSo()
    {
        var (_, errors) = Parse("I think the candidate is great!");

        Assert.StartsWith("the answer is not valid JSON", Assert.Single(errors), StringComparison.Ordinal);
    }
}
