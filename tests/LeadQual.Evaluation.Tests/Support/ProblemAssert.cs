using LeadQual.Evaluation.Data;

namespace LeadQual.Evaluation.Tests.Support;

/// <summary>Asserts on validator output, printing every problem found when the expected one is not there.</summary>
public static class ProblemAssert
{
    public static EvalDataProblem Reported(IReadOnlyList<EvalDataProblem> problems, string file, string? field, string messagePart)
    {
        var match = problems.FirstOrDefault(p => p.File == file && p.Field == field && p.Message.Contains(messagePart, StringComparison.Ordinal));
        Assert.True(match is not null, $"expected a problem for {file} / {field ?? "(file)"} containing \"{messagePart}\"; found:{Environment.NewLine}{Lines(problems)}");
        return match!;
    }

    public static void None(IReadOnlyList<EvalDataProblem> problems) =>
        Assert.True(problems.Count == 0, $"expected no problems; found {problems.Count}:{Environment.NewLine}{Lines(problems)}");

    public static string Lines(IReadOnlyList<EvalDataProblem> problems) =>
        problems.Count == 0 ? "  (none)" : string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
