namespace LeadQual.Api.Contracts;

/// <summary>Builds the seed's envelope.</summary>
public static class ApiResponse
{
    public const string SuccessStatus = "success";

    public static ApiResponse<T> Success<T>(T data) => new(SuccessStatus, data);
}
