using LeadQual.Api.Hosting;
using LeadQual.Documents;
using LeadQual.Storage;

namespace LeadQual.Api.Resumes;

/// <summary>
/// Applies <c>MASTER_RESUME</c> when the host starts: a file path is registered (id = file name) and made
/// the master; otherwise the value is a registered resume id made the master. After start, POST /resumes
/// with <c>"master": true</c> or POST /resumes/{id}/master changes the master; the database flag is the truth.
/// </summary>
public sealed partial class MasterResumeStartup(ApiSettings settings, ResumeStore resumes, ILogger<MasterResumeStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.MasterResume is not { } configured)
        {
            return;
        }

        if (File.Exists(configured))
        {
            var resume = await DocumentLoader.LoadResumeAsync(configured, cancellationToken: cancellationToken).ConfigureAwait(false);
            await resumes.RegisterAsync(resume.ResumeId, Path.GetFileName(configured), resume.Text, master: true, cancellationToken).ConfigureAwait(false);
            LogMaster(logger, resume.ResumeId, configured);
        }
        else if (await resumes.SetMasterAsync(configured, cancellationToken).ConfigureAwait(false))
        {
            LogMaster(logger, configured, "MASTER_RESUME");
        }
        else
        {
            LogUnknown(logger, configured);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "master resume: {ResumeId} (from {Source})")]
    private static partial void LogMaster(ILogger logger, string resumeId, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MASTER_RESUME '{Value}' is neither a file nor a registered resume id; assessments without resume_id answer 409 until a master is set")]
    private static partial void LogUnknown(ILogger logger, string value);
}
