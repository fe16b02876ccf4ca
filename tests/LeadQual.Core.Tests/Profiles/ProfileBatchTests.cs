using LeadQual.Core.Tests.Support;
using LeadQual.Profiles;
using LeadQual.Profiles.Offline;

namespace LeadQual.Core.Tests.Profiles;

public sealed class ProfileBatchTests : IDisposable
{
    private readonly TempDatabase db = new();
    private readonly string folder = Directory.CreateTempSubdirectory("leadqual-resumes-").FullName;

    private ProfileBatch Batch(IProfileEngine? engine = null)
    {
        var clock = TestClock.November2026();
        return new ProfileBatch(new ProfilePipeline(engine ?? new OfflineProfileEngine(clock: clock), clock), new ProfileStore(db.Database, clock));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task RunAsync_BadFilesAmongGoodOnes_ProfilesTheGoodAndQuarantinesTheBad()
    {
        Write("a-rich.md", ResumeSamples.Rich);
        Write("b-empty.txt", "  \n ");
        File.WriteAllBytes(Path.Combine(folder, "c-scan.pdf"), [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03]);
        Write("d-teacher.md", ResumeSamples.Teacher);
        var reported = 0;

        var result = await Batch().RunAsync(ProfileBatch.FindInputs(folder), concurrency: 3, new Progress<ProfileBatchItem>(_ => Interlocked.Increment(ref reported)));

        Assert.Equal(["a-rich", "b-empty", "c-scan", "d-teacher"], result.Items.Select(i => i.ResumeId));
        Assert.Equal(["a-rich", "d-teacher"], result.Profiles.Select(p => p.ResumeId));
        Assert.All(result.Quarantined, q => Assert.Equal(ProfileQuarantineReasons.MissingResume, q.QuarantineReason));
        Assert.Equal(2, await db.CountAsync("candidate_profiles"));
        Assert.Equal(2, await db.CountAsync("profile_quarantine", "profile_quarantine_reason = 'missing_resume'"));
        Assert.Equal(["c-scan: not a text file"], (await db.ColumnAsync("SELECT resume_id || ': ' || substr(profile_quarantine_detail, length(profile_quarantine_source) + 3, 15) FROM profile_quarantine WHERE resume_id = 'c-scan'"))!);
    }

    [Fact]
    public async Task RunAsync_OfflineEngine_RecordsOneZeroTokenCallPerProfiledResume()
    {
        Write("a-rich.md", ResumeSamples.Rich);
        Write("b-empty.txt", "  \n ");
        Write("c-teacher.md", ResumeSamples.Teacher);

        var result = await Batch().RunAsync(ProfileBatch.FindInputs(folder), concurrency: 2);

        Assert.Equal([1, 0, 1], result.Items.Select(i => i.Calls.Count));
        var model = new OfflineProfileEngine().Identity.Model;
        Assert.Equal(
            [$"a-rich|profile|{model}|offline|1|0|0|0", $"c-teacher|profile|{model}|offline|1|0|0|0"],
            await db.ColumnAsync(
                """
                SELECT r.resume_id || '|' || r.llm_run_type || '|' || r.llm_run_model_id || '|' || r.llm_run_engine || '|' || r.llm_run_attempt || '|'
                    || r.llm_run_input_tokens || '|' || r.llm_run_output_tokens || '|' || r.llm_run_thinking_tokens
                FROM profile_llm_runs r JOIN candidate_profiles p ON p.profile_id = r.profile_id ORDER BY r.resume_id
                """));
    }

    [Fact]
    public async Task RunAsync_SameResumeTwice_KeepsOneProfileRow()
    {
        var path = Write("rich.md", ResumeSamples.Rich);

        await Batch().RunAsync([path], concurrency: 1);
        await Batch().RunAsync([path], concurrency: 1);

        Assert.Equal(1, await db.CountAsync("candidate_profiles", "resume_id = 'rich'"));
        Assert.Equal(["master"], await db.ColumnAsync("SELECT profile_highest_degree FROM candidate_profiles"));
    }

    [Fact]
    public async Task RunAsync_EngineThrows_QuarantinesAsFailedGenerateProfile()
    {
        var path = Write("rich.md", ResumeSamples.Rich);

        var result = await Batch(new FailingProfileEngine()).RunAsync([path], concurrency: 1);

        var item = Assert.Single(result.Quarantined);
        Assert.Equal(ProfileQuarantineReasons.FailedGenerateProfile, item.QuarantineReason);
        Assert.Contains("provider returned 503", item.Detail, StringComparison.Ordinal);
        Assert.Equal(1, await db.CountAsync("profile_quarantine", "profile_quarantine_reason = 'failed_generate_profile'"));
    }

    [Fact]
    public async Task RunAsync_StoresUnsupportedEvidenceCount()
    {
        var path = Write("rich.md", ResumeSamples.Rich);
        var engine = new ScriptedProfileEngine(new SkillAssessment("Data pipelines", SkillCategory.Technical, 0.8, [
            new SkillEvidence("Designed a petabyte lakehouse", EvidenceSection.Experience, 12, 12, EvidenceType.ProjectContext),
            new SkillEvidence("Built ETL jobs moving 2 TB/day", EvidenceSection.Experience, 12, 12, EvidenceType.ProjectContext),
        ]));

        await Batch(engine).RunAsync([path], concurrency: 1);

        Assert.Equal(["1 of 2"], await db.ColumnAsync("SELECT profile_unsupported_evidence || ' of ' || profile_evidence_checked FROM candidate_profiles"));
    }

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
