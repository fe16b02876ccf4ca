namespace LeadQual.Cli.Tests.Support;

/// <summary>A copy of one posting of eval-data/ with its pairs and their resumes: a valid labelled folder a test can run the LLM path over quickly.</summary>
public static class EvalDataSubset
{
    public static string Copy(string folder, string jobId = "J001")
    {
        var source = Path.Combine(CliRunner.RepositoryRoot(), "eval-data");
        var pairs = Directory.GetFiles(Path.Combine(source, "gold", "pairs"), $"*__{jobId}.json").Select(Path.GetFileName).ToList();
        var files = new List<string> { "README.md", $"jobs/{jobId}.md", $"gold/jobs/{jobId}.json" };
        files.AddRange(pairs.Select(p => $"gold/pairs/{p}"));
        files.AddRange(pairs.Select(p => p!.Split("__")[0]).SelectMany(r => new[] { $"resumes/{r}.md", $"gold/resumes/{r}.json" }));
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            File.Copy(Path.Combine(source, file), Path.Combine(folder, file));
        }

        return folder;
    }
}
