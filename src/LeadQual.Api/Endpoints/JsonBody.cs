using System.Text.Json;
using Microsoft.Extensions.Options;

namespace LeadQual.Api.Endpoints;

/// <summary>
/// Reads a JSON request body with the API's snake_case options. Malformed JSON is a 400 naming the
/// problem, a non-JSON content type 415, and a body over the size limit 413 (Kestrel enforces the limit).
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context)
        where T : class
    {
        var request = context.Request;
        var options = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: "send the body as application/json"));
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, context.RequestAborted).ConfigureAwait(false);
            return value is null ? (null, ApiProblems.BadRequest("the body must be a JSON object")) : (value, null);
        }
        catch (JsonException failure)
        {
            return (null, ApiProblems.BadRequest($"malformed JSON: {failure.Message}"));
        }
        catch (BadHttpRequestException failure) when (failure.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large", detail: failure.Message));
        }
    }
}
