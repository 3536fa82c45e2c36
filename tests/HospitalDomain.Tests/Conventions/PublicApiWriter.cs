using System.Reflection;
using System.Text;

namespace HospitalDomain.Tests.Conventions;

/// <summary>
/// Writes the public surface of an assembly as stable, sorted text: one line per type and per
/// visible member. The text is committed and compared by <see cref="PublicApiTests"/>, so every
/// change to the public API is a visible diff.
/// </summary>
internal static class PublicApiWriter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Write(Assembly assembly)
    {
        var builder = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            builder.Append(TypeHeader(type)).Append('\n');
            foreach (var line in Members(type).Order(StringComparer.Ordinal))
            {
                builder.Append("  ").Append(line).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static string TypeHeader(Type type)
    {
        var kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? (IsReadOnly(type) ? "readonly struct" : "struct")
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsSealed ? "sealed class"
            : type.IsAbstract ? "abstract class"
            : "class";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return $"{kind} {Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            switch (member)
            {
                case ConstructorInfo c when Visible(c):
                    yield return $"ctor({Parameters(c.GetParameters())})";
                    break;
                case MethodInfo m when Visible(m) && !m.IsSpecialName || (member is MethodInfo op && Visible(op) && op.Name.StartsWith("op_", StringComparison.Ordinal)):
                    var method = (MethodInfo)member;
                    var generic = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
                    yield return $"{Modifiers(method)}{Name(method.ReturnType)} {method.Name}{generic}({Parameters(method.GetParameters())})";
                    break;
                case PropertyInfo p:
                    var getter = p.GetMethod is { } g && Visible(g) ? "get; " : string.Empty;
                    var setter = p.SetMethod is { } s && Visible(s)
                        ? (s.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? "init; " : "set; ")
                        : string.Empty;
                    if (getter.Length + setter.Length > 0)
                    {
                        var accessor = p.GetMethod ?? p.SetMethod!;
                        var index = p.GetIndexParameters();
                        var name = index.Length > 0 ? $"this[{Parameters(index)}]" : p.Name;
                        yield return $"{(accessor.IsStatic ? "static " : string.Empty)}{Name(p.PropertyType)} {name} {{ {getter}{setter}}}";
                    }

                    break;
                case FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly:
                    yield return $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}";
                    break;
                case EventInfo e when e.AddMethod is { } add && Visible(add):
                    yield return $"event {Name(e.EventHandlerType!)} {e.Name}";
                    break;
            }
        }
    }

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Modifiers(MethodInfo method) =>
        (method.IsStatic ? "static " : string.Empty)
        + (method.IsAbstract && !method.DeclaringType!.IsInterface ? "abstract " : string.Empty)
        + (method.IsVirtual && !method.IsAbstract && !method.IsFinal && method.GetBaseDefinition() == method ? "virtual " : string.Empty)
        + (method.IsVirtual && method.GetBaseDefinition() != method ? "override " : string.Empty);

    private static string Parameters(ParameterInfo[] parameters) =>
        string.Join(", ", parameters.Select(p =>
            (p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : string.Empty)
            + (p.GetCustomAttributes(typeof(ParamArrayAttribute), false).Length > 0 ? "params " : string.Empty)
            + Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)
            + " " + p.Name
            + (p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "null" : p.DefaultValue is string str ? $"\"{str}\"" : Convert.ToString(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture)) : string.Empty)));

    private static bool IsReadOnly(Type type) =>
        type.GetCustomAttributes(false).Any(a => a.GetType().FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute");

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : (type.Namespace is null ? type.Name : type.Namespace + "." + type.Name);
        if (type.IsGenericType)
        {
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            if (tick >= 0)
            {
                name = name[..tick];
            }

            var args = type.GetGenericArguments();
            if (type.IsNested && type.DeclaringType!.IsGenericType)
            {
                args = args.Skip(type.DeclaringType.GetGenericArguments().Length).ToArray();
            }

            if (args.Length > 0)
            {
                name += "<" + string.Join(", ", args.Select(Name)) + ">";
            }
        }

        return name;
    }
}
