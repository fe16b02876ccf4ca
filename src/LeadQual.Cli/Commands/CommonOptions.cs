using System.CommandLine;
using LeadQual.Storage;

namespace LeadQual.Cli.Commands;

/// <summary>Options several commands share, so they read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite file where jobs, assessments, runs and quarantines are stored (env LEADQUAL_DB)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("LEADQUAL_DB") is { Length: > 0 } path ? path : LeadQualDatabase.DefaultPath,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table" };

    public static Option<string> Job() => new("--job") { Description = "Job posting file: .md, .txt or a raw saved .html page", Required = true };
}
