namespace LeadQual.Evaluation.Data;

/// <summary>
/// One thing wrong with a labelled folder. <see cref="File"/> is relative to the folder with '/' separators
/// and <see cref="Field"/> a JSON path such as <c>matches.r6</c> (null when the problem is the whole file),
/// so the line printed points straight at what to fix.
/// </summary>
public sealed record EvalDataProblem(string File, string? Field, string Message)
{
    public override string ToString() => Field is null ? $"{File}: {Message}" : $"{File}: {Field}: {Message}";
}
