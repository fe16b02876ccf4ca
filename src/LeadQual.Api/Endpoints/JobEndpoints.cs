using LeadQual.Api.Assessing;
using LeadQual.Api.Contracts;
using LeadQual.Api.Resumes;
using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Pipeline;
using LeadQual.Storage;

namespace LeadQual.Api.Endpoints;

/// <summary>POST /html_extract and POST /regenerate_job_assessment: a job page in, the seed's assessment out.</summary>
public static class JobEndpoints
{
    public const int MaxUrlLength = 2048;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/html_extract", HtmlExtractAsync)
            .WithName("HtmlExtract")
            .WithSummary("Extract a job from a raw HTML page, store it and assess it against a resume (default: the master resume)")
            .Accepts<HtmlExtractRequest>("application/json")
            .Produces<ApiResponse<JobAssessmentData>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status502BadGateway);

        app.MapPost("/regenerate_job_assessment", RegenerateAsync)
            .WithName("RegenerateJobAssessment")
            .WithSummary("Replace a stored job's assessment with a new one from the current engine and prompts")
            .Accepts<RegenerateRequest>("application/json")
            .Produces<ApiResponse<JobAssessmentData>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status502BadGateway);
    }

    private static async Task<IResult> HtmlExtractAsync(HttpContext context, JobAssessor assessor, IHostApplicationLifetime lifetime)
    {
        var (request, problem) = await JsonBody.ReadAsync<HtmlExtractRequest>(context).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(request!.Html))
        {
            return ApiProblems.BadRequest("html is required: the raw HTML of the job page");
        }

        if (request.Url is { } url && (url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")))
        {
            return ApiProblems.BadRequest($"url must be an absolute http or https URL of at most {MaxUrlLength} characters");
        }

        // The job outlives the request: once extracted it ends assessed or quarantined even if the client goes away.
        var cancellationToken = lifetime.ApplicationStopping;
        var posting = DocumentLoader.ParsePosting(request.Html, html: true, url: request.Url);
        return await RespondAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(posting.Description))
            {
                var pageId = "page:" + DocumentLoader.ContentId(request.Url ?? request.Html);
                throw await assessor.QuarantineAsync(pageId, null, QuarantineReasons.MissingJobDescription, "the page holds no job description text", cancellationToken).ConfigureAwait(false);
            }

            return await assessor.AssessAsync(posting, request.ResumeId, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private static async Task<IResult> RegenerateAsync(HttpContext context, JobAssessor assessor, JobQueries jobs, IHostApplicationLifetime lifetime)
    {
        var (request, problem) = await JsonBody.ReadAsync<RegenerateRequest>(context).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(request!.JobId))
        {
            return ApiProblems.BadRequest("job_id is required");
        }

        var posting = await jobs.FindPostingAsync(request.JobId, context.RequestAborted).ConfigureAwait(false);
        if (posting is null)
        {
            return ApiProblems.NotFound($"no job with id '{request.JobId}'");
        }

        return await RespondAsync(() => assessor.AssessAsync(posting, request.ResumeId, lifetime.ApplicationStopping)).ConfigureAwait(false);
    }

    private static async Task<IResult> RespondAsync(Func<Task<AssessmentRun>> assess)
    {
        try
        {
            var run = await assess().ConfigureAwait(false);
            return TypedResults.Ok(ApiResponse.Success<JobAssessmentData>(JobAssessmentData.From(run)));
        }
        catch (JobQuarantinedException failure)
        {
            return ApiProblems.Quarantined(failure);
        }
        catch (ResumeNotFoundException failure)
        {
            return ApiProblems.NotFound(failure.Message);
        }
    }
}
