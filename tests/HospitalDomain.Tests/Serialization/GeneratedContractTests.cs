using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HospitalDomain.Accreditation;
using HospitalDomain.Assessments;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Organizations;
using HospitalDomain.Serialization;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Serialization;

/// <summary>
/// What the converters generated from the constructors do at the edges: escaped and duplicate
/// property names, unknown and missing properties, explicit nulls, values left out at their
/// default or written always, enumeration names, dictionary keys, error paths through arrays and
/// documents, input split into small buffers and segments, very long names and strings, and
/// writing into a writer that is already deep in a document. Messages are asserted word for word.
/// </summary>
public sealed class GeneratedContractTests
{
    private const string CampusStatusNames = "inOperation, underConstruction, planned";

    private static JsonSerializerOptions Options => JsonAssert.Options;

    public static TheoryData<string> DocumentedTypes() => new(JsonExamples.All.Select(e => e.TypeName).Distinct());

    [Fact]
    public void Deserialize_EscapedPropertyNames_MatchTheirUnescapedForm()
    {
        Read<Campus>("""{"\u006e\u0061\u006d\u0065":"康复新院","st\u0061tus":"\u0075nderConstruction"}""")
            .Should().Be(new Campus("康复新院", status: CampusStatus.UnderConstruction));
        Read<MetricSet>("""{"entity":"E","period":"2021","\u0076alues":{"\u0064ischarges":159500}}""")["discharges"]
            .Should().Be(159500m);
    }

    [Fact]
    public void Deserialize_PropertiesInAnyOrder_GiveTheSameValue()
    {
        var json = Example("Hospital");
        var reversed = new JsonObject(JsonNode.Parse(json)!.AsObject().Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

        Read<Hospital>(reversed.ToJsonString()).Should().Be(Read<Hospital>(json));
    }

    [Fact]
    public void Deserialize_DuplicateProperty_IsRejected()
    {
        ErrorOf<Campus>("""{"name":"新城分院","name":"康复新院"}""").Should().Be("Duplicate property 'name' for Campus.");
        ErrorOf<Campus>("""{"name":"新城分院","\u006eame":"康复新院"}""").Should().Be("Duplicate property 'name' for Campus.");
        ErrorOf<Hospital>("""{"name":"H","campuses":[{"name":"新城分院"},{"name":"新城分院","name":"康复新院"}]}""")
            .Should().Be("At .campuses[1]: Duplicate property 'name' for Campus.");
    }

    [Fact]
    public void Deserialize_DuplicateKeyInAMetricSetsValues_IsRejectedNamingTheKeyAndPath()
    {
        ErrorOf<MetricSet>("""{"entity":"E","period":"2021","values":{"discharges":1,"surgeries":2,"discharges":3}}""")
            .Should().Be("At .values.discharges: Duplicate key 'discharges' in values.");
        ErrorOf<MetricSet>("""{"entity":"E","period":"2021","values":{"discharges":1,"\u0064ischarges":1}}""")
            .Should().Be("At .values.discharges: Duplicate key 'discharges' in values.");
        ErrorOf<CohortFigures>(Example("CohortFigures").Replace("\"level4Surgeries\": 22657", "\"level4Surgeries\": 22657, \"level4Surgeries\": 22657", StringComparison.Ordinal))
            .Should().Be("At .previous.values.level4Surgeries: Duplicate key 'level4Surgeries' in values.");
    }

    [Fact]
    public void Deserialize_UnknownProperty_IsRejectedAtItsPath()
    {
        ErrorOf<Campus>("""{"name":"新城分院","floor":3}""").Should().Be("At .floor: Unknown property 'floor' for Campus.");
        ErrorOf<Campus>("""{"Name":"新城分院"}""").Should().Be("At .Name: Unknown property 'Name' for Campus.");
        ErrorOf<Hospital>("""{"name":"H","designations":[{"name":"省级区域医疗中心","yeer":2021}]}""")
            .Should().Be("At .designations[0].yeer: Unknown property 'yeer' for Designation.");
        ErrorOf<IndicatorEvaluation>(WithValueAt(Example("IndicatorEvaluation"), "results/2/extra", "1"))
            .Should().Be("At .results[2].extra: Unknown property 'extra' for IndicatorResult.");
        ErrorOf<MetricSet>("""{"entity":"E","period":"2021","values":{"beds":500}}""")
            .Should().Be("At .values.beds: Unknown metric 'beds' in the catalogue 'standard'.");
    }

    [Fact]
    public void Deserialize_MissingRequiredProperty_IsRejectedNamingTheFirstOneMissing()
    {
        ErrorOf<Campus>("""{"address":"东路1号"}""").Should().Be("Missing required property 'name' for Campus.");
        ErrorOf<Designation>("{}").Should().Be("Missing required property 'name' for Designation.");
        ErrorOf<Change>("""{"previous":8.3}""").Should().Be("Missing required property 'current' for Change.");
        ErrorOf<MetricSet>("""{"entity":"E","period":"2021"}""").Should().Be("Missing required property 'values' for MetricSet.");
        ErrorOf<Hospital>("""{"name":"H","campuses":[{"address":"东路1号"}]}""").Should().Be("At .campuses[0]: Missing required property 'name' for Campus.");
    }

    [Fact]
    public void Deserialize_NullForARequiredString_IsRejected()
    {
        ErrorOf<Campus>("""{"name":null}""").Should().Be("At .name: Expected name as a JSON string but found null.");
    }

    [Fact]
    public void Deserialize_NullForANullableOptional_ReadsAsLeftOut()
    {
        var hospital = Read<Hospital>("""{"name":"H","englishName":null,"region":null,"category":null,"rating":null,"aliases":null,"campuses":null}""");

        hospital.Should().Be(new Hospital("H"));
        Write(hospital).Should().Be("""{"name":"H"}""");
        Read<Campus>("""{"name":"新城分院","address":null}""").Should().Be(new Campus("新城分院"));
    }

    [Fact]
    public void Deserialize_NullWhereNoNullIsAllowed_IsRejected()
    {
        ErrorOf<Campus>("""{"name":"新城分院","status":null}""").Should().Be("At .status: Expected status as a JSON string but found null.");
        ErrorOf<Hospital>("""{"name":"H","aliases":[null]}""").Should().Be("At .aliases[0]: Expected aliases as a JSON string but found null.");
        ErrorOf<Hospital>("""{"name":"H","campuses":[null]}""").Should().Be("At .campuses[0]: Expected a Campus as a JSON object but found null.");
        ErrorOf<Change>("null").Should().Be("Expected a Change as a JSON object but found null.");
    }

    [Fact]
    public void Deserialize_NullForARequiredCollection_IsRejected()
    {
        ErrorOf<MetricSet>("""{"entity":"E","period":"2021","values":null}""").Should().Be("At .values: Expected values as a JSON object but found null.");
        ErrorOf<IndicatorEdition>(WithValueAt(Example("IndicatorEdition"), "entries", "null")).Should().Be("At .entries: Expected entries as a JSON array but found null.");
    }

    [Fact]
    public void Serialize_EmptyOptionalArrays_AreLeftOutAndReadBack()
    {
        var hospital = Read<Hospital>("""{"name":"H","aliases":[],"identifiers":[],"affiliations":[],"designations":[],"campuses":[]}""");

        hospital.Should().Be(new Hospital("H"));
        Write(hospital).Should().Be("""{"name":"H"}""");
        Write(new Hospital("H", aliases: [], campuses: [])).Should().Be("""{"name":"H"}""");
        Write(new MedicalGroup("寿阳县医疗集团", MedicalGroupKind.CountyMedicalCommunity, members: [], statedCounts: []))
            .Should().Be("""{"name":"\u5BFF\u9633\u53BF\u533B\u7597\u96C6\u56E2","kind":"countyMedicalCommunity"}""");
    }

    [Fact]
    public void Serialize_EmptyRequiredCollection_IsWritten()
    {
        var empty = MetricSet.CreateBuilder(MetricCatalogue.Standard, "E", ReportingPeriod.Year(2021)).Build();

        Write(empty).Should().Be("""{"entity":"E","period":"2021","values":{}}""");
        Read<MetricSet>("""{"entity":"E","period":"2021","values":{}}""").Should().Be(empty);
    }

    [Fact]
    public void Serialize_OptionalParameterAtItsDefault_IsLeftOut()
    {
        Write(new Campus("A", status: CampusStatus.InOperation)).Should().Be("""{"name":"A"}""");
        Read<Campus>("""{"name":"A","status":"inOperation"}""").Should().Be(new Campus("A"));
        Write(new Designation("D", status: DesignationStatus.Granted)).Should().Be("""{"name":"D"}""");

        var percentage = Read<IndicatorDefinition>(Example("IndicatorDefinition"));
        var factorOne = Read<IndicatorDefinition>(WithValueAt(Example("IndicatorDefinition"), "factor", "1"));
        var factorOnePointZero = Read<IndicatorDefinition>(WithValueAt(Example("IndicatorDefinition"), "factor", "1.0"));
        var factorLeftOut = Read<IndicatorDefinition>(WithValueAt(Example("IndicatorDefinition"), "factor", null));
        Write(percentage).Should().Contain("\"factor\":100,");
        Write(factorOne).Should().NotContain("\"factor\"").And.Be(Write(factorLeftOut)).And.Be(Write(factorOnePointZero));
        factorOne.Should().Be(factorLeftOut);
        factorOne.Factor.Should().Be(1m);
    }

    [Fact]
    public void Serialize_PropertyMarkedJsonIgnoreNever_IsWrittenAtItsDefault()
    {
        Write(Change.Between(8.3m, 7.8m))
            .Should().Be("""{"previous":8.3,"current":7.8,"valueKind":"quantity","direction":"monitorOnly","unit":"none"}""");
        Read<Change>("""{"previous":8.3,"current":7.8}""").Should().Be(Change.Between(8.3m, 7.8m));
        Write(new Criterion("x", "L3", CriterionKind.Evidence, "d"))
            .Should().Be("""{"id":"x","level":"L3","kind":"evidence","description":"d","status":"secondary"}""");

        var scheme = Example("AssessmentScheme");
        Write(Read<AssessmentScheme>(WithValueAt(scheme, "illustrative", null))).Should().EndWith("\"gradeMode\":\"share\",\"illustrative\":true}");
        Write(Read<AssessmentScheme>(WithValueAt(scheme, "illustrative", "false"))).Should().EndWith("\"gradeMode\":\"share\",\"illustrative\":false}");
    }

    [Theory]
    [InlineData("underConstruction")]
    [InlineData("UnderConstruction")]
    [InlineData("UNDERCONSTRUCTION")]
    [InlineData("underconstruction")]
    [InlineData("\\u0055nderConstruction")]
    public void Deserialize_EnumerationNameInAnyCase_IsRead(string name)
    {
        Read<Campus>($$"""{"name":"A","status":"{{name}}"}""").Status.Should().Be(CampusStatus.UnderConstruction);
        Read<CampusStatus>($"\"{name}\"").Should().Be(CampusStatus.UnderConstruction);
    }

    [Fact]
    public void Deserialize_EnumerationAsANumber_IsRejected()
    {
        ErrorOf<Campus>("""{"name":"A","status":1}""").Should().Be("At .status: Expected status as a JSON string but found a number.");
        ErrorOf<Campus>("""{"name":"A","status":"1"}""").Should().Be($"At .status: status '1' is not one of: {CampusStatusNames}.");
        ErrorOf<CampusStatus>("1").Should().Be("Expected CampusStatus as a JSON string but found a number.");
    }

    [Fact]
    public void Deserialize_UnknownEnumerationName_IsRejectedListingTheAllowedNames()
    {
        ErrorOf<Campus>("""{"name":"A","status":"demolished"}""").Should().Be($"At .status: status 'demolished' is not one of: {CampusStatusNames}.");
        ErrorOf<CampusStatus>("\"inUse\"").Should().Be($"CampusStatus 'inUse' is not one of: {CampusStatusNames}.");
    }

    [Fact]
    public void Deserialize_ExtensionData_GathersThePropertiesNoMemberNames_InDocumentOrder()
    {
        // A hospital profile's figures are the extension data of its document: every property but departments and answers.
        var document = Read<HospitalProfileDocument>("""{"departments":[],"registeredNurses":177,"\u006fpenBeds":450,"answers":[{"itemId":"x","answer":true}],"figures":1}""");

        document.Figures.Should().Equal(KeyValuePair.Create("registeredNurses", 177m), KeyValuePair.Create("openBeds", 450m), KeyValuePair.Create("figures", 1m));
        document.Departments.Should().BeEmpty();
        document.Answers.Should().ContainSingle();
        ((HospitalProfileDocument)ReadFromOneByteSegments("""{"\u006fpenBeds":450,"beds":1}""", typeof(HospitalProfileDocument))!).Figures
            .Should().Equal(KeyValuePair.Create("openBeds", 450m), KeyValuePair.Create("beds", 1m));
        Read<HospitalProfileDocument>("{}").Figures.Should().BeEmpty();
    }

    [Fact]
    public void Serialize_ExtensionData_IsWrittenFlatAtItsPlaceInTheMemberOrder()
    {
        var document = new HospitalProfileDocument([KeyValuePair.Create("registeredNurses", 177m), KeyValuePair.Create("openBeds", 450m)], [], [new EvidenceAnswer("x", true)]);

        Write(document).Should().Be("""{"registeredNurses":177,"openBeds":450,"answers":[{"itemId":"x","answer":true}]}""");
        Write(new HospitalProfileDocument([])).Should().Be("{}");
        Write(new HospitalProfileDocument(default)).Should().Be("{}");
    }

    [Fact]
    public void Deserialize_ExtensionDataNameGivenTwice_IsRejectedAsADuplicateProperty()
    {
        ErrorOf<HospitalProfileDocument>("""{"openBeds":450,"registeredNurses":177,"openBeds":451}""").Should().Be("Duplicate property 'openBeds' for HospitalProfile.");
        ErrorOf<HospitalProfileDocument>("""{"openBeds":450,"\u006fpenBeds":450}""").Should().Be("Duplicate property 'openBeds' for HospitalProfile.");
        ErrorOf<HospitalProfileDocument>("""{"answers":[],"openBeds":450,"answers":[]}""").Should().Be("Duplicate property 'answers' for HospitalProfile.");
    }

    [Fact]
    public void Deserialize_ErrorInsideExtensionData_IsAtThePropertysOwnPath()
    {
        ErrorOf<HospitalProfileDocument>("""{"openBeds":"450"}""").Should().Be("At .openBeds: Expected openBeds as a JSON number but found a string.");
        ErrorOf<HospitalProfileDocument>("""{"openBeds":450,"wardNurses":null}""").Should().Be("At .wardNurses: Expected wardNurses as a JSON number but found null.");
        ErrorOf<HospitalProfileDocument>("""{"departments":{}}""").Should().Be("At .departments: Expected departments as a JSON array but found an object.");
        ErrorOf<HospitalProfile>("""{"openBeds":450,"openBed":1}""").Should().Be("At .openBed: Unknown metric 'openBed' in the catalogue 'standard'.");
    }

    [Fact]
    public void RoundTrip_ReportingPeriodsAsDictionaryKeys_KeepEveryForm()
    {
        const string Json = """{"2023":1,"2023H1":2,"2023Q4":3,"2023-03":4,"2023-01-01/2023-07-31":5}""";

        var byPeriod = Read<Dictionary<ReportingPeriod, int>>(Json);

        byPeriod.Keys.Should().Equal(
            ReportingPeriod.Year(2023),
            ReportingPeriod.HalfYear(2023, 1),
            ReportingPeriod.Quarter(2023, 4),
            ReportingPeriod.Month(2023, 3),
            ReportingPeriod.Custom(new NodaTime.LocalDate(2023, 1, 1), new NodaTime.LocalDate(2023, 7, 31)));
        Write(byPeriod).Should().Be(Json);
        JsonAssert.Invalid<Dictionary<ReportingPeriod, int>>("""{"2023":1,"2023Q5":2}""", "$.2023Q5").Message
            .Should().Be("Invalid reporting period '2023Q5': expected 2023, 2023H1, 2023Q4, 2023-03 or 2023-01-01/2023-07-31.");
    }

    [Fact]
    public void RoundTrip_EnumerationsAsDictionaryKeys_WriteCamelCaseAndReadAnyCase()
    {
        var byStatus = Read<Dictionary<CampusStatus, int>>("""{"PLANNED":1,"inOperation":2,"\u0075nderConstruction":3}""");

        byStatus.Should().Equal(new Dictionary<CampusStatus, int> { [CampusStatus.Planned] = 1, [CampusStatus.InOperation] = 2, [CampusStatus.UnderConstruction] = 3 });
        Write(byStatus).Should().Be("""{"planned":1,"inOperation":2,"underConstruction":3}""");
        JsonAssert.Invalid<Dictionary<CampusStatus, int>>("""{"planned":1,"1":2}""", "$.1").Message
            .Should().Be($"CampusStatus '1' is not one of: {CampusStatusNames}.");
        JsonAssert.Invalid<Dictionary<CampusStatus, int>>("""{"demolished":2}""", "$.demolished").Message
            .Should().Be($"CampusStatus 'demolished' is not one of: {CampusStatusNames}.");
    }

    [Theory]
    [InlineData("IndicatorEvaluation", "results/2/value", "\"x\"", "At .results[2].value: Expected value as a JSON number but found a string.")]
    [InlineData("IndicatorEvaluation", "results/2/status", "\"missingData\"", "At .results[2]: Invalid IndicatorResult: value must be given exactly when the status is Computed (status MissingData). (Parameter 'value')")]
    [InlineData("IndicatorEvaluation", "results/2/code", "\"noSuchIndicator\"", "At .results[2]: 'noSuchIndicator' is not an indicator of the edition 'operations'.")]
    [InlineData("IndicatorEvaluation", "results/13/missingMetrics/1", "7", "At .results[13].missingMetrics[1]: Expected missingMetrics as a JSON string but found a number.")]
    [InlineData("IndicatorEvaluation", "edition", "\"noSuchEdition\"", "At .edition: 'noSuchEdition' is not a shipped indicator edition.")]
    [InlineData("CohortMember", "evaluation/results/2/unit", "5", "At .evaluation.results[2].unit: Expected unit as a JSON string but found a number.")]
    [InlineData("CohortMember", "evaluation/results/2/code", "\"noSuchIndicator\"", "At .evaluation.results[2]: 'noSuchIndicator' is not an indicator of the edition 'operations'.")]
    [InlineData("CohortFigures", "previous/values/level4Surgeries", "-3", "At .previous.values.level4Surgeries: Invalid MetricSet: level4Surgeries must be non-negative, was -3. (Parameter 'value')")]
    [InlineData("CohortFigures", "current/values/beds", "500", "At .current.values.beds: Unknown metric 'beds' in the catalogue 'standard'.")]
    [InlineData("Hospital", "designations/1/year", "\"2021\"", "At .designations[1].year: Expected year as a JSON number but found a string.")]
    [InlineData("Hospital", "creditCode", "\"91350200776049653B\"", "At .creditCode: Invalid unified social credit code '91350200776049653B': check character is 'B', expected 'A'.")]
    [InlineData("CohortAssessment", "assessments/1/points/0/percentileRank", "true", "At .assessments[1].points[0].percentileRank: Expected percentileRank as a JSON number but found a boolean.")]
    [InlineData("AccreditationResult", "results/0/criterion/minimum", "\"500\"", "At .results[0].criterion.minimum: Expected minimum as a JSON number but found a string.")]
    [InlineData("AccreditationResult", "results/0/outcome", "\"passed\"", "At .results[0].outcome: outcome 'passed' is not one of: met, notMet, notAssessable, needsEvidence.")]
    public void Deserialize_ErrorDeepInADocument_NamesThePathThroughArraysAndDocuments(string typeName, string pointer, string value, string expectedMessage)
    {
        var type = JsonExamples.TypeNamed(typeName)!;
        var json = WithValueAt(JsonExamples.Of(typeName)[0], pointer, value);

        var act = () => JsonSerializer.Deserialize(json, type, Options);

        var error = act.Should().ThrowExactly<JsonException>().Which;
        error.Message.Should().Be(expectedMessage);
        error.Path.Should().Be("$");
    }

    [Fact]
    public void Deserialize_ResultWhoseSerialNumberContradictsTheEdition_IsRejected()
    {
        ErrorOf<IndicatorResult>(WithValueAt(Example("IndicatorResult"), "serial", "\"7\""))
            .Should().Be("At .code: 'level4SurgeryShare' with serial number 7 is an entry of no shipped edition; read the results of other editions within their IndicatorEvaluation.");
        ErrorOf<IndicatorEvaluation>(WithValueAt(Example("IndicatorEvaluation"), "results/0/serial", "\"2\"")).Should().StartWith("At .results[0]");
    }

    [Fact]
    public void Deserialize_ErrorInAnIndentedDocument_NamesTheLineOfTheBadValue()
    {
        var json = JsonNode.Parse(WithValueAt(Example("Hospital"), "designations/1/status", "\"demolished\""))!
            .ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var line = json.Split('\n').ToList().FindIndex(l => l.Contains("\"demolished\"", StringComparison.Ordinal));

        var error = JsonAssert.Invalid<Hospital>(json, "$");

        error.LineNumber.Should().Be(line);
        error.Message.Should().Be("At .designations[1].status: status 'demolished' is not one of: granted, underConstruction, applied, shortlisted, accepted.");
    }

    [Theory]
    [MemberData(nameof(DocumentedTypes))]
    public async Task DeserializeAsync_ExampleInSmallPieces_GivesTheSameValueAsReadWhole(string typeName)
    {
        var type = JsonExamples.TypeNamed(typeName)!;
        foreach (var json in JsonExamples.Of(typeName))
        {
            var whole = JsonSerializer.Deserialize(json, type, Options)!;
            var expectedText = JsonSerializer.Serialize(whole, type, Options);

            // A stream through a 16-byte buffer: the serializer re-buffers until the value is whole.
            var tinyBuffer = new JsonSerializerOptions(Options) { DefaultBufferSize = 16 };
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
            var fromStream = await JsonSerializer.DeserializeAsync(stream, type, tinyBuffer);

            // A pipe of 16-byte reads: the converters see a multi-segment reader.
            var pipe = PipeReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(json)), new StreamPipeReaderOptions(bufferSize: 16, minimumReadSize: 1));
            var fromPipe = await JsonSerializer.DeserializeAsync(pipe, type, Options);

            // One byte a segment: every name and string longer than a byte spans segments.
            var fromSegments = ReadFromOneByteSegments(json, type);

            foreach (var value in new[] { fromStream, fromPipe, fromSegments })
            {
                JsonSerializer.Serialize(value, type, Options).Should().Be(expectedText, $"{typeName} read in pieces writes what {typeName} read whole writes");
                if (typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type))
                {
                    value.Should().Be(whole, $"{typeName} read in pieces equals {typeName} read whole");
                }
            }
        }
    }

    [Fact]
    public async Task DeserializeAsync_ErrorInSmallPieces_IsTheSameAsReadWhole()
    {
        var json = WithValueAt(Example("Hospital"), "designations/1/year", "\"2021\"");
        var whole = JsonAssert.Invalid<Hospital>(json, "$");

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var fromStream = await FluentActions.Awaiting(async () => await JsonSerializer.DeserializeAsync<Hospital>(stream, new JsonSerializerOptions(Options) { DefaultBufferSize = 16 }))
            .Should().ThrowExactlyAsync<JsonException>();
        var fromSegments = FluentActions.Invoking(() => ReadFromOneByteSegments(json, typeof(Hospital))).Should().ThrowExactly<JsonException>();

        fromStream.Which.Message.Should().Be(whole.Message);
        fromSegments.Which.Message.Should().Be(whole.Message);
    }

    [Fact]
    public void Deserialize_EscapedNamesAndValuesSpanningSegments_AreRead()
    {
        const string Json = """{"\u006eame":"\u65B0\u57CE\u5206\u9662","st\u0061tus":"\u0070lanned"}""";

        ReadFromOneByteSegments(Json, typeof(Campus)).Should().Be(new Campus("新城分院", status: CampusStatus.Planned));
        FluentActions.Invoking(() => ReadFromOneByteSegments("""{"name":"A","fl\u006for":3}""", typeof(Campus)))
            .Should().ThrowExactly<JsonException>().WithMessage("At .floor: Unknown property 'floor' for Campus.");
    }

    [Fact]
    public void Deserialize_VeryLongUnknownPropertyName_IsRejectedNamingIt()
    {
        var name = new string('n', 100_000);
        var json = $$"""{"name":"A","{{name}}":1}""";

        ErrorOf<Campus>(json).Should().Be($"At .{name}: Unknown property '{name}' for Campus.");
        FluentActions.Invoking(() => ReadFromOneByteSegments(json.Replace("\"nn", "\"\\u006en", StringComparison.Ordinal), typeof(Campus)))
            .Should().ThrowExactly<JsonException>().WithMessage($"At .{name}: Unknown property '{name}' for Campus.");
    }

    [Fact]
    public async Task RoundTrip_VeryLongStrings_KeepTheirText()
    {
        var campus = new Campus(new string('院', 1_000_000), address: string.Concat(Enumerable.Repeat("东路1号\"\\\n", 50_000)));

        var json = Write(campus);

        Read<Campus>(json).Should().Be(campus);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        (await JsonSerializer.DeserializeAsync<Campus>(stream, new JsonSerializerOptions(Options) { DefaultBufferSize = 16 })).Should().Be(campus);
        Read<Campus>($"{{\"name\":\"{string.Concat(Enumerable.Repeat("\\u9662", 100_000))}\"}}").Name.Should().Be(new string('院', 100_000));
    }

    [Fact]
    public void Serialize_IntoADeepWriter_WritesTheSameTextAtThatDepth()
    {
        var hospital = Read<Hospital>(Example("Hospital"));
        var alone = JsonSerializer.Serialize(hospital, HospitalDomainJsonContext.Default.Hospital);
        var buffer = new ArrayBufferWriter<byte>();

        using (var writer = new Utf8JsonWriter(buffer))
        {
            for (var i = 0; i < 30; i++)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("d");
                writer.WriteStartArray();
            }

            JsonSerializer.Serialize(writer, hospital, Options);
            writer.CurrentDepth.Should().Be(60, "the converter closes all it opens");
            JsonSerializer.Serialize(writer, hospital, HospitalDomainJsonContext.Default.Hospital);
            for (var i = 0; i < 30; i++)
            {
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
        }

        var prefix = string.Concat(Enumerable.Repeat("{\"d\":[", 30));
        var suffix = string.Concat(Enumerable.Repeat("]}", 30));
        Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be(prefix + alone + "," + alone + suffix);
    }

    [Fact]
    public void Serialize_IntoADeepIndentedWriter_IndentsTheLibrarysPartAtThatDepth()
    {
        var campus = new Campus("新城分院", status: CampusStatus.Planned);
        var buffer = new ArrayBufferWriter<byte>();

        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("ward");
            writer.WritePropertyName("campus");
            JsonSerializer.Serialize(writer, campus, Options);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        Encoding.UTF8.GetString(buffer.WrittenSpan).ReplaceLineEndings("\n").Should().Be("""
            {
              "ward": {
                "campus": {
                  "name": "\u65B0\u57CE\u5206\u9662",
                  "status": "planned"
                }
              }
            }
            """);
    }

    [Fact]
    public void Serialize_PastTheWritersMaxDepth_FailsWithAJsonException()
    {
        var hospital = Read<Hospital>(Example("Hospital"));
        using var writer = new Utf8JsonWriter(new ArrayBufferWriter<byte>(), new JsonWriterOptions { MaxDepth = 8 });
        for (var i = 0; i < 6; i++)
        {
            writer.WriteStartArray();
        }

        var act = () => JsonSerializer.Serialize(writer, hospital, Options);

        act.Should().ThrowExactly<JsonException>();
    }

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The message of the error reading <paramref name="json"/>; the path System.Text.Json gives stops at the library's converter ("$").</summary>
    private static string ErrorOf<T>(string json) => JsonAssert.Invalid<T>(json, "$").Message;

    private static string Example(string typeName) => JsonExamples.Of(typeName)[0];

    /// <summary>
    /// <paramref name="json"/> with the value at <paramref name="pointer"/> ("results/2/value": property
    /// names and array indices) set to the JSON <paramref name="value"/>, or the property removed when null.
    /// </summary>
    private static string WithValueAt(string json, string pointer, string? value)
    {
        var root = JsonNode.Parse(json)!;
        var steps = pointer.Split('/');
        var parent = steps[..^1].Aggregate(root, (node, step) => int.TryParse(step, out var index) ? node[index]! : node[step]!);
        var last = steps[^1];
        if (int.TryParse(last, out var at))
        {
            parent[at] = JsonNode.Parse(value!);
        }
        else if (value is null)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = JsonNode.Parse(value);
        }

        return root.ToJsonString();
    }

    private static object? ReadFromOneByteSegments(string json, Type type)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var first = new Segment(bytes.AsMemory(0, 1), 0);
        var last = first;
        for (var i = 1; i < bytes.Length; i++)
        {
            last = last.Append(bytes.AsMemory(i, 1));
        }

        var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(first, 0, last, 1));
        return JsonSerializer.Deserialize(ref reader, type, Options);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
