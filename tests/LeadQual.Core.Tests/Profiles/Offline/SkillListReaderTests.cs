using LeadQual.Profiles.Offline;
using LeadQual.Taxonomy;

namespace LeadQual.Core.Tests.Profiles.Offline;

public sealed class SkillListReaderTests
{
    private static readonly SkillListReader Reader = new(TaxonomyLoader.Default);

    private static List<string> Items(string line) => Reader.ItemsOf(line).Select(i => i.Known?.Name ?? i.Text).ToList();

    [Fact]
    public void ItemsOf_HyphenatedModifiersInParentheses_NameTheQualifiedPractice()
    {
        var items = Items("Financial modeling (three-statement, DCF, driver-based) | Budgeting");

        Assert.Contains("Three-statement modeling", items);
        Assert.Contains("Driver-based modeling", items);
        Assert.Contains("DCF", items);
        Assert.DoesNotContain("driver-based", items);
    }

    [Fact]
    public void ItemsOf_LoneWordQualifyingATool_NamesTheKnownSkillOrNothing()
    {
        var items = Items("Microsoft Excel (advanced: pivot tables, XLOOKUP, macros, wizardry)");

        Assert.Contains("Excel macros", items);
        Assert.Contains("pivot tables", items);
        Assert.DoesNotContain("macros", items);
        Assert.DoesNotContain("wizardry", items);
    }

    [Fact]
    public void ItemsOf_AdjectivesJoinedByAnd_StayOneItemWhilePluralNamesSplit()
    {
        Assert.Equal(["vacuum pumps", "micron gauges"], Items("vacuum pumps and micron gauges"));
        Assert.Equal(["Greenlee hydraulic and mechanical benders"], Items("Greenlee hydraulic and mechanical benders"));
    }

    [Fact]
    public void ItemsOf_GerundActivity_IsNotAnItem()
    {
        var items = Items("**Electrical:** installing boxes · reading prints · Romex");

        Assert.Equal(["Romex"], items);
    }

    [Fact]
    public void Items_ListWrappedOntoALowerCaseLine_ContinuesTheItem()
    {
        var facts = new LeadQual.Engines.Offline.Resumes.ResumeAnalyzer(TaxonomyLoader.Default, TimeProvider.System).Analyze("""
            Dana Kim

            SKILLS
            Financial modeling | Budgeting & rolling forecasts | Variance
            analysis | Adaptive Planning
            """);

        var items = Reader.Items(facts.Lines.Where(l => l.Section == LeadQual.Engines.Offline.Resumes.ResumeSection.Skills)).ToList();

        var variance = Assert.Single(items, i => i.Text == "Variance analysis");
        Assert.Equal(4, variance.Line!.Number);
        Assert.DoesNotContain(items, i => i.Text == "analysis");
    }

    [Fact]
    public void ItemsOf_MarkdownTableRowWithLevels_NamesOnlyTheSkill()
    {
        Assert.Equal(["Zorvex"], Items("| Zorvex | Advanced | 5 |"));
        Assert.Empty(Items("| Skill | Level | Years |"));
    }

    [Fact]
    public void ItemsOf_KnownLowerCaseNameInParentheses_IsAnItemNotAModifier()
    {
        var items = Items("Python (scikit-learn, pandas)");

        Assert.Contains("scikit-learn", items);
        Assert.DoesNotContain(items, i => i.StartsWith("Scikit-learn ", StringComparison.Ordinal));
    }
}
