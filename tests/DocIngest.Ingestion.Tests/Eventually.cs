namespace DocIngest.Ingestion.Tests;

/// <summary>Polls a condition on real files until it holds or the time is up.</summary>
internal static class Eventually
{
    public static async Task<bool> HoldsAsync(Func<bool> condition, TimeSpan timeout, int pollMilliseconds = 100)
    {
        var end = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < end)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(pollMilliseconds);
        }

        return condition();
    }
}
