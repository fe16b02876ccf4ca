namespace LeadQual.Api.Assessing;

/// <summary>
/// One async lock per job id, so identical pages posted at the same time are assessed one after the other
/// (one job, one set of requirement rows) while different jobs run in parallel. Entries are dropped when unused.
/// </summary>
public sealed class JobLocks
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string jobId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(jobId, out entry!))
            {
                entry = new Entry();
                entries[jobId] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(jobId, entry, held: false);
            throw;
        }

        return new Releaser(this, jobId, entry);
    }

    /// <summary>How many job ids currently have a lock entry (for tests: none leak).</summary>
    public int Count
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    private void Leave(string jobId, Entry entry, bool held)
    {
        if (held)
        {
            entry.Gate.Release();
        }

        lock (entries)
        {
            if (--entry.Users == 0)
            {
                entries.Remove(jobId);
                entry.Gate.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(JobLocks owner, string jobId, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Leave(jobId, entry, held: true);
            }
        }
    }
}
