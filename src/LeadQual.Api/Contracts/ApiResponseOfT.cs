namespace LeadQual.Api.Contracts;

/// <summary>The seed's envelope: <c>{"status": "success", "data": …}</c>.</summary>
public sealed record ApiResponse<T>(string Status, T Data);
