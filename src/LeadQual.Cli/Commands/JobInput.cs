using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Storage;

namespace LeadQual.Cli.Commands;

/// <summary>Loads a posting file; a posting that exists but cannot be used is quarantined under its file name.</summary>
public static class JobInput
{
    public static async Task<JobPosting> LoadAsync(string path, AssessmentStore? store, EngineIdentity engine, CancellationToken cancellationToken)
    {
        try
        {
            return await DocumentLoader.LoadPostingAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (InputException failure) when (File.Exists(path) && store is not null)
        {
            var jobId = "file:" + Path.GetFileName(path);
            await store.QuarantineAsync(jobId, null, failure.QuarantineReason ?? QuarantineReasons.MissingJobDescription, failure.Message, engine.Engine, [], cancellationToken).ConfigureAwait(false);
            throw;
        }
    }
}
