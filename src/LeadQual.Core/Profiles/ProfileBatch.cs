using LeadQual.Documents;
using LeadQual.Engines;

namespace LeadQual.Profiles;

/// <summary>
/// Profiles many resume files with bounded concurrency. A file that cannot be read (missing, empty, binary,
/// too large) or that the engine fails on is quarantined with its reason and the batch goes on; only
/// cancellation stops it. Either way the engine calls made for a file are stored with it and reported on its
/// item. Each finished file is reported to <c>progress</c> as it ends.
/// </summary>
public sealed class ProfileBatch(ProfilePipeline pipeline, ProfileStore? store)
{
    /// <summary>Resume files to profile: the file itself, or every non-hidden file directly in the folder, by name.</summary>
    public static IReadOnlyList<string> FindInputs(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path)
                .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
        }

        throw new InputException(path, "file or folder not found");
    }

    public async Task<ProfileBatchResult> RunAsync(IReadOnlyList<string> paths, int concurrency, IProgress<ProfileBatchItem>? progress = null, CancellationToken cancellationToken = default)
    {
        var items = new ProfileBatchItem[paths.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, paths.Count), options, async (i, ct) =>
        {
            items[i] = await ProfileOneAsync(paths[i], ct).ConfigureAwait(false);
            progress?.Report(items[i]);
        }).ConfigureAwait(false);
        return new ProfileBatchResult(items);
    }

    private async Task<ProfileBatchItem> ProfileOneAsync(string path, CancellationToken cancellationToken)
    {
        var resumeId = System.IO.Path.GetFileNameWithoutExtension(path);
        Resume resume;
        try
        {
            resume = await DocumentLoader.LoadResumeAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (InputException failure)
        {
            return await QuarantineAsync(path, resumeId, ProfileQuarantineReasons.MissingResume, failure.Message, [], cancellationToken).ConfigureAwait(false);
        }

        ProfileRun? run = null;
        try
        {
            run = await pipeline.ProfileAsync(resume, cancellationToken).ConfigureAwait(false);
            if (store is not null)
            {
                await store.SaveAsync(run, cancellationToken).ConfigureAwait(false);
            }

            return new ProfileBatchItem(path, resumeId, run.Profile, null, null) { Calls = run.Calls };
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The calls made before a failure were sent (and maybe billed): the engine's own, or the finished run's when storing it failed.
            var calls = (failure as EngineException)?.Calls ?? run?.Calls ?? [];
            return await QuarantineAsync(path, resumeId, ProfileQuarantineReasons.FailedGenerateProfile, $"{path}: {failure.Message}", calls, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ProfileBatchItem> QuarantineAsync(string path, string resumeId, string reason, string detail, IReadOnlyList<StepCall> calls, CancellationToken cancellationToken)
    {
        if (store is not null)
        {
            await store.QuarantineAsync(resumeId, path, reason, detail, pipeline.Engine.Identity.Engine, calls, cancellationToken).ConfigureAwait(false);
        }

        return new ProfileBatchItem(path, resumeId, null, reason, detail) { Calls = calls };
    }
}
