using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Tests.Support;

namespace LeadQual.Evaluation.Tests.Data;

/// <summary>The repository's own labelled set must pass the validator the runner relies on.</summary>
public sealed class ShippedEvalDataTests
{
    [Fact]
    public void EvalData_ShippedSet_IsValid()
    {
        var folder = Path.Combine(RepositoryRoot(), "eval-data");

        var problems = EvalDataValidator.Validate(folder);

        Assert.True(problems.Count == 0, $"{folder} has {problems.Count} problem(s):{Environment.NewLine}{ProblemAssert.Lines(problems)}");
    }

    // Tests run from artifacts/bin/...; the repository root is the first folder above holding the solution.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeadQual.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"LeadQual.sln not found above {AppContext.BaseDirectory}");
    }
}
