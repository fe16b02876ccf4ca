using LeadQual.Evaluation.Metrics;

namespace LeadQual.Evaluation.Tests.Metrics;

public sealed class SetScoresTests
{
    [Fact]
    public void Of_IgnoresCaseAndMicroAveragesWhenAdded()
    {
        var first = SetScores.Of(["Python", "sql", "Excel"], ["python", "SQL"]);
        var second = SetScores.Of(["Go"], ["Rust", "Go", "C"]);

        var total = first + second;

        Assert.Equal(3, total.TruePositives);
        Assert.Equal(0.75, total.Precision);
        Assert.Equal(0.6, total.Recall);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, total.F1!.Value, 10);
    }
}
