using LeadQual.Core.Tests.Support;
using LeadQual.Documents;
using LeadQual.Profiles;
using LeadQual.Profiles.Offline;

namespace LeadQual.Core.Tests.Profiles.Offline;

public sealed class OfflineProfileEngineTests
{
    private static CandidateProfile Profile(string text, string id = "R1") =>
        new OfflineProfileEngine(clock: TestClock.November2026()).Profile(new Resume(id, text));

    private static IEnumerable<string> Names(IEnumerable<SkillAssessment> skills) => skills.Select(s => s.Skill);

    [Fact]
    public void Profile_RichResume_ListsNamedSkillsUnderCanonicalNamesAtFullConfidence()
    {
        var profile = Profile(ResumeSamples.Rich);

        Assert.Superset(new HashSet<string> { "Python", "SQL", "Apache Kafka", "Snowflake", "Tableau", "PostgreSQL", "Terraform", "Amazon Web Services", "Pandas" }, Names(profile.ExplicitSkills).ToHashSet());
        Assert.All(profile.ExplicitSkills, s => Assert.Equal(1.0, s.Confidence));
        Assert.All(profile.ExplicitSkills, s => Assert.NotEmpty(s.Evidence));
    }

    [Fact]
    public void Profile_RichResume_InfersSkillsFromDescribedWorkWithEvidence()
    {
        var profile = Profile(ResumeSamples.Rich);
        var inferred = profile.InferredSkills.ToDictionary(s => s.Skill);

        Assert.Contains("Data pipelines", inferred.Keys);
        Assert.Contains("Incident response", inferred.Keys);
        Assert.Contains("People management", inferred.Keys);
        Assert.Contains("Data visualization", inferred.Keys);
        Assert.Contains("Mentoring", inferred.Keys);
        var pipelines = inferred["Data pipelines"];
        Assert.Contains(pipelines.Evidence, e => e.Snippet.Contains("Built ETL jobs moving 2 TB/day", StringComparison.Ordinal) && e.Section == EvidenceSection.Experience);
        // Task lines alone suggest a skill a reader may or may not list; a stated team is a claim a reader lists.
        Assert.InRange(pipelines.Confidence, 0.2, SkillAssessment.LikelyConfidence);
        Assert.True(inferred["People management"].IsLikely);
    }

    [Fact]
    public void Profile_NamedSkill_IsNeverAlsoInferred()
    {
        var profile = Profile(ResumeSamples.Rich);

        Assert.Empty(Names(profile.InferredSkills).Intersect(Names(profile.ExplicitSkills), StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Profile_SkillImpliedOnlyByANamedTool_IsNotReportedAsInferred()
    {
        // pandas implies Python and Postgres implies SQL, but that implication is the taxonomy's, not evidence
        // of work: a reader would not list "Python" as a skill the resume shows without naming it.
        const string resume = """
            Lee Park

            EXPERIENCE
            Analyst, Fabrikam
            2020 - 2024
            - Cleaned survey data with pandas and loaded it into Postgres

            EDUCATION
            B.A. Economics

            SKILLS
            pandas, Postgres
            """;

        var profile = Profile(resume);

        Assert.DoesNotContain(profile.InferredSkills, s => s.Skill is "Python" or "SQL");
        Assert.DoesNotContain(profile.ExplicitSkills, s => s.Skill is "Python" or "SQL");
    }

    [Fact]
    public void Profile_LanguageWrittenBesideItsLibrary_IsExplicit()
    {
        const string resume = """
            Lee Park

            EXPERIENCE
            Analyst, Fabrikam
            2020 - 2024
            - Automated the weekly margin report with Python (pandas) and Excel (Power Query)

            SKILLS
            SQL, Tableau
            """;

        var profile = Profile(resume);

        Assert.Contains(profile.ExplicitSkills, s => s.Skill == "Python");
        Assert.Contains(profile.ExplicitSkills, s => s.Skill == "Pandas");
    }

    [Fact]
    public void Profile_NamesInLinksTitlesEmployersAndDegrees_AreNotSkills()
    {
        const string resume = """
            Jordan Avery
            Site Reliability Engineer · jordan.avery@example.com · github.com/javery-example

            EXPERIENCE
            Platform Engineer — Harbor Logistics, Denver, CO
            Mar 2021 – Present
            - Run Kubernetes clusters on AWS with Terraform; built Grafana dashboards for 30 services
            - Wrote Python tooling for certificate rotation

            EDUCATION
            B.S. Cybersecurity, Front Range University, 2016

            SKILLS
            Kubernetes, Terraform, AWS, Python, Grafana
            """;

        var names = Names(Profile(resume).ExplicitSkills).ToHashSet();

        Assert.Superset(new HashSet<string> { "Kubernetes", "Terraform", "Amazon Web Services", "Python", "Grafana" }, names);
        Assert.DoesNotContain("GitHub", names);
        Assert.DoesNotContain("Site reliability engineering", names);
        Assert.DoesNotContain("Logistics coordination", names);
        Assert.DoesNotContain("Cybersecurity", names);
    }

    [Fact]
    public void Profile_IndustryWordInProse_IsTheSettingNotASkill()
    {
        const string resume = """
            Casey Morgan

            EXPERIENCE
            Data Analyst, Oakridge Home Goods
            May 2022 – Present
            - Built Tableau dashboards for retail buyers and tracked the weekly inventory position
            - Ran inventory management reviews with the planning team

            SKILLS
            Tableau, SQL
            """;

        var explicitSkills = Profile(resume).ExplicitSkills;

        Assert.DoesNotContain(explicitSkills, s => s.Skill == "Retail operations");
        var inventory = Assert.Single(explicitSkills, s => s.Skill == "Inventory management");
        Assert.All(inventory.Evidence, e => Assert.Contains("inventory management", e.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public void Profile_NamedTermsAndSkillsLists_DoNotEvidenceInferredSkills()
    {
        const string resume = """
            Dana Cole

            SUMMARY
            Dispatcher who likes dashboards.

            EXPERIENCE
            HVAC Technician, Coastal Air
            2019 - 2024
            - Kept every job site OSHA compliant
            - Took the on-call rotation for emergency no-heat calls

            SKILLS
            Dashboards, OSHA 10, ServiceTitan
            """;

        var inferred = Names(Profile(resume).InferredSkills).ToHashSet();

        Assert.DoesNotContain("Workplace safety", inferred);
        Assert.DoesNotContain("Data visualization", inferred);
        Assert.Contains("Incident response", inferred);
    }

    [Fact]
    public void Profile_ManySkillsNamedWithoutASkillsSection_IsNotMissingSkills()
    {
        const string resume = """
            Lee Park

            EXPERIENCE
            Data Engineer, Fabrikam
            2020 - 2024
            - Built pipelines in Python and SQL on Snowflake, orchestrated with Airflow and dbt
            - Deployed services with Docker, Kubernetes and Terraform on AWS; dashboards in Tableau and Looker
            """;

        Assert.DoesNotContain(QualityFlags.MissingSkills, Profile(resume).QualityFlags);
    }

    [Fact]
    public void Profile_TwoKindsOfExtractionDamage_IsUnparseable()
    {
        const string resume = """
            J O R D A N   A V E R Y
            Data Engineer | jordan.avery@example.com
            EXPERIENCE
            Data Engineer Contoso 03/2020 â€“ Present
            - Built streaming ingestion from Kafka into BigQuery; on call for pipeline failures
            - Wrote Python libraries for schema validation and SQL transformations for finance reporting
            EDUCATION
            B.S. Computer Science, Peachtree State University, 2017
            SKILLS
            Python, SQL, Kafka, BigQuery, Airflow
            """;

        Assert.Contains(QualityFlags.UnparseableFormat, Profile(resume).QualityFlags);
    }

    [Fact]
    public void Profile_RepeatedEvidence_RaisesConfidence()
    {
        const string once = "EXPERIENCE\nEngineer, A\n2020 - 2024\n- Was on-call for the billing service\n";
        const string thrice = "EXPERIENCE\nEngineer, A\n2020 - 2024\n- Was on-call for the billing service\n- Ran incident postmortems after outages\n- Joined the pager duty rotation\n";

        var single = Assert.Single(Profile(once).InferredSkills, s => s.Skill == "Incident response");
        var repeated = Assert.Single(Profile(thrice).InferredSkills, s => s.Skill == "Incident response");

        Assert.True(repeated.Confidence > single.Confidence, $"{repeated.Confidence} should exceed {single.Confidence}");
    }

    [Fact]
    public void Profile_EveryEvidenceSnippet_OccursVerbatimOnItsLine()
    {
        foreach (var text in new[] { ResumeSamples.Rich, ResumeSamples.NoDates, ResumeSamples.Teacher, ResumeSamples.Thin })
        {
            var lines = text.ReplaceLineEndings("\n").Split('\n');
            var profile = Profile(text);
            foreach (var evidence in profile.ExplicitSkills.Concat(profile.InferredSkills).SelectMany(s => s.Evidence).Concat(profile.LeadershipScope.Evidence))
            {
                Assert.Contains(evidence.Snippet, lines[evidence.LineStart - 1], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Profile_RichResume_TrajectoryHasRolesInOrderAPromotionAndTotalYears()
    {
        var trajectory = Profile(ResumeSamples.Rich).CareerTrajectory;

        Assert.Equal(["Junior Data Analyst", "Data Engineer", "Lead Data Engineer"], trajectory.Roles.Select(r => r.Title));
        Assert.Equal(["Contoso Retail", "Northwind Payments", "Northwind Payments"], trajectory.Roles.Select(r => r.Employer));
        Assert.Equal(SeniorityLevel.Junior, trajectory.Roles[0].Seniority);
        Assert.Equal(SeniorityLevel.Lead, trajectory.CurrentSeniority);
        var promotion = Assert.Single(trajectory.Promotions);
        Assert.Equal("Northwind Payments", promotion.Employer);
        Assert.Equal("2022-03", promotion.Date);
        Assert.True(trajectory.Roles[2].IsCurrent);
        Assert.Equal(9.9, trajectory.TotalYearsExperience); // Jan 2017 to Nov 2026 inclusive (119 months), three back-to-back roles
        Assert.NotNull(trajectory.AverageTenureMonths);
    }

    [Fact]
    public void Profile_RichResume_LeadershipHasTeamAndBudget()
    {
        var leadership = Profile(ResumeSamples.Rich).LeadershipScope;

        Assert.Equal(6, leadership.MaxTeamSizeLed);
        Assert.Equal("$1.2M annual budget", leadership.Budget);
        Assert.NotEmpty(leadership.Evidence);
    }

    [Fact]
    public void Profile_RichResume_HasNoFlagsHighConfidenceAndMastersDegree()
    {
        var profile = Profile(ResumeSamples.Rich);

        Assert.Empty(profile.QualityFlags);
        Assert.Equal("master", profile.HighestDegree);
        Assert.InRange(profile.AnalysisConfidence, 0.8, 1.0);
        Assert.InRange(profile.ContentRichness, 0.6, 1.0);
    }

    [Fact]
    public void Profile_ThinResume_IsFlaggedLowContentWithLowConfidence()
    {
        var profile = Profile(ResumeSamples.Thin);

        Assert.Contains(QualityFlags.LowContent, profile.QualityFlags);
        Assert.Contains(QualityFlags.MissingEducation, profile.QualityFlags);
        Assert.Contains(QualityFlags.MissingSkills, profile.QualityFlags);
        Assert.DoesNotContain(QualityFlags.MissingDates, profile.QualityFlags);
        Assert.Equal("none", profile.HighestDegree);
        Assert.True(profile.AnalysisConfidence < Profile(ResumeSamples.Rich).AnalysisConfidence / 2);
        // "ran a forklift" names the forklift: the taxonomy knows it, so it is explicit.
        Assert.Contains(profile.ExplicitSkills.Concat(profile.InferredSkills), s => s.Skill.StartsWith("Forklift", StringComparison.Ordinal));
    }

    [Fact]
    public void Profile_UndatedRoles_AreFlaggedMissingDatesAndCountNoYears()
    {
        var profile = Profile(ResumeSamples.NoDates);

        Assert.Contains(QualityFlags.MissingDates, profile.QualityFlags);
        Assert.DoesNotContain(QualityFlags.MissingExperience, profile.QualityFlags);
        Assert.Empty(profile.CareerTrajectory.Roles);
        Assert.Equal(0, profile.TotalYearsExperience);
        Assert.Equal(8, profile.MaxTeamSizeLed);
        Assert.Equal("bachelor", profile.HighestDegree);
    }

    [Fact]
    public void Profile_NurseResume_InfersClinicalSkillsAndKeepsNamedOnesExplicit()
    {
        var profile = Profile(ResumeSamples.NoDates);
        var found = Names(profile.InferredSkills).Concat(Names(profile.ExplicitSkills)).ToHashSet();

        // Skills the taxonomy knows by the resume's own words ("infection control") are explicit; the rest inferred.
        Assert.Superset(new HashSet<string> { "Medication administration", "Clinical documentation", "Infection control", "Patient monitoring", "People management" }, found);
        Assert.Empty(Names(profile.InferredSkills).Intersect(Names(profile.ExplicitSkills)));

        // The summary names triage and patient education, so they are explicit, not inferred.
        Assert.Contains(profile.ExplicitSkills, s => s.Skill == "Patient triage" && s.Evidence[0].Section == EvidenceSection.Summary);
        Assert.Contains(profile.ExplicitSkills, s => s.Skill == "Patient education");
    }

    [Fact]
    public void Profile_TeacherResume_InfersTeachingSkillsAndPromotionToDepartmentHead()
    {
        var profile = Profile(ResumeSamples.Teacher);
        var found = Names(profile.InferredSkills).Concat(Names(profile.ExplicitSkills)).ToHashSet();

        Assert.Superset(new HashSet<string> { "Curriculum development", "Special education", "Student assessment" }, found);
        Assert.Contains("Curriculum development", Names(profile.InferredSkills));
        Assert.Contains(profile.ExplicitSkills, s => s.Skill == "Classroom management");
        Assert.Equal(9, profile.MaxTeamSizeLed);
        var promotion = Assert.Single(profile.CareerTrajectory.Promotions);
        Assert.Equal(SeniorityLevel.Manager, promotion.ToSeniority);
        Assert.Equal("master", profile.HighestDegree);
    }

    [Fact]
    public void Profile_GarbledResume_IsFlaggedUnparseable()
    {
        var profile = Profile(ResumeSamples.Garbled);

        Assert.Contains(QualityFlags.UnparseableFormat, profile.QualityFlags);
        Assert.True(profile.AnalysisConfidence < 0.3, $"confidence {profile.AnalysisConfidence}");
    }

    [Fact]
    public async Task ProfileAsync_RecordsOneZeroCostCall()
    {
        var engine = new OfflineProfileEngine(clock: TestClock.November2026());

        var outcome = await engine.ProfileAsync(new Resume("R1", ResumeSamples.Rich));

        var call = Assert.Single(outcome.Calls);
        Assert.Equal(0, call.InputTokens + call.OutputTokens);
        Assert.Equal("offline", outcome.Value.ProcessingMetadata.Engine);
        Assert.Equal(new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.Zero), outcome.Value.ProcessingMetadata.Timestamp);
    }
}
