using LeadQual.Engines;
using LeadQual.Engines.Llm.Credits;
using LeadQual.Pipeline;

namespace LeadQual.Api.Endpoints;

/// <summary>The API's errors as RFC 9457 problem+json, with the quarantine reason and job id when a job was quarantined.</summary>
public static class ApiProblems
{
    public static IResult BadRequest(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    public static IResult NotFound(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    /// <summary>missing_job_description → 422, missing_resume → 409, an engine or prompt failure → 502.</summary>
    public static IResult Quarantined(JobQuarantinedException failure) =>
        Results.Problem(
            statusCode: StatusOf(failure.Reason),
            title: $"Job quarantined: {failure.Reason}",
            detail: failure.Message,
            extensions: new Dictionary<string, object?> { ["reason"] = failure.Reason, ["job_id"] = failure.JobId });

    /// <summary>A configured provider that did not answer usably: 503, with the provider, the reason code and the engine.</summary>
    public static IResult CreditsUnavailable(CreditsUnavailableException failure, EngineIdentity engine) =>
        Results.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: $"Credits unavailable: {failure.Provider} ({failure.Reason})",
            detail: $"could not read {failure.Provider} credits: {failure.Message}",
            extensions: new Dictionary<string, object?> { ["provider"] = failure.Provider, ["reason"] = failure.Reason, ["engine"] = engine.Engine, ["model"] = engine.Model });

    public static int StatusOf(string reason) => reason switch
    {
        QuarantineReasons.MissingJobDescription => StatusCodes.Status422UnprocessableEntity,
        QuarantineReasons.MissingResume => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status502BadGateway,
    };
}
