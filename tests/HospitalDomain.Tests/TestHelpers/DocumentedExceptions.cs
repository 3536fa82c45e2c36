using System.Reflection;
using System.Xml.Linq;

namespace HospitalDomain.Tests.TestHelpers;

/// <summary>
/// The exceptions the library documents for each member (its <c>&lt;exception cref&gt;</c> tags in
/// HospitalDomain.xml, next to the assembly), looked up by the member's documentation id.
/// </summary>
public static class DocumentedExceptions
{
    private static readonly Dictionary<string, string[]> ByMember = Load();

    /// <summary>The full names of the exception types documented for <paramref name="member"/>; empty when none.</summary>
    public static IReadOnlyList<string> Of(MemberInfo member) => ByMember.GetValueOrDefault(IdOf(member)) ?? [];

    /// <summary>Whether <paramref name="thrown"/> is of a type documented for <paramref name="member"/>, or derives from one.</summary>
    public static bool Allows(MemberInfo member, Exception thrown)
    {
        var documented = Of(member);
        for (var type = thrown.GetType(); type is not null; type = type.BaseType)
        {
            if (documented.Contains(type.FullName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The documentation id of <paramref name="member"/>: <c>M:HospitalDomain.Ratio.Of(System.Decimal,System.Decimal)</c>.</summary>
    public static string IdOf(MemberInfo member) => member switch
    {
        ConstructorInfo c => "M:" + TypeId(c.DeclaringType!) + ".#ctor" + Parameters(c.GetParameters()),
        MethodInfo m => "M:" + TypeId(m.DeclaringType!) + "." + m.Name + Parameters(m.GetParameters()),
        PropertyInfo p => "P:" + TypeId(p.DeclaringType!) + "." + p.Name + Parameters(p.GetIndexParameters()),
        _ => throw new NotSupportedException(member.GetType().Name),
    };

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeId(p.ParameterType))) + ")";

    private static string TypeId(Type type)
    {
        if (type.IsByRef)
        {
            return TypeId(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return TypeId(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return "`" + type.GenericParameterPosition;
        }

        var name = type.IsNested ? TypeId(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        name = name[..name.IndexOf('`', StringComparison.Ordinal)];
        return type.IsGenericTypeDefinition ? name : name + "{" + string.Join(",", type.GetGenericArguments().Select(TypeId)) + "}";
    }

    private static Dictionary<string, string[]> Load()
    {
        var path = Path.ChangeExtension(typeof(HospitalDomain.Serialization.HospitalDomainJsonOptions).Assembly.Location, ".xml");
        return XDocument.Load(path).Descendants("member").ToDictionary(
            m => (string)m.Attribute("name")!,
            m => m.Elements("exception").Select(e => ((string)e.Attribute("cref")!)[2..]).ToArray(),
            StringComparer.Ordinal);
    }
}
