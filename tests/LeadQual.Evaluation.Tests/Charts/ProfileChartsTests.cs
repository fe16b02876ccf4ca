using LeadQual.Documents;
using LeadQual.Evaluation.Charts;
using LeadQual.Evaluation.Tests.Support;
using LeadQual.Profiles;

namespace LeadQual.Evaluation.Tests.Charts;

public sealed class ProfileChartsTests
{
    [Fact]
    public async Task Confidence_Profile_TitleNamesEngineAndModelAndLabelsAreEncoded()
    {
        var engine = new InferringProfileEngine(("<b>Docker</b>", 0.6));
        var profile = (await new ProfilePipeline(engine, TimeProvider.System).ProfileAsync(new Resume("R1", "Deployed containers with Docker\n"))).Profile;

        var figure = new ChartFigure(ProfileCharts.Confidence(profile));

        Assert.EndsWith("· llm · scripted-model", figure.Title, StringComparison.Ordinal);
        Assert.Equal(["&lt;b&gt;Docker&lt;/b&gt;"], figure.Traces[1]["y"]!.AsArray().Select(y => y!.GetValue<string>()));
    }
}
