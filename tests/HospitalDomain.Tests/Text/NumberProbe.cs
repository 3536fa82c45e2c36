using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

/// <summary>The layout of a generated phrase and the one number in it written as given, for the rule tests that judge a number in its clause.</summary>
internal static class NumberProbe
{
    /// <summary>The layout of <paramref name="text"/> and its only number token written exactly as <paramref name="asWritten"/>.</summary>
    public static (TextLayout Layout, NumberToken Token) Of(string text, string asWritten)
    {
        var layout = new TextLayout(text);
        return (layout, NumberScanner.Scan(text).Single(t => layout.Slice(t.Start, t.End) == asWritten));
    }
}
