using LeadQual.Taxonomy;

namespace LeadQual.Core.Tests.Taxonomy;

public sealed class SkillTaxonomyTests
{
    private static readonly SkillTaxonomy Taxonomy = TaxonomyLoader.Default;

    [Fact]
    public void FindSkills_ListSeparatorBetweenWords_FindsEachItemNotTheLongerName()
    {
        var found = Taxonomy.FindSkills("Power BI · Lean · Six Sigma · Labor planning").Select(m => m.Value.Name).ToList();

        Assert.Contains("Six Sigma", found);
        Assert.DoesNotContain("Lean Six Sigma", found);
    }

    [Fact]
    public void FindSkills_NameWrittenOutInOnePhrase_IsStillFound()
    {
        var found = Taxonomy.FindSkills("Sponsored 14 Lean Six Sigma projects.").Select(m => m.Value.Name).ToList();

        Assert.Contains("Lean Six Sigma", found);
    }

    [Fact]
    public void FindSkills_TypographicLigatureFromPdf_ReadsAsItsLetters()
    {
        var found = Taxonomy.FindSkills("Turnitin Microsoft Ofﬁce Diﬀerentiated instruction").Select(m => m.Value.Name).ToList();

        Assert.Contains("Microsoft Office", found);
        Assert.Contains("Differentiated instruction", found);
    }

    [Theory]
    [InlineData("Azure Kubernetes Service (AKS)", "Azure Kubernetes Service")]
    [InlineData("Microsoft Entra ID (Azure AD)", "Microsoft Entra ID")]
    [InlineData("postgres", "PostgreSQL")]
    [InlineData("Indicators of compromise (IOC) enrichment", "Indicators of compromise enrichment")]
    [InlineData("  Zustandly  ", "Zustandly")]
    public void CanonicalName_NameAsPeopleWriteIt_IsTheTaxonomyNameOrTheCleanedText(string written, string expected)
    {
        Assert.Equal(expected, Taxonomy.CanonicalName(written));
    }

    [Fact]
    public void FindSkills_AcronymWrittenAsAWord_IsNotTheAcronym()
    {
        Assert.DoesNotContain(Taxonomy.FindSkills("HVAC Technician Certificate - Cape Fear Technical Institute"), m => m.MatchedText == "Fear");
    }

    [Fact]
    public void FindSkills_LettersJoinedByOtherPunctuation_AreNotTheLetterName()
    {
        Assert.DoesNotContain(Taxonomy.FindSkills("Wired and troubleshot PLC I/O with the controls technician."), m => m.Value.Name == "Intake and output monitoring");
        Assert.Contains(Taxonomy.FindSkills("Strict I&O for post-op patients."), m => m.Value.Name == "Intake and output monitoring");
    }
}
