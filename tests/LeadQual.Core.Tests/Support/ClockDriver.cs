using Microsoft.Extensions.Time.Testing;

namespace LeadQual.Core.Tests.Support;

/// <summary>
/// Moves a fake clock forward while work runs, so retry delays, Retry-After waits and timeouts happen
/// in fake time (50 ms of it every couple of real milliseconds) and no test sleeps for real.
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
                clock.Advance(TimeSpan.FromMilliseconds(50));
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
