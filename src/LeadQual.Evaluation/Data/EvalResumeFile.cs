namespace LeadQual.Evaluation.Data;

/// <summary>One file of <c>resumes/</c>: its id (the file name without extension), full path and text.</summary>
public sealed record EvalResumeFile(string Id, string Path, string Text);
