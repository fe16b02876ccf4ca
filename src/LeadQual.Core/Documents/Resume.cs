namespace LeadQual.Documents;

/// <summary>A resume as plain text or Markdown.</summary>
public sealed record Resume(string ResumeId, string Text);
