using System.Globalization;
using LeadQual.Profiles;
using Spectre.Console;

namespace LeadQual.Cli.Rendering;

/// <summary>The human view of profiles: one profile in detail, and the batch summary table.</summary>
public static class ProfileView
{
    public static void RenderDetail(IAnsiConsole console, CandidateProfile profile)
    {
        var meta = profile.ProcessingMetadata;
        console.MarkupLine($"[bold]{Markup.Escape(profile.ResumeId)}[/]  [grey]engine: {Markup.Escape(meta.Engine)}, model: {Markup.Escape(meta.Model)}[/]");
        var skills = new Table().Border(TableBorder.Rounded).Expand();
        skills.AddColumn("Skill");
        skills.AddColumn("Kind");
        skills.AddColumn("Category");
        skills.AddColumn(new TableColumn("Conf.").RightAligned());
        skills.AddColumn("Evidence");
        foreach (var (skill, kind) in profile.ExplicitSkills.Select(s => (s, "explicit")).Concat(profile.InferredSkills.Select(s => (s, "inferred"))))
        {
            var first = skill.Evidence[0];
            skills.AddRow(
                Markup.Escape(skill.Skill),
                kind,
                skill.Category.ToString().ToLowerInvariant(),
                skill.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape($"L{first.LineStart} {first.Section.ToString().ToLowerInvariant()}: {first.Snippet}"));
        }

        console.Write(skills);
        var trajectory = profile.CareerTrajectory;
        foreach (var role in trajectory.Roles)
        {
            console.MarkupLine(Markup.Escape($"  {role.Start} to {(role.IsCurrent ? "present" : role.End)}  {role.Title}{(role.Employer is null ? string.Empty : ", " + role.Employer)}  ({role.Seniority})"));
        }

        console.MarkupLine(Markup.Escape($"Years: {trajectory.TotalYearsExperience:0.0}  Promotions: {trajectory.Promotions.Count}  Largest team led: {profile.MaxTeamSizeLed}  Highest degree: {profile.HighestDegree}"));
        console.MarkupLine(Markup.Escape($"Flags: {(profile.QualityFlags.Count == 0 ? "none" : string.Join(", ", profile.QualityFlags))}  Content richness: {profile.ContentRichness:0.00}  Analysis confidence: {profile.AnalysisConfidence:0.00}"));
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Evidence: {meta.EvidenceChecked} quotes checked, {meta.UnsupportedEvidenceCount} dropped as not verbatim  Tokens in/out: {meta.InputTokens}/{meta.OutputTokens}  Prompt: {meta.PromptVersion ?? "none (offline rules)"}")));
    }

    /// <summary>The table, the counts, and with <paramref name="describeCalls"/> (an LLM engine) what the calls were and where they are stored.</summary>
    public static void RenderSummary(IAnsiConsole console, ProfileBatchResult result, TimeSpan elapsed, bool describeCalls = false)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("Resume");
        table.AddColumn(new TableColumn("Explicit").RightAligned());
        table.AddColumn(new TableColumn("Inferred").RightAligned());
        table.AddColumn(new TableColumn("Years").RightAligned());
        table.AddColumn("Degree");
        table.AddColumn(new TableColumn("Team").RightAligned());
        table.AddColumn(new TableColumn("Conf.").RightAligned());
        table.AddColumn("Flags / quarantine");
        foreach (var item in result.Items)
        {
            if (item.Profile is { } p)
            {
                table.AddRow(
                    Markup.Escape(item.ResumeId),
                    p.ExplicitSkills.Count.ToString(CultureInfo.InvariantCulture),
                    p.InferredSkills.Count.ToString(CultureInfo.InvariantCulture),
                    p.TotalYearsExperience.ToString("0.0", CultureInfo.InvariantCulture),
                    p.HighestDegree,
                    p.MaxTeamSizeLed.ToString(CultureInfo.InvariantCulture),
                    p.AnalysisConfidence.ToString("0.00", CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(", ", p.QualityFlags)));
            }
            else
            {
                table.AddRow(Markup.Escape(item.ResumeId), "-", "-", "-", "-", "-", "-", $"[red]quarantined ({Markup.Escape(item.QuarantineReason ?? string.Empty)})[/]: {Markup.Escape(item.Detail ?? string.Empty)}");
            }
        }

        console.Write(table);
        var profiled = result.Profiles.Count();
        var quarantined = result.Quarantined.Count();
        console.MarkupLine(Markup.Escape($"{profiled} profiled, {quarantined} quarantined in {elapsed.TotalSeconds:0.0} s"));
        if (describeCalls && result.Calls.Count > 0)
        {
            console.MarkupLine($"[grey]{Markup.Escape(CallSummary.Describe(result.Calls))}; one row per attempt in profile_llm_runs[/]");
        }
    }
}
