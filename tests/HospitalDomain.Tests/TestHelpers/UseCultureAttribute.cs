using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace HospitalDomain.Tests.TestHelpers;

/// <summary>
/// Runs a test (or every test of a class) under the given current culture and UI culture,
/// restoring the previous ones afterwards. Use a culture with a comma decimal separator
/// (e.g. "de-DE") to prove that formatting and parsing are culture-invariant.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UseCultureAttribute(string culture) : BeforeAfterTestAttribute
{
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(culture);
    private CultureInfo? _originalCulture;
    private CultureInfo? _originalUiCulture;

    public string Culture => _culture.Name;

    public override void Before(MethodInfo methodUnderTest)
    {
        _originalCulture = CultureInfo.CurrentCulture;
        _originalUiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _culture;
    }

    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = _originalCulture!;
        CultureInfo.CurrentUICulture = _originalUiCulture!;
    }
}
