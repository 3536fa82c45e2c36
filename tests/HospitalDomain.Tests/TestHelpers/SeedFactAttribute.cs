namespace HospitalDomain.Tests.TestHelpers;

/// <summary>A fact that reads the seed reports: skipped, with the reason, when they are not beside the repository.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SeedFiles.Directory is null)
        {
            Skip = "The seed reports (../shared/seeds) are not present.";
        }
    }
}

/// <summary>A theory that reads the seed reports: skipped, with the reason, when they are not beside the repository.</summary>
public sealed class SeedTheoryAttribute : TheoryAttribute
{
    public SeedTheoryAttribute()
    {
        if (SeedFiles.Directory is null)
        {
            Skip = "The seed reports (../shared/seeds) are not present.";
        }
    }
}
