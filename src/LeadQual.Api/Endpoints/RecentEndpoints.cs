using LeadQual.Api.Contracts;
using LeadQual.Storage;
using Microsoft.AspNetCore.Mvc;

namespace LeadQual.Api.Endpoints;

/// <summary>GET /jobs_recent, /job_skills_recent and /quarantine: what was stored lately, newest first.</summary>
public static class RecentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/jobs_recent", async ([FromQuery(Name = "days_back")] string? daysBack, [FromQuery(Name = "limit")] string? limit, JobQueries jobs, TimeProvider clock, CancellationToken cancellationToken) =>
                Window.TryParse(daysBack, limit, out var window, out var problem)
                    ? TypedResults.Ok(ApiResponse.Success(await jobs.RecentJobsAsync(window.Since(clock), window.Limit, cancellationToken).ConfigureAwait(false)))
                    : problem)
            .WithName("JobsRecent")
            .WithSummary("Jobs created or assessed in the last days_back days (0-3650, default 5), newest first, at most limit (1-1000, default 300)")
            .Produces<ApiResponse<IReadOnlyList<RecentJob>>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/job_skills_recent", async ([FromQuery(Name = "days_back")] string? daysBack, [FromQuery(Name = "limit")] string? limit, JobQueries jobs, TimeProvider clock, CancellationToken cancellationToken) =>
                Window.TryParse(daysBack, limit, out var window, out var problem)
                    ? TypedResults.Ok(ApiResponse.Success(await jobs.RecentJobSkillsAsync(window.Since(clock), window.Limit, cancellationToken).ConfigureAwait(false)))
                    : problem)
            .WithName("JobSkillsRecent")
            .WithSummary("Requirement rows (job_skills) written in the last days_back days, newest job first")
            .Produces<ApiResponse<IReadOnlyList<RecentJobSkill>>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/quarantine", async ([FromQuery(Name = "limit")] string? limit, JobQueries jobs, CancellationToken cancellationToken) =>
                Window.TryParse(null, limit, out var window, out var problem)
                    ? TypedResults.Ok(ApiResponse.Success(await jobs.QuarantineAsync(window.Limit, cancellationToken).ConfigureAwait(false)))
                    : problem)
            .WithName("Quarantine")
            .WithSummary("Quarantined jobs with the seed's reason codes, newest first")
            .Produces<ApiResponse<IReadOnlyList<QuarantineEntry>>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
