using System.Globalization;
using System.Text;

namespace HospitalDomain.Generators;

/// <summary>Names and literals as they appear in generated code.</summary>
internal static class Naming
{
    /// <summary>
    /// The camelCase form System.Text.Json's <c>JsonNamingPolicy.CamelCase</c> gives: the leading
    /// run of capitals is lowered, except the last one when a lowercase letter follows it
    /// ("Name" → "name", "ICUBeds" → "icuBeds").
    /// </summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (char.IsSeparator(chars[i + 1]))
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>A C# string literal for <paramref name="value"/>.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The simple name used for a generated helper of <paramref name="fullyQualifiedName"/>: dots and generics flattened.</summary>
    public static string Flatten(string fullyQualifiedName)
    {
        var builder = new StringBuilder();
        foreach (var c in fullyQualifiedName.Replace("global::", string.Empty))
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        return builder.ToString();
    }
}
