using System.Text.Json.Nodes;
using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Tests.Support;

namespace LeadQual.Evaluation.Tests.Data;

public sealed class EvalDataValidatorTests : IDisposable
{
    private const string Pair = "gold/pairs/R001__J001.json";
    private const string Job = "gold/jobs/J001.json";
    private const string Resume = "gold/resumes/R001.json";

    private readonly EvalFolderBuilder folder = new();

    private IReadOnlyList<EvalDataProblem> Validate() => EvalDataValidator.Validate(folder.Root);

    [Fact]
    public void Validate_ValidFolder_HasNoProblems()
    {
        ProblemAssert.None(Validate());
    }

    [Fact]
    public void Validate_MissingFolder_ReportsTheFolder()
    {
        var missing = Path.Combine(folder.Root, "nope");

        var problem = Assert.Single(EvalDataValidator.Validate(missing));

        Assert.Equal($"{missing}: folder not found", problem.ToString());
    }

    [Theory]
    [InlineData("resumes")]
    [InlineData("jobs")]
    [InlineData("gold/pairs")]
    public void Validate_MissingSubfolder_NamesIt(string subfolder)
    {
        folder.Delete(subfolder);

        ProblemAssert.Reported(Validate(), subfolder + "/", null, "folder not found");
    }

    [Fact]
    public void Validate_MissingReadMe_IsReported()
    {
        folder.Delete("README.md");

        ProblemAssert.Reported(Validate(), "README.md", null, "provenance and licence");
    }

    [Fact]
    public void Validate_DocumentIdOutsideTheIdRule_NamesTheFile()
    {
        folder.Write("resumes/R 003.md", "Some resume text");

        ProblemAssert.Reported(Validate(), "resumes/R 003.md", null, "is not a valid id");
    }

    [Theory]
    [InlineData("resumes/R003.pdf")]
    [InlineData("resumes/R003.html")]
    [InlineData("jobs/J003.docx")]
    [InlineData("gold/jobs/J003.md")]
    public void Validate_FileWithAnExtensionTheFolderDoesNotHold_IsReported(string file)
    {
        folder.Write(file, "text");

        ProblemAssert.Reported(Validate(), file, null, "unexpected file");
    }

    [Fact]
    public void Validate_HiddenFile_IsIgnored()
    {
        folder.Write("gold/pairs/.gitkeep", string.Empty);

        ProblemAssert.None(Validate());
    }

    [Fact]
    public void Validate_TwoFilesForOneId_IsReported()
    {
        folder.Write("resumes/R001.txt", "Another copy");

        ProblemAssert.Reported(Validate(), "resumes/R001.txt", null, "id R001 is also used by resumes/R001.md");
    }

    [Fact]
    public void Validate_EmptyDocument_NamesTheFile()
    {
        folder.Write("jobs/J001.md", "  \n");

        ProblemAssert.Reported(Validate(), "jobs/J001.md", null, "file has no text");
    }

    [Fact]
    public void Validate_IdNotMatchingTheFileName_NamesTheField()
    {
        folder.Edit(Resume, r => r["resume_id"] = "R002");

        ProblemAssert.Reported(Validate(), Resume, "resume_id", "does not match the file name (R001)");
    }

    [Fact]
    public void Validate_IdOutsideTheIdRule_NamesTheField()
    {
        folder.Edit(Job, j => j["job_id"] = "J/001");

        ProblemAssert.Reported(Validate(), Job, "job_id", "is not a valid id");
    }

    [Fact]
    public void Validate_GoldJobWithoutItsPosting_IsReported()
    {
        folder.Delete("jobs/J002.html");

        ProblemAssert.Reported(Validate(), "gold/jobs/J002.json", null, "jobs/J002.md, .txt or .html does not exist");
    }

    [Fact]
    public void Validate_GoldResumeWithoutItsResume_IsReported()
    {
        folder.Delete("resumes/R002.txt");

        ProblemAssert.Reported(Validate(), "gold/resumes/R002.json", null, "resumes/R002.md or .txt does not exist");
    }

    [Fact]
    public void Validate_PairNamingAMissingGoldJob_NamesTheField()
    {
        folder.Write("gold/pairs/R001__J404.json", """{ "resume_id": "R001", "job_id": "J404", "matches": {}, "rating": "low" }""");

        ProblemAssert.Reported(Validate(), "gold/pairs/R001__J404.json", "job_id", "gold/jobs/J404.json does not exist");
    }

    [Fact]
    public void Validate_PairNamingAMissingGoldResume_NamesTheField()
    {
        folder.Delete("gold/resumes/R002.json");

        ProblemAssert.Reported(Validate(), "gold/pairs/R002__J002.json", "resume_id", "gold/resumes/R002.json does not exist");
    }

    [Theory]
    [InlineData("R001-J001.json")]
    [InlineData("R001__J002.json")]
    [InlineData("J001__R001.json")]
    public void Validate_PairFileNameNotResumeIdThenJobId_IsReported(string name)
    {
        folder.Move(Pair, "gold/pairs/" + name);

        ProblemAssert.Reported(Validate(), "gold/pairs/" + name, null, "file name must be R001__J001.json");
    }

    [Fact]
    public void Validate_EvaluatedRequirementLabelled_IsReportedAsTheFormatSays()
    {
        folder.Edit(Pair, p => p["matches"]!["r6"] = true);

        var problem = ProblemAssert.Reported(Validate(), Pair, "matches.r6", "must not be labelled");

        Assert.Equal("gold/pairs/R001__J001.json: matches.r6: r6 is an evaluated_qualification and must not be labelled", problem.ToString());
    }

    [Theory]
    [InlineData("r3", "required_qualification")]
    [InlineData("r5", "additional_qualification")]
    public void Validate_AssessedRequirementNotLabelled_NamesIt(string id, string classification)
    {
        folder.Edit(Pair, p => p["matches"]!.AsObject().Remove(id));

        ProblemAssert.Reported(Validate(), Pair, $"matches.{id}", $"{id} ({classification}) is not labelled");
    }

    [Fact]
    public void Validate_LabelForAnUnknownRequirement_NamesIt()
    {
        folder.Edit(Pair, p => p["matches"]!["r99"] = false);

        ProblemAssert.Reported(Validate(), Pair, "matches.r99", "r99 is not a requirement of J001");
    }

    [Fact]
    public void Validate_LabelThatIsNotABoolean_NamesIt()
    {
        folder.Edit(Pair, p => p["matches"]!["r1"] = "yes");

        ProblemAssert.Reported(Validate(), Pair, "matches.r1", "expected true or false, found a string");
    }

    [Fact]
    public void Validate_RepeatedRequirementId_NamesTheSecond()
    {
        folder.Edit(Job, j => j["requirements"]![1]!["id"] = "r1");

        ProblemAssert.Reported(Validate(), Job, "requirements[1].id", "\"r1\" is used by an earlier requirement");
    }

    [Theory]
    [InlineData(Job, "requirements[0].classification", "must_have")]
    [InlineData(Job, "requirements[0].classification", "Required_Qualification")]
    [InlineData(Resume, "highest_degree", "phd")]
    [InlineData(Resume, "quality_flags[0]", "too_short")]
    [InlineData(Pair, "rating", "strong")]
    public void Validate_ValueOutsideItsVocabulary_NamesTheField(string file, string field, string value)
    {
        folder.Edit(file, root =>
        {
            switch (field)
            {
                case "requirements[0].classification": root["requirements"]![0]!["classification"] = value; break;
                case "quality_flags[0]": root["quality_flags"] = new JsonArray(value); break;
                default: root[field] = value; break;
            }
        });

        ProblemAssert.Reported(Validate(), file, field, $"\"{value}\" is not one of");
    }

    [Fact]
    public void Validate_ClassificationAsANumber_IsReportedNotRead()
    {
        // The enum converter would accept 0 as required_qualification; the format only has the names.
        folder.Edit(Job, j => j["requirements"]![0]!["classification"] = 0);

        ProblemAssert.Reported(Validate(), Job, "requirements[0].classification", "expected a string, found a number");
    }

    [Fact]
    public void Validate_QualityFlagListedTwice_IsReported()
    {
        folder.Edit(Resume, r => r["quality_flags"] = new JsonArray("missing_dates", "missing_dates"));

        ProblemAssert.Reported(Validate(), Resume, "quality_flags[1]", "listed twice");
    }

    [Theory]
    [InlineData("total_years_experience", -1.5, "must not be negative")]
    [InlineData("max_team_size_led", -2, "must not be negative")]
    [InlineData("max_team_size_led", 2.5, "expected a whole number")]
    public void Validate_BadNumber_NamesTheField(string field, double value, string message)
    {
        folder.Edit(Resume, r => r[field] = value);

        ProblemAssert.Reported(Validate(), Resume, field, message);
    }

    [Fact]
    public void Validate_MissingRequiredField_NamesIt()
    {
        folder.Edit(Resume, r => r.Remove("explicit_skills"));

        ProblemAssert.Reported(Validate(), Resume, "explicit_skills", "required field is missing");
    }

    [Fact]
    public void Validate_OptionalFieldsAbsent_AreFine()
    {
        folder.Edit(Resume, r =>
        {
            r.Remove("total_years_experience");
            r.Remove("highest_degree");
            r.Remove("max_team_size_led");
        });

        ProblemAssert.None(Validate());
    }

    [Fact]
    public void Validate_ExtraFields_AreFine()
    {
        folder.Edit(Job, j => j["source_url"] = "https://example.com/jobs/1");

        ProblemAssert.None(Validate());
    }

    [Fact]
    public void Validate_AnyOfGroupWithOneMember_IsReported()
    {
        folder.Edit(Job, j => j["requirements"]![4]!["any_of"] = "azure");

        ProblemAssert.Reported(Validate(), Job, "requirements[4].any_of", "group \"azure\" has one member");
    }

    [Fact]
    public void Validate_AnyOfGroupAcrossClassifications_IsReported()
    {
        folder.Edit(Job, j => j["requirements"]![2]!["any_of"] = "cloud");

        ProblemAssert.Reported(Validate(), Job, "requirements[2].any_of", "mixes required_qualification and additional_qualification");
    }

    [Fact]
    public void Validate_BlankAnyOf_IsReported()
    {
        folder.Edit(Job, j => j["requirements"]![0]!["any_of"] = " ");

        ProblemAssert.Reported(Validate(), Job, "requirements[0].any_of", "must not be empty");
    }

    [Fact]
    public void Validate_MalformedJson_ReportsTheFileAndTheParsersLine()
    {
        folder.Write(Job, "{\n  \"job_id\": \"J001\",\n  \"title\": \"Analyst\"\n  \"requirements\": []\n}\n");

        var problem = ProblemAssert.Reported(Validate(), Job, null, "malformed JSON at line 4");

        Assert.DoesNotContain("LineNumber", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RepeatedKey_IsReportedAsMalformed()
    {
        folder.Write(Pair, """{ "resume_id": "R001", "job_id": "J001", "matches": { "r1": true, "r1": false }, "rating": "low" }""");

        // The parser gives no position for a repeated key, only its name.
        ProblemAssert.Reported(Validate(), Pair, null, "malformed JSON: Duplicate property 'r1'");
    }

    [Fact]
    public void Validate_JsonThatIsNotAnObject_IsReported()
    {
        folder.Write(Resume, "[1, 2]");

        ProblemAssert.Reported(Validate(), Resume, null, "expected a JSON object, found an array");
    }

    [Fact]
    public void Validate_RatingAgainstTheRule_IsReportedWithTheShare()
    {
        folder.Edit(Pair, p => p["rating"] = "high");

        ProblemAssert.Reported(Validate(), Pair, "rating", "is high but the rule gives medium (2 of 3 required units matched, 0.67)");
    }

    [Fact]
    public void Validate_JobWithoutRequired_RatesByAdditional()
    {
        folder.Edit("gold/pairs/R002__J002.json", p => p["rating"] = "low");

        ProblemAssert.Reported(Validate(), "gold/pairs/R002__J002.json", "rating", "the rule gives medium (1 of 2 additional units matched, 0.50)");
    }

    [Theory]
    [InlineData("high", true)]
    [InlineData("medium", false)]
    public void Validate_RequiredAnyOfGroup_CountsOnce(string rating, bool valid)
    {
        // r1 plus the group {r2, r3}: 2 of 2 units met → high; counting members apart would give 2 of 3 → medium.
        folder.Edit(Job, j =>
        {
            j["requirements"]![1]!["any_of"] = "degree";
            j["requirements"]![2]!["any_of"] = "degree";
        });
        folder.Edit(Pair, p =>
        {
            p["matches"] = new JsonObject { ["r1"] = true, ["r2"] = false, ["r3"] = true, ["r4"] = false, ["r5"] = false };
            p["rating"] = rating;
        });

        var problems = Validate();

        if (valid)
        {
            ProblemAssert.None(problems);
        }
        else
        {
            ProblemAssert.Reported(problems, Pair, "rating", "the rule gives high (2 of 2 required units matched");
        }
    }

    [Fact]
    public void Validate_ManyProblems_AreAllReportedWithoutThrowing()
    {
        folder.Write(Job, "{ not json");
        folder.Edit(Resume, r => r["highest_degree"] = "phd");
        folder.Edit("gold/pairs/R002__J002.json", p => p["matches"]!["e1"] = true);

        var problems = Validate();

        ProblemAssert.Reported(problems, Job, null, "malformed JSON");
        ProblemAssert.Reported(problems, Resume, "highest_degree", "is not one of");
        ProblemAssert.Reported(problems, "gold/pairs/R002__J002.json", "matches.e1", "must not be labelled");
    }

    public void Dispose() => folder.Dispose();
}
