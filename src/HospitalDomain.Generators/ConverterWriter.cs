using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace HospitalDomain.Generators;

/// <summary>
/// Writes the JSON converter of one contract: a JSON object with a property per constructor
/// parameter, read with one pass over the properties (no strings built on success, no closures),
/// unknown and duplicate properties rejected, and validation failures turned into JSON errors.
/// </summary>
internal static class ConverterWriter
{
    public static string Write(Contract contract, string ns, string converterName, ICollection<ITypeSymbol> enums, ref bool usesDates)
    {
        var members = contract.Members;
        var typeName = contract.ContractName;
        var code = new StringBuilder();
        // An extension member has no name of its own: its entries are the object's other properties.
        code.AppendLine($"        private static readonly string[] Names = {{ {string.Join(", ", members.Select(m => Naming.Literal(m.Extension ? string.Empty : m.JsonName)))} }};");
        for (var i = 0; i < members.Count; i++)
        {
            if (!members[i].Extension)
            {
                code.AppendLine($"        private static readonly JsonEncodedText Name{i} = JsonEncodedText.Encode({Naming.Literal(members[i].JsonName)});");
            }
        }

        code.AppendLine($"        public override {contract.TypeName} Read(ref Utf8JsonReader reader, global::System.Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);")
            .AppendLine($"        public override void Write(Utf8JsonWriter writer, {contract.TypeName} value, JsonSerializerOptions options)")
            .AppendLine("        {")
            .AppendLine("            global::System.ArgumentNullException.ThrowIfNull(writer);");
        if (contract.Type.IsReferenceType)
        {
            code.AppendLine("            global::System.ArgumentNullException.ThrowIfNull(value);");
        }

        code.AppendLine("            WriteValue(writer, value);")
            .AppendLine("        }");
        WriteRead(code, contract, typeName, enums, ref usesDates);
        WriteWrite(code, contract, enums, ref usesDates);
        WriteMatch(code, members);
        return RuntimeSource.ConverterFile(ns, converterName, contract.TypeName, "as the JSON object its constructor states", code.ToString());
    }

    private static void WriteRead(StringBuilder code, Contract contract, string typeName, ICollection<ITypeSymbol> enums, ref bool usesDates)
    {
        var members = contract.Members;
        var name = Naming.Literal(typeName);
        // The loop has no exception handler of its own (one would keep its locals out of registers):
        // it records where it is, and the caller prefixes that path to an error from inside a value.
        code.AppendLine($"        internal static {contract.TypeName} ReadValue(ref Utf8JsonReader reader)")
            .AppendLine("        {")
            .AppendLine("            var at = JsonRuntime.Position.None;")
            .AppendLine("            try")
            .AppendLine("            {")
            .AppendLine("                return ReadObject(ref reader, ref at);")
            .AppendLine("            }")
            .AppendLine("            catch (JsonException e) when (at.Property >= 0)")
            .AppendLine("            {")
            .AppendLine("                throw JsonRuntime.Nest(e, at.Segment(Names));")
            .AppendLine("            }")
            .AppendLine("        }")
            .AppendLine($"        private static {contract.TypeName} ReadObject(ref Utf8JsonReader reader, ref JsonRuntime.Position at)")
            .AppendLine("        {")
            .AppendLine($"            JsonRuntime.ExpectObject(ref reader, {name});");
        for (var i = 0; i < members.Count; i++)
        {
            code.AppendLine($"            {LocalType(members[i].ReadShape)} v{i} = {LocalDefault(members[i])};");
        }

        var extension = members.FindIndex(m => m.Extension);
        if (extension >= 0)
        {
            code.AppendLine($"            ImmutableArray<global::System.Collections.Generic.KeyValuePair<string, {members[extension].ReadShape.Element!.TypeName}>>.Builder? extension = null;")
                .AppendLine("            global::System.Collections.Generic.HashSet<string>? extensionNames = null;");
        }

        code.AppendLine("            ulong seen = 0;")
            .AppendLine("            while (true)")
            .AppendLine("            {")
            .AppendLine("                JsonRuntime.Read(ref reader);")
            .AppendLine("                if (reader.TokenType == JsonTokenType.EndObject)")
            .AppendLine("                {")
            .AppendLine("                    break;")
            .AppendLine("                }")
            .AppendLine("                var index = Match(ref reader);")
            .AppendLine("                if (index < 0)")
            .AppendLine("                {");
        if (extension >= 0)
        {
            // A property no member names is an entry of the extension member, at the path of the property itself.
            code.AppendLine("                    var key = reader.GetString()!;")
                .AppendLine("                    if (!(extensionNames ??= new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal)).Add(key))")
                .AppendLine("                    {")
                .AppendLine($"                        throw JsonRuntime.Duplicate({name}, key);")
                .AppendLine("                    }")
                .AppendLine("                    JsonRuntime.Read(ref reader);")
                .AppendLine($"                    at.Property = {extension};")
                .AppendLine("                    at.Key = key;")
                .AppendLine($"                    (extension ??= ImmutableArray.CreateBuilder<global::System.Collections.Generic.KeyValuePair<string, {members[extension].ReadShape.Element!.TypeName}>>()).Add(new(key, {ReadExpression(members[extension].ReadShape.Element!, "key", enums, ref usesDates)}));")
                .AppendLine("                    at = JsonRuntime.Position.None;")
                .AppendLine("                    continue;");
        }
        else
        {
            code.AppendLine($"                    throw JsonRuntime.Unknown({name}, ref reader);");
        }

        code.AppendLine("                }")
            .AppendLine("                var bit = 1UL << index;")
            .AppendLine("                if ((seen & bit) != 0)")
            .AppendLine("                {")
            .AppendLine($"                    throw JsonRuntime.Duplicate({name}, Names[index]);")
            .AppendLine("                }")
            .AppendLine("                seen |= bit;")
            .AppendLine("                JsonRuntime.Read(ref reader);")
            .AppendLine("                at.Property = index;")
            .AppendLine("                {")
            .AppendLine("                    switch (index)")
            .AppendLine("                    {");
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Extension)
            {
                continue;
            }

            code.AppendLine($"                        case {i}:");
            var target = $"v{i}";
            var shape = members[i].ReadShape;
            var what = Naming.Literal(members[i].JsonName);
            if (shape.Nullable || (shape.Kind is ShapeKind.Array or ShapeKind.Map && !members[i].Required))
            {
                code.AppendLine("                            if (reader.TokenType == JsonTokenType.Null)")
                    .AppendLine("                            {")
                    .AppendLine(shape.Kind is ShapeKind.Array or ShapeKind.Map ? $"                                {target} = {LocalType(shape)}.Empty;" : $"                                {target} = null;")
                    .AppendLine("                                break;")
                    .AppendLine("                            }");
            }

            if (shape.Kind == ShapeKind.Array)
            {
                var element = shape.Element!;
                code.AppendLine($"                            JsonRuntime.ExpectArray(ref reader, {what});")
                    .AppendLine($"                            var items{i} = ImmutableArray.CreateBuilder<{element.TypeName}>();")
                    .AppendLine("                            while (true)")
                    .AppendLine("                            {")
                    .AppendLine("                                JsonRuntime.Read(ref reader);")
                    .AppendLine("                                if (reader.TokenType == JsonTokenType.EndArray)")
                    .AppendLine("                                {")
                    .AppendLine("                                    break;")
                    .AppendLine("                                }")
                    .AppendLine($"                                at.Element = items{i}.Count;")
                    .AppendLine($"                                items{i}.Add({ReadExpression(element, what, enums, ref usesDates)});")
                    .AppendLine("                            }")
                    .AppendLine($"                            {target} = items{i}.DrainToImmutable();");
            }
            else if (shape.Kind == ShapeKind.Map)
            {
                var element = shape.Element!;
                code.AppendLine($"                            JsonRuntime.ExpectObject(ref reader, {what}, true);")
                    .AppendLine($"                            var entries{i} = ImmutableArray.CreateBuilder<global::System.Collections.Generic.KeyValuePair<string, {element.TypeName}>>();")
                    .AppendLine($"                            var keys{i} = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);")
                    .AppendLine("                            while (true)")
                    .AppendLine("                            {")
                    .AppendLine("                                JsonRuntime.Read(ref reader);")
                    .AppendLine("                                if (reader.TokenType == JsonTokenType.EndObject)")
                    .AppendLine("                                {")
                    .AppendLine("                                    break;")
                    .AppendLine("                                }")
                    .AppendLine("                                var key = reader.GetString()!;")
                    .AppendLine("                                at.Key = key;")
                    .AppendLine($"                                if (!keys{i}.Add(key))")
                    .AppendLine("                                {")
                    .AppendLine($"                                    throw JsonRuntime.DuplicateKey({what}, key);")
                    .AppendLine("                                }")
                    .AppendLine("                                JsonRuntime.Read(ref reader);")
                    .AppendLine($"                                entries{i}.Add(new(key, {ReadExpression(element, "key", enums, ref usesDates)}));")
                    .AppendLine("                            }")
                    .AppendLine($"                            {target} = entries{i}.DrainToImmutable();");
            }
            else
            {
                code.AppendLine($"                            {target} = {ReadExpression(shape, what, enums, ref usesDates)};");
            }

            code.AppendLine("                            break;");
        }

        var required = members.Select((m, i) => m.Required ? 1UL << i : 0UL).Aggregate(0UL, (a, b) => a | b);
        var mask = required.ToString(CultureInfo.InvariantCulture) + "UL";
        code.AppendLine("                    }")
            .AppendLine("                }")
            .AppendLine("                at = JsonRuntime.Position.None;")
            .AppendLine("            }");
        if (extension >= 0)
        {
            code.AppendLine("            if (extension is not null)")
                .AppendLine("            {")
                .AppendLine($"                v{extension} = extension.DrainToImmutable();")
                .AppendLine("            }");
        }
        if (required != 0)
        {
            code.AppendLine($"            if ((seen & {mask}) != {mask})")
                .AppendLine("            {")
                .AppendLine($"                throw JsonRuntime.Missing({name}, Names, seen, {mask});")
                .AppendLine("            }");
        }

        var arguments = members.Select((m, i) => $"{m.Parameter.Name}: v{i}{Argument(m)}");
        code.AppendLine("            try")
            .AppendLine("            {")
            .AppendLine($"                return {contract.Creation}({string.Join(", ", arguments)});")
            .AppendLine("            }")
            .AppendLine("            catch (global::System.ArgumentException e)")
            .AppendLine("            {")
            .AppendLine($"                throw JsonRuntime.Invalid({name}, e);")
            .AppendLine("            }")
            .AppendLine("        }");
    }

    private static string LocalType(Shape shape) => shape.Kind switch
    {
        ShapeKind.Array => $"ImmutableArray<{shape.Element!.TypeName}>",
        ShapeKind.Map => $"ImmutableArray<global::System.Collections.Generic.KeyValuePair<string, {shape.Element!.TypeName}>>",
        _ when shape.Type.IsReferenceType || shape.Nullable => shape.TypeName + "?",
        _ => shape.TypeName,
    };

    private static string LocalDefault(Member member)
    {
        if (member.ReadShape.Kind is ShapeKind.Array or ShapeKind.Map)
        {
            return LocalType(member.ReadShape) + ".Empty";
        }

        return member.Parameter.HasExplicitDefaultValue ? DefaultLiteral(member) : "default";
    }

    private static string Argument(Member member)
    {
        if (member.ReadShape.Kind == ShapeKind.Array && member.Parameter.Type is IArrayTypeSymbol)
        {
            return ".ToArray()";
        }

        return member.ReadShape.Kind is not (ShapeKind.Array or ShapeKind.Map) && member.ReadShape.Type.IsReferenceType && !member.ReadShape.Nullable ? "!" : string.Empty;
    }

    /// <summary>The C# literal of a parameter's default value.</summary>
    public static string DefaultLiteral(Member member)
    {
        var value = member.Parameter.ExplicitDefaultValue;
        var type = member.ReadShape.Type;
        return value switch
        {
            null => "null",
            _ when type.TypeKind == TypeKind.Enum => $"({member.ReadShape.TypeName})({System.Convert.ToString(value, CultureInfo.InvariantCulture)})",
            bool b => b ? "true" : "false",
            string s => Naming.Literal(s),
            decimal d => d.ToString(CultureInfo.InvariantCulture) + "m",
            long l => l.ToString(CultureInfo.InvariantCulture) + "L",
            _ => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
        };
    }

    private static string ReadExpression(Shape shape, string what, ICollection<ITypeSymbol> enums, ref bool usesDates)
    {
        switch (shape.Kind)
        {
            case ShapeKind.String: return $"JsonRuntime.ReadString(ref reader, {what})";
            case ShapeKind.Boolean: return $"JsonRuntime.ReadBoolean(ref reader, {what})";
            case ShapeKind.Int32: return $"JsonRuntime.ReadInt32(ref reader, {what})";
            case ShapeKind.Int64: return $"JsonRuntime.ReadInt64(ref reader, {what})";
            case ShapeKind.Decimal: return $"JsonRuntime.ReadDecimal(ref reader, {what})";
            case ShapeKind.Date:
                usesDates = true;
                return $"JsonRuntime.ReadDate(ref reader, {what})";
            case ShapeKind.Enum:
                enums.Add(shape.Type);
                return $"JsonEnums.Read{Naming.Flatten(shape.TypeName)}(ref reader, {what})";
            default:
                return shape.Generated
                    ? $"{shape.Converter}.ReadValue(ref reader)"
                    : $"{shape.Converter}.Instance.Read(ref reader, typeof({shape.TypeName}), JsonRuntime.Options)!";
        }
    }

    private static void WriteWrite(StringBuilder code, Contract contract, ICollection<ITypeSymbol> enums, ref bool usesDates)
    {
        code.AppendLine($"        internal static void WriteValue(Utf8JsonWriter writer, {contract.TypeName} value)")
            .AppendLine("        {")
            .AppendLine("            writer.WriteStartObject();");
        for (var i = 0; i < contract.Members.Count; i++)
        {
            var member = contract.Members[i];
            var shape = member.WriteShape;
            var access = "value." + member.Property.Name;
            string? condition = null;
            var local = access;
            if (shape.Nullable)
            {
                condition = $"{access} is {{ }} p{i}";
                local = $"p{i}";
            }
            else if (shape.Kind is ShapeKind.Array or ShapeKind.Map && ((!member.AlwaysWritten && !member.Required) || member.Extension))
            {
                condition = shape.Type.OriginalDefinition.ToDisplayString() switch
                {
                    "System.Collections.Immutable.ImmutableArray<T>" => $"!{access}.IsDefaultOrEmpty",
                    "System.Collections.Generic.IEnumerable<T>" => $"global::System.Linq.Enumerable.Any({access})",
                    _ when shape.Type is IArrayTypeSymbol => $"{access}.Length > 0",
                    _ => $"{access}.Count > 0",
                };
            }
            else if (member.Parameter.HasExplicitDefaultValue && member.Parameter.ExplicitDefaultValue is not null && !member.AlwaysWritten)
            {
                condition = $"{access} != {DefaultLiteral(member)}";
            }

            var indent = condition is null ? "            " : "                ";
            if (condition is not null)
            {
                code.AppendLine($"            if ({condition})").AppendLine("            {");
            }

            if (member.Extension)
            {
                code.AppendLine($"{indent}foreach (var entry in {local})")
                    .AppendLine($"{indent}{{")
                    .AppendLine($"{indent}    writer.WritePropertyName(entry.Key);")
                    .AppendLine($"{indent}    {WriteValueStatement(shape.Element!, "entry.Value", enums, ref usesDates)}")
                    .AppendLine($"{indent}}}");
            }
            else if (shape.Kind == ShapeKind.Map)
            {
                code.AppendLine($"{indent}writer.WriteStartObject(Name{i});")
                    .AppendLine($"{indent}foreach (var entry in {local})")
                    .AppendLine($"{indent}{{")
                    .AppendLine($"{indent}    writer.WritePropertyName(entry.Key);")
                    .AppendLine($"{indent}    {WriteValueStatement(shape.Element!, "entry.Value", enums, ref usesDates)}")
                    .AppendLine($"{indent}}}")
                    .AppendLine($"{indent}writer.WriteEndObject();");
            }
            else if (shape.Kind == ShapeKind.Array)
            {
                code.AppendLine($"{indent}writer.WriteStartArray(Name{i});")
                    .AppendLine($"{indent}foreach (var item in {local})")
                    .AppendLine($"{indent}{{")
                    .AppendLine($"{indent}    {WriteValueStatement(shape.Element!, "item", enums, ref usesDates)}")
                    .AppendLine($"{indent}}}")
                    .AppendLine($"{indent}writer.WriteEndArray();");
            }
            else
            {
                code.AppendLine($"{indent}{WritePropertyStatement(shape, i, local, enums, ref usesDates)}");
            }

            if (condition is not null)
            {
                code.AppendLine("            }");
            }
        }

        code.AppendLine("            writer.WriteEndObject();")
            .AppendLine("        }");
    }

    private static string WritePropertyStatement(Shape shape, int index, string value, ICollection<ITypeSymbol> enums, ref bool usesDates) =>
        WriteStatement(shape, $"Name{index}", value, enums, ref usesDates);

    private static string WriteValueStatement(Shape shape, string value, ICollection<ITypeSymbol> enums, ref bool usesDates) =>
        WriteStatement(shape, null, value, enums, ref usesDates);

    /// <summary>Writes a value, as the property <paramref name="name"/> or (when null) as an array element.</summary>
    private static string WriteStatement(Shape shape, string? name, string value, ICollection<ITypeSymbol> enums, ref bool usesDates)
    {
        if (shape.Kind == ShapeKind.Contract)
        {
            return (name is null ? string.Empty : $"writer.WritePropertyName({name}); ") + WriteContract(shape, value);
        }

        usesDates |= shape.Kind == ShapeKind.Date;
        if (shape.Kind == ShapeKind.Enum)
        {
            enums.Add(shape.Type);
        }

        var (method, argument) = shape.Kind switch
        {
            ShapeKind.Boolean => ("Boolean", value),
            ShapeKind.Int32 or ShapeKind.Int64 or ShapeKind.Decimal => ("Number", value),
            ShapeKind.Date => ("String", $"JsonRuntime.FormatDate({value})"),
            ShapeKind.Enum => ("String", $"JsonEnums.Name({value})"),
            _ => ("String", value),
        };
        return name is null ? $"writer.Write{method}Value({argument});" : $"writer.Write{method}({name}, {argument});";
    }

    private static string WriteContract(Shape shape, string value) => shape.Generated
        ? $"{shape.Converter}.WriteValue(writer, {value});"
        : $"{shape.Converter}.Instance.Write(writer, {value}, JsonRuntime.Options);";

    /// <summary>
    /// Finds a property's index by its UTF-8 name: by length, then bytes; escaped names go through a
    /// string. An extension member is never found (its empty name in <c>Names</c> is no escaped name).
    /// </summary>
    private static void WriteMatch(StringBuilder code, List<Member> members)
    {
        code.AppendLine("        private static int Match(ref Utf8JsonReader reader)")
            .AppendLine("        {")
            .AppendLine("            if (!reader.ValueIsEscaped && !reader.HasValueSequence)")
            .AppendLine("            {")
            .AppendLine("                var name = reader.ValueSpan;")
            .AppendLine("                switch (name.Length)")
            .AppendLine("                {");
        foreach (var group in members.Select((m, i) => (Bytes: Encoding.UTF8.GetByteCount(m.JsonName), m.JsonName, Index: i, m.Extension)).Where(x => !x.Extension).GroupBy(x => x.Bytes).OrderBy(g => g.Key))
        {
            code.AppendLine($"                    case {group.Key}:");
            foreach (var (_, jsonName, index, _) in group)
            {
                code.AppendLine($"                        if (global::System.MemoryExtensions.SequenceEqual(name, {Naming.Literal(jsonName)}u8)) return {index};");
            }

            code.AppendLine("                        break;");
        }

        code.AppendLine("                }")
            .AppendLine("                return -1;")
            .AppendLine("            }")
            .AppendLine("            return global::System.Array.IndexOf(Names, reader.GetString());")
            .AppendLine("        }");
    }
}
