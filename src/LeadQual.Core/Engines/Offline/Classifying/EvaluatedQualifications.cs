using System.Text.RegularExpressions;

namespace LeadQual.Engines.Offline.Classifying;

/// <summary>
/// What a resume cannot show: traits, willingness, physical ability, work authorisation and screening
/// checks. Such requirements are evaluated qualifications: listed, never assessed, not in the rating.
/// </summary>
public static partial class EvaluatedQualifications
{
    public static bool IsEvaluated(string requirement)
    {
        var text = requirement.ToLowerInvariant();
        return !Verifiable().IsMatch(text) && Evaluated().IsMatch(text);
    }

    [GeneratedRegex(@"communicat|interpersonal|self[\s-]?(starter|motivated|directed|driven)|motivated|team[\s-]?player|collaborat|detail[\s-]?orient|attention to detail|organi[sz](ed|ational skills)|problem[\s-]solv|critical think|analytical (skills|mind)|work independently|independently|fast[\s-]paced|positive attitude|attitude|passion|curio|empath|adaptab|flexib|proactive|ownership|growth mindset|work ethic|integrity|professionalism|demeanor|sense of humou?r|multi-?task|prioriti[sz]|time management|customer[\s-]focused|customer[\s-]service (mindset|orientation|attitude)|people skills|energetic|enthusias|dependab|reliab|punctual|patien(t|ce) (and|with)|compassion|judg(e)?ment|creativ|resourceful|hungry|coachab|humble|calm under|composure|thrive|willing|willingness|able to (lift|stand|sit|walk|bend|kneel|climb|travel|work|commute|pass|push|pull|carry|reach|obtain)|ability to (lift|stand|sit|walk|bend|kneel|climb|travel|work (weekends|nights|evenings|holidays|overtime|shifts|on-?call|independently|in a)|commute|pass|push|pull|carry|reach|learn|thrive|adapt|handle|manage multiple|remain|explain|communicate|present|influence|build (strong )?relationships|collaborate|juggle|navigate|stay|prioriti[sz]e|work well)|\bcares? (deeply )?about|on[\s-]?site|in[\s-]office|in the office|days a week|hybrid|available (for|to work|on)|availability|\blift(ing)?\b.{0,20}\b(lbs?|pounds|kg)\b|\b\d+\s*(lbs?|pounds)\b|stand(ing)? for (long|extended)|on your feet|physical(ly)? (demand|requirement|able|fit)|authori[sz](ed|ation) to work|work authori[sz]ation|eligib(le|ility) to work|right to work|sponsor(ship)?|background check|background screen|drug (screen|test)|criminal (record|background)|reliable transportation|\btravel\b|on[\s-]call|weekends?|night shifts?|rotating shifts|overtime|relocat|commut|reside|located in|live within|clear(ed)? (to|for)|security clearance eligib|vaccinat|us citizen|citizenship|fluent english required", RegexOptions.CultureInvariant)]
    private static partial Regex Evaluated();

    // A licence, degree, certification or years of experience is on a resume, whatever words surround it.
    [GeneratedRegex(@"\b(degree|diploma|licen[cs]e|licensed|certifi|years? of|\d+\+? years)\b|(valid|current) .*(driver|cdl)", RegexOptions.CultureInvariant)]
    private static partial Regex Verifiable();
}
