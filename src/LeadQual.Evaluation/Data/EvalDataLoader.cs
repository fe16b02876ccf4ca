namespace LeadQual.Evaluation.Data;

/// <summary>Reads a labelled folder in the format of docs EVAL-DATA-FORMAT, the project's own set or any other.</summary>
public static class EvalDataLoader
{
    /// <summary>
    /// Reads and validates <paramref name="folder"/>. An invalid folder ends in one
    /// <see cref="InvalidDataException"/> listing every problem, so a labeller fixes them all in one round
    /// rather than one per run.
    /// </summary>
    public static EvalDataSet Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var reader = EvalDataReader.Read(folder);
        if (reader.Problems.Count > 0)
        {
            var lines = string.Join(Environment.NewLine, reader.Problems.Select(p => "  " + p));
            throw new InvalidDataException($"{Path.GetFullPath(folder)} is not a valid labelled data folder ({reader.Problems.Count} problem(s)):{Environment.NewLine}{lines}");
        }

        return reader.ToDataSet();
    }
}
