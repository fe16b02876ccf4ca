namespace LeadQual.Evaluation.Data;

/// <summary>
/// Checks a folder against the labelled-data format (docs EVAL-DATA-FORMAT): layout, ids, references
/// between files, vocabularies, labels and ratings. It never throws on bad data: every problem comes
/// back as one line naming the file and field, for <c>leadqual eval-data validate</c> and the loader.
/// </summary>
public static class EvalDataValidator
{
    /// <summary>Every problem found, ordered by folder then file; empty when the folder is valid.</summary>
    public static IReadOnlyList<EvalDataProblem> Validate(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return EvalDataReader.Read(folder).Problems;
    }
}
