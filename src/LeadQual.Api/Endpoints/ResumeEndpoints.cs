using System.Text.RegularExpressions;
using LeadQual.Api.Contracts;
using LeadQual.Documents;
using LeadQual.Storage;

namespace LeadQual.Api.Endpoints;

/// <summary>POST /resumes, GET /resumes, GET /resumes/{id}, POST /resumes/{id}/master: the resumes jobs are assessed against.</summary>
public static partial class ResumeEndpoints
{
    public const int MaxNameLength = 200;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/resumes", RegisterAsync)
            .WithName("RegisterResume")
            .WithSummary("Register (or replace) a resume; \"master\": true makes it the resume jobs are assessed against by default")
            .Accepts<ResumeRequest>("application/json")
            .Produces<ApiResponse<ResumeData>>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        app.MapGet("/resumes", async (ResumeStore resumes, CancellationToken cancellationToken) =>
                TypedResults.Ok(ApiResponse.Success<IReadOnlyList<ResumeData>>((await resumes.ListAsync(cancellationToken).ConfigureAwait(false)).Select(ResumeData.From).ToList())))
            .WithName("ListResumes")
            .WithSummary("Registered resumes, without their text")
            .Produces<ApiResponse<IReadOnlyList<ResumeData>>>();

        app.MapGet("/resumes/{resume_id}", async (string resume_id, ResumeStore resumes, CancellationToken cancellationToken) =>
                await resumes.FindAsync(resume_id, cancellationToken).ConfigureAwait(false) is { } resume
                    ? TypedResults.Ok(ApiResponse.Success<ResumeData>(ResumeData.From(resume)))
                    : ApiProblems.NotFound($"no resume with id '{resume_id}'"))
            .WithName("GetResume")
            .Produces<ApiResponse<ResumeData>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/resumes/{resume_id}/master", async (string resume_id, ResumeStore resumes, CancellationToken cancellationToken) =>
                await resumes.SetMasterAsync(resume_id, cancellationToken).ConfigureAwait(false)
                    ? TypedResults.Ok(ApiResponse.Success<ResumeData>(ResumeData.From((await resumes.FindAsync(resume_id, cancellationToken).ConfigureAwait(false))!)))
                    : ApiProblems.NotFound($"no resume with id '{resume_id}'"))
            .WithName("SetMasterResume")
            .WithSummary("Make a registered resume the master resume")
            .Produces<ApiResponse<ResumeData>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> RegisterAsync(HttpContext context, ResumeStore resumes)
    {
        var (request, problem) = await JsonBody.ReadAsync<ResumeRequest>(context).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(request!.Text))
        {
            return ApiProblems.BadRequest("text is required: the resume as plain text or Markdown");
        }

        if (request.ResumeId is { } id && !ResumeIdPattern().IsMatch(id))
        {
            return ApiProblems.BadRequest("resume_id must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        if (request.Name is { Length: > MaxNameLength })
        {
            return ApiProblems.BadRequest($"name must be at most {MaxNameLength} characters");
        }

        var text = request.Text.ReplaceLineEndings("\n");
        var resumeId = request.ResumeId ?? "resume-" + DocumentLoader.ContentId(text);
        var stored = await resumes.RegisterAsync(resumeId, request.Name, text, request.Master ?? false, context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Created($"/resumes/{Uri.EscapeDataString(resumeId)}", ApiResponse.Success<ResumeData>(ResumeData.From(stored)));
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex ResumeIdPattern();
}
