using System.Net;
using LeadQual.Api.Tests.Support;

namespace LeadQual.Api.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task HtmlExtract_FiftyDifferentPagesAtOnce_FiftyJobsStoredAndAssessedNoneLostNoneDoubled()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();

        var responses = await Task.WhenAll(Enumerable.Range(1, 50).Select(n => server.PostJsonAsync("/html_extract", new { html = JobPages.Numbered(n) })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var data = await Task.WhenAll(responses.Select(async r => (await ApiServer.ReadJsonAsync(r)).GetProperty("data")));
        Assert.Equal(50, data.Select(d => d.GetProperty("job_id").GetString()).Distinct().Count());
        Assert.Equal(50, data.Select(d => d.GetProperty("job_company").GetString()).Distinct().Count());
        Assert.Equal(50, await server.CountAsync("job_details"));
        Assert.Equal(50, await server.CountAsync("job_details", "job_assessed_at IS NOT NULL AND job_rating IS NOT NULL"));
        Assert.Equal(data.Sum(HtmlExtractTests.RowCount), await server.CountAsync("job_skills"));
        Assert.Equal(50 * 4, await server.CountAsync("llm_runs_v2"));
        Assert.Equal(0, await server.CountAsync("job_quarantine"));
    }
}
