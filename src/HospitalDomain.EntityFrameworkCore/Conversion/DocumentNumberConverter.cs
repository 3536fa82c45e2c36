using HospitalDomain.Commendations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HospitalDomain.EntityFrameworkCore.Conversion;

/// <summary>Stores a <see cref="DocumentNumber"/> (文号) in its canonical form, such as 某医发〔2024〕12号.</summary>
/// <remarks>The default value is stored as the empty text and read back as the default value; any other text that is not a document number throws <see cref="FormatException"/>.</remarks>
public sealed class DocumentNumberConverter : ValueConverter<DocumentNumber, string>
{
    /// <summary>Creates the converter.</summary>
    public DocumentNumberConverter()
        : base(number => number.ToString(), text => text.Length == 0 ? default : DocumentNumber.Parse(text), new ConverterMappingHints(size: 64, unicode: true))
    {
    }
}
