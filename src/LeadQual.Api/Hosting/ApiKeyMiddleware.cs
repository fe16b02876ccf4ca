using System.Security.Cryptography;
using System.Text;

namespace LeadQual.Api.Hosting;

/// <summary>
/// Requires the configured key in <c>X-API-Key</c> on every request (CORS preflights excepted, which
/// browsers send without custom headers). Compared in constant time over SHA-256 digests, so neither the
/// content nor the length of the key leaks through timing.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, ApiSettings settings)
{
    public const string HeaderName = "X-API-Key";

    private readonly byte[]? expected = settings.ApiKey is { } key ? SHA256.HashData(Encoding.UTF8.GetBytes(key)) : null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (expected is null || HttpMethods.IsOptions(context.Request.Method) || Matches(context.Request.Headers[HeaderName].ToString()))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var problem = Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Missing or wrong API key",
            detail: $"this server requires the {HeaderName} header (LEADQUAL_API_KEY is set)");
        await problem.ExecuteAsync(context).ConfigureAwait(false);
    }

    private bool Matches(string provided) =>
        provided.Length > 0 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(provided)), expected);
}
