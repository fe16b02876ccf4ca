using System.Net;
using LeadQual.Api.Tests.Support;

namespace LeadQual.Api.Tests;

public sealed class ResumeTests
{
    [Fact]
    public async Task Resumes_RegisterAsMaster_Answers201AndJobsAreAssessedAgainstIt()
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.PostJsonAsync("/resumes", new { resume_id = "alex", name = "Alex Morgan", text = SampleResumes.DataEngineer, master = true });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var data = (await ApiServer.ReadJsonAsync(response)).GetProperty("data");
        Assert.Equal("alex", data.GetProperty("resume_id").GetString());
        Assert.Equal("Alex Morgan", data.GetProperty("name").GetString());
        Assert.True(data.GetProperty("is_master").GetBoolean());
        var job = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/html_extract", new { html = JobPages.DataEngineerWithJsonLd() }))).GetProperty("data");
        Assert.Equal("alex", job.GetProperty("resume_id").GetString());
    }

    [Fact]
    public async Task Resumes_WithoutId_GetsAnIdFromTheTextSoTheSameResumeIsOneRow()
    {
        await using var server = await ApiServer.StartAsync();

        var first = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/resumes", new { text = SampleResumes.Barista }))).GetProperty("data");
        var second = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/resumes", new { text = SampleResumes.Barista }))).GetProperty("data");

        Assert.StartsWith("resume-", first.GetProperty("resume_id").GetString(), StringComparison.Ordinal);
        Assert.Equal(first.GetProperty("resume_id").GetString(), second.GetProperty("resume_id").GetString());
        Assert.False(first.GetProperty("is_master").GetBoolean());
        Assert.Equal(1, await server.CountAsync("resumes"));
    }

    [Fact]
    public async Task Resumes_NewMaster_ClearsTheOldMaster()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();

        await server.PostJsonAsync("/resumes", new { resume_id = "sam", text = SampleResumes.Barista, master = true });

        var list = (await ApiServer.ReadJsonAsync(await server.Client.GetAsync("/resumes"))).GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["sam"], list.Where(r => r.GetProperty("is_master").GetBoolean()).Select(r => r.GetProperty("resume_id").GetString()));
        Assert.Equal(2, list.Count);
    }

    [Fact]
    public async Task Resumes_MarkMaster_SwitchesTheResumeJobsAreAssessedAgainst()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();
        await server.PostJsonAsync("/resumes", new { resume_id = "sam", text = SampleResumes.Barista });

        var marked = await server.Client.PostAsync("/resumes/sam/master", null);
        var job = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/html_extract", new { html = JobPages.BackendEngineerPlain() }))).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Equal("sam", job.GetProperty("resume_id").GetString());
    }

    [Fact]
    public async Task Resumes_MarkUnknownMaster_Answers404()
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.Client.PostAsync("/resumes/nobody/master", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/resumes/nobody")).StatusCode);
    }

    [Theory]
    [InlineData("{\"resume_id\": \"x\"}", "text is required")]
    [InlineData("{\"text\": \"   \"}", "text is required")]
    [InlineData("{\"resume_id\": \"../etc/passwd\", \"text\": \"Jane\"}", "resume_id must be")]
    [InlineData("{\"text\": ", "malformed JSON")]
    public async Task Resumes_BadRegistration_Answers400NamingTheProblem(string body, string expected)
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.PostRawAsync("/resumes", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await ApiServer.ReadJsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await server.CountAsync("resumes"));
    }

    [Fact]
    public async Task MasterResumeSetting_FilePath_RegistersTheFileAsMasterAtStart()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("leadqual-resume-").FullName, "alex-morgan.md");
        await File.WriteAllTextAsync(file, SampleResumes.DataEngineer);
        await using var server = await ApiServer.StartAsync(settings => settings with { MasterResume = file });

        var job = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/html_extract", new { html = JobPages.DataEngineerWithJsonLd() }))).GetProperty("data");

        Assert.Equal("alex-morgan", job.GetProperty("resume_id").GetString());
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Fact]
    public async Task MasterResumeSetting_UnknownId_StartsAndAnswers409UntilAMasterIsSet()
    {
        await using var server = await ApiServer.StartAsync(settings => settings with { MasterResume = "not-registered" });

        var response = await server.PostJsonAsync("/html_extract", new { html = JobPages.BackendEngineerPlain() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
