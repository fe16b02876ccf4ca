using LeadQual.Engines.Llm.Caching;

namespace LeadQual.Core.Tests.Engines.Llm.Caching;

/// <summary>eval --repeat: a repeat must not be answered from another repeat's cached answer.</summary>
public sealed class ResponseCacheKeyTests
{
    [Fact]
    public void KeyOf_FirstRepeat_IsTheOrdinaryKey_SoAnUnchangedPromptStillHitsTheCache()
    {
        Assert.Equal(ResponseCache.KeyOf("m", "p", "h"), ResponseCache.KeyOf("m", "p", "h", repeat: 0));
    }

    [Fact]
    public void KeyOf_EachLaterRepeat_HasItsOwnKey()
    {
        var keys = Enumerable.Range(0, 4).Select(r => ResponseCache.KeyOf("m", "p", "h", r)).ToList();

        Assert.Equal(4, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
