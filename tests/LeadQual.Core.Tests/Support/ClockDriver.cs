using Microsoft.Extensions.Time.Testing;

namespace LeadQual.Core.Tests.Support;

/// <summary>
/// Moves a fake clock forward while work runs, so retry delays, Retry-After waits and timeouts happen
/// in fake time (20 ms of it every couple of real milliseconds, so a real request has over a second of real time before a 30 s fake timeout) and no test sleeps for real.
/// </summary>
public static class ClockDriver
{
    public static async Task<T> RunAsync<T>(FakeTimeProvider clock, Func<Task<T>> work)
    {
        var task = work();
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, Task.Delay(2));
            if (!task.IsCompleted)
            {
                clock.Advance(TimeSpan.FromMilliseconds(20));
            }
        }

        return await task;
    }

    public static async Task<Exception> FailsAsync(FakeTimeProvider clock, Func<Task> work)
    {
        try
        {
            await RunAsync(clock, async () =>
            {
                await work();
                return 0;
            });
        }
        catch (Exception failure)
        {
            return failure;
        }

        throw new Xunit.Sdk.XunitException("expected the work to fail, and it succeeded");
    }
}
