using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Serialization;

/// <summary>A <see cref="MetricSet"/> of the standard catalogue, through its document (<c>MetricSet.Load</c> reads other catalogues).</summary>
internal sealed class MetricSetJsonConverter : JsonConverter<MetricSet>
{
    public static MetricSetJsonConverter Instance { get; } = new();

    public override MetricSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        MetricSet.FromDocument(MetricSetDocumentJsonConverter.ReadValue(ref reader), MetricCatalogue.Standard);

    public override void Write(Utf8JsonWriter writer, MetricSet value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        MetricSetDocumentJsonConverter.WriteValue(writer, value.ToDocument());
    }
}

/// <summary>An <see cref="IndicatorEdition"/> through its document: entries by code, own definitions listed.</summary>
internal sealed class IndicatorEditionJsonConverter : JsonConverter<IndicatorEdition>
{
    public static IndicatorEditionJsonConverter Instance { get; } = new();

    public override IndicatorEdition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IndicatorEdition.FromDocument(IndicatorEditionDocumentJsonConverter.ReadValue(ref reader));

    public override void Write(Utf8JsonWriter writer, IndicatorEdition value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        IndicatorEditionDocumentJsonConverter.WriteValue(writer, value.ToDocument());
    }
}

/// <summary>An <see cref="IndicatorResult"/> of a shipped edition through its document (results of other editions are read within their evaluation).</summary>
internal sealed class IndicatorResultJsonConverter : JsonConverter<IndicatorResult>
{
    public static IndicatorResultJsonConverter Instance { get; } = new();

    public override IndicatorResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IndicatorResult.FromDocument(IndicatorResultDocumentJsonConverter.ReadValue(ref reader));

    public override void Write(Utf8JsonWriter writer, IndicatorResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        IndicatorResultDocumentJsonConverter.WriteValue(writer, value.ToDocument());
    }
}

/// <summary>An <see cref="IndicatorEvaluation"/> of a shipped edition through its document.</summary>
internal sealed class IndicatorEvaluationJsonConverter : JsonConverter<IndicatorEvaluation>
{
    public static IndicatorEvaluationJsonConverter Instance { get; } = new();

    public override IndicatorEvaluation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IndicatorEvaluation.FromDocument(IndicatorEvaluationDocumentJsonConverter.ReadValue(ref reader));

    public override void Write(Utf8JsonWriter writer, IndicatorEvaluation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        IndicatorEvaluationDocumentJsonConverter.WriteValue(writer, value.ToDocument());
    }
}
