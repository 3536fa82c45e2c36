using System.Globalization;

namespace HospitalDomain.Excel.Reading;

/// <summary>A1 addresses: column letters and 1-based row numbers.</summary>
internal static class CellAddress
{
    public static string Of(string column, int row) => column + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
