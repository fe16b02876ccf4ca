using System.Text.Json.Nodes;

namespace LeadQual.Evaluation.Tests.Support;

/// <summary>
/// A small valid labelled folder in a temp directory that a test then breaks in one place. Two resumes
/// (.md, .txt), two jobs (.md, .html), their gold files and two consistent pairs:
/// J001 is the format's example (3 required, an additional any_of group, one evaluated);
/// J002 has no required qualification, so it rates by its additional ones.
/// </summary>
public sealed class EvalFolderBuilder : IDisposable
{
    public EvalFolderBuilder()
    {
        Root = Directory.CreateTempSubdirectory("leadqual-eval-").FullName;
        Write("README.md", "# Test set\n\nWritten for the tests. CC0.\n");
        Write("resumes/R001.md", "# Maya Chen\n\nSenior data analyst, 6 years. Python, SQL, AWS.\n\nM.S. Statistics, 2018\n");
        Write("resumes/R002.txt", "Sam Ortiz\nBackend engineer. Go, Kubernetes.\n");
        Write("jobs/J001.md", "# Senior Data Analyst\n\n## Requirements\n- Bachelor's degree\n");
        Write("jobs/J002.html", "<html><body><h1>Platform Engineer</h1><p>Kubernetes is a plus.</p></body></html>");
        Write("gold/resumes/R001.json", """
            {
              "resume_id": "R001",
              "explicit_skills": ["Python", "SQL", "AWS"],
              "inferred_skills": ["Data visualization"],
              "quality_flags": [],
              "total_years_experience": 6.5,
              "highest_degree": "master",
              "max_team_size_led": 4
            }
            """);
        Write("gold/resumes/R002.json", """
            {
              "resume_id": "R002",
              "explicit_skills": ["Go", "Kubernetes"],
              "inferred_skills": [],
              "quality_flags": ["low_content", "missing_dates"],
              "total_years_experience": null,
              "highest_degree": null,
              "max_team_size_led": null
            }
            """);
        Write("gold/jobs/J001.json", """
            {
              "job_id": "J001",
              "title": "Senior Data Analyst",
              "requirements": [
                { "id": "r1", "text": "Bachelor's degree", "classification": "required_qualification" },
                { "id": "r2", "text": "Degree in Computer Science or a related field", "classification": "required_qualification" },
                { "id": "r3", "text": "5+ years of data analysis experience", "classification": "required_qualification" },
                { "id": "r4", "text": "AWS experience", "classification": "additional_qualification", "any_of": "cloud" },
                { "id": "r5", "text": "Azure experience", "classification": "additional_qualification", "any_of": "cloud" },
                { "id": "r6", "text": "Strong communication skills", "classification": "evaluated_qualification" }
              ]
            }
            """);
        Write("gold/jobs/J002.json", """
            {
              "job_id": "J002",
              "title": "Platform Engineer",
              "requirements": [
                { "id": "a1", "text": "Kubernetes", "classification": "additional_qualification" },
                { "id": "a2", "text": "Terraform", "classification": "additional_qualification" },
                { "id": "e1", "text": "Willing to travel", "classification": "evaluated_qualification" }
              ]
            }
            """);

        // 2 of 3 required matched → 0.67 → medium.
        Write("gold/pairs/R001__J001.json", """
            {
              "resume_id": "R001",
              "job_id": "J001",
              "matches": { "r1": true, "r2": false, "r3": true, "r4": true, "r5": false },
              "rating": "medium"
            }
            """);

        // No required: 1 of 2 additional → 0.5 → medium.
        Write("gold/pairs/R002__J002.json", """
            {
              "resume_id": "R002",
              "job_id": "J002",
              "matches": { "a1": true, "a2": false },
              "rating": "medium"
            }
            """);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public EvalFolderBuilder Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Changes one gold file through its JSON tree, so a test states only the field it breaks.</summary>
    public EvalFolderBuilder Edit(string relative, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(File.ReadAllText(PathOf(relative)))!.AsObject();
        change(node);
        return Write(relative, node.ToJsonString());
    }

    public EvalFolderBuilder Delete(string relative)
    {
        var path = PathOf(relative);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }

        return this;
    }

    public EvalFolderBuilder Move(string from, string to)
    {
        File.Move(PathOf(from), PathOf(to));
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
