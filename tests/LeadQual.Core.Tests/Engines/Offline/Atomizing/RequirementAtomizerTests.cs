using LeadQual.Engines.Offline.Atomizing;
using LeadQual.Jobs;
using LeadQual.Taxonomy;

namespace LeadQual.Core.Tests.Engines.Offline.Atomizing;

public sealed class RequirementAtomizerTests
{
    private static IReadOnlyList<AtomicRequirement> Atomize(string raw, RequirementCategory category = RequirementCategory.Required) =>
        new RequirementAtomizer(TaxonomyLoader.Default).Atomize(new ResponseData_2_1([new TaggedRequirement(raw, category)])).AtomicObjects;

    [Fact]
    public void Atomize_OrList_BecomesAlternativesInOneGroup()
    {
        var atoms = Atomize("Python, Java or Go");

        Assert.Equal(["Python", "Java", "Go"], atoms.Select(a => a.RequirementString));
        Assert.NotNull(atoms[0].AnyOf);
        Assert.All(atoms, a => Assert.Equal(atoms[0].AnyOf, a.AnyOf));
    }

    [Fact]
    public void Atomize_PracticeWithTools_AsksForTheToolsNotThePracticeAgain()
    {
        var atoms = Atomize("Infrastructure as code with Terraform or Pulumi");

        Assert.Equal(["Terraform", "Pulumi"], atoms.Select(a => a.RequirementString));
        Assert.All(atoms, a => Assert.Equal(atoms[0].AnyOf, a.AnyOf));
    }

    [Fact]
    public void Atomize_DegreeWithField_BecomesDegreeAndField()
    {
        var atoms = Atomize("BS/MS in Computer Science or related field");

        Assert.Equal("Bachelor's degree", atoms[0].RequirementString);
        Assert.Equal("Degree in Computer Science or a related field", atoms[1].RequirementString);
        Assert.All(atoms, a => Assert.Null(a.AnyOf));
    }

    [Fact]
    public void Atomize_YearsWithSkills_BecomesYearsAndEachSkill()
    {
        var atoms = Atomize("5+ years of experience with Python and AWS");

        Assert.StartsWith("5+ years of", atoms[0].RequirementString, StringComparison.Ordinal);
        Assert.Contains(atoms, a => a.RequirementString == "Python" && a.AnyOf is null);
        Assert.Contains(atoms, a => a.RequirementString == "AWS" && a.AnyOf is null);
    }

    [Fact]
    public void Atomize_AndList_BecomesSeparateRequirements()
    {
        var atoms = Atomize("Kubernetes and Terraform");

        Assert.Equal(2, atoms.Count);
        Assert.All(atoms, a => Assert.Null(a.AnyOf));
    }

    [Fact]
    public void Atomize_Trait_StaysWhole()
    {
        var atoms = Atomize("Excellent written and verbal communication skills");

        Assert.Single(atoms);
    }

    [Fact]
    public void Atomize_KeepsTheCategoryOfTheTaggedItem()
    {
        var atoms = Atomize("Experience with Kafka", RequirementCategory.Additional);

        Assert.All(atoms, a => Assert.Equal(RequirementCategory.Additional, a.Category));
    }

    [Fact]
    public void Atomize_SkillAndCategoryWithExamples_BecomeTheSkillAndOneCategoryRequirement()
    {
        var atoms = Atomize("Advanced SQL and experience with a relational database such as PostgreSQL or similar");

        Assert.Equal(2, atoms.Count);
        Assert.Equal("SQL", atoms[0].RequirementString);
        Assert.StartsWith("A relational database such as PostgreSQL", atoms[1].RequirementString, StringComparison.Ordinal);
        Assert.All(atoms, a => Assert.Null(a.AnyOf));
    }

    [Fact]
    public void Atomize_Mba_KeepsItsNameAndDoesNotAskForTheFieldTwice()
    {
        var atoms = Atomize("MBA preferred");

        Assert.Equal("MBA", Assert.Single(atoms).RequirementString);
    }

    [Fact]
    public void Atomize_YearsOfAPracticeArea_StaysOneRequirement()
    {
        var atoms = Atomize("5+ years of data engineering experience");

        Assert.Equal("5+ years of data engineering experience", Assert.Single(atoms).RequirementString);
    }

    [Fact]
    public void Atomize_EvaluatedTraitList_SplitsWhereEveryPartIsATrait()
    {
        Assert.Equal(["Able to pass a background check", "Able to pass a drug screen"], Atomize("Able to pass a background check and drug screen").Select(a => a.RequirementString));
        Assert.Single(Atomize("Excellent written and verbal communication skills"));
    }

    [Fact]
    public void Atomize_BareName_KeepsItsSpelling()
    {
        Assert.Equal("dbt", Assert.Single(Atomize("dbt", RequirementCategory.Additional)).RequirementString);
    }
}
