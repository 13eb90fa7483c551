namespace MobilizationTracker.Web.Ingestion;

/// <summary>
/// One writer at a time within the process: SQLite allows a single writer, and queuing here is
/// fairer and cheaper than letting transactions collide on the file lock. Registered as a singleton.
/// </summary>
public sealed class IngestionWriteGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _semaphore.WaitAsync(ct);
        return new Release(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
