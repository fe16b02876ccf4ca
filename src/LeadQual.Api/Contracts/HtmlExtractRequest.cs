namespace LeadQual.Api.Contracts;

/// <summary>POST /html_extract: a raw job page, where it came from, and optionally which resume to assess against (default: the master).</summary>
public sealed record HtmlExtractRequest(string? Html, string? Url, string? ResumeId);
