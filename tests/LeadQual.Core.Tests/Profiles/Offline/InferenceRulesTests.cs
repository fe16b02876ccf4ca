using LeadQual.Profiles;
using LeadQual.Profiles.Offline;

namespace LeadQual.Core.Tests.Profiles.Offline;

public sealed class InferenceRulesTests
{
    [Fact]
    public void Default_ShipsRulesAcrossFields()
    {
        var rules = InferenceRules.Default;

        Assert.True(rules.Count >= 80, $"{rules.Count} rules");
        Assert.Superset(
            new HashSet<string> { "software", "data", "cloud", "security", "healthcare", "finance", "sales", "marketing", "hr", "legal", "teaching", "trades", "logistics", "general" },
            rules.Select(r => r.Field).ToHashSet());
    }

    [Theory]
    [InlineData("On-call for a 24/7 payments service", "Incident response")]
    [InlineData("Managed a team of 6 across two sites", "People management")]
    [InlineData("Built ETL jobs for the finance data mart", "Data pipelines")]
    [InlineData("Ran month-end close and posted journal entries", "Accounting")]
    [InlineData("Drafted NDAs and reviewed vendor contracts", "Contract drafting")]
    [InlineData("Exceeded quarterly quota by 30% through cold calling", "Lead generation")]
    [InlineData("Wired branch circuits and performed panel upgrades", "Electrical wiring")]
    [InlineData("Ran payroll for 300 employees", "Payroll")]
    public void Default_MatchesDescribedWork(string line, string skill)
    {
        Assert.Contains(InferenceRules.Default, r => r.Skill == skill && r.Pattern.IsMatch(line));
    }

    [Fact]
    public void Default_DoesNotFireInsideLongerWords()
    {
        Assert.DoesNotContain(InferenceRules.Default, r => r.Skill == "Data pipelines" && r.Pattern.IsMatch("Worked on the settlement process"));
    }

    [Fact]
    public void Read_BadRow_NamesTheRowAndTheProblem()
    {
        const string csv = "pattern,skill,category,evidence_type,confidence,field\n\"built (things\",Things,technical,project_context,0.7,general\n";

        var failure = Assert.Throws<InvalidDataException>(() => InferenceRules.Read(new StringReader(csv), "rules.csv"));

        Assert.Contains("rules.csv: row 2 (Things) has an invalid pattern", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownEvidenceType_IsRejected()
    {
        const string csv = "pattern,skill,category,evidence_type,confidence,field\nthings,Things,technical,vibes,0.7,general\n";

        Assert.Throws<InvalidDataException>(() => InferenceRules.Read(new StringReader(csv), "rules.csv"));
    }

    [Fact]
    public void Read_ValidRow_ParsesTypeCategoryAndConfidence()
    {
        const string csv = "pattern,skill,category,evidence_type,confidence,field\n\"fixed (bikes|bicycles)\",Bicycle repair,domain,role_responsibility,0.8,trades\n";

        var rule = Assert.Single(InferenceRules.Read(new StringReader(csv), "rules.csv"));

        Assert.Equal((SkillCategory.Domain, EvidenceType.RoleResponsibility, 0.8), (rule.Category, rule.EvidenceType, rule.Confidence));
        Assert.Matches(rule.Pattern, "Fixed bikes at the shop");
    }
}
