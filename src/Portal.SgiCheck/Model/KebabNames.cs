using System.Reflection;
using System.Text.Json.Serialization;

namespace Portal.SgiCheck.Model;

/// <summary>The JSON names of the model's enums (from their <see cref="JsonStringEnumMemberNameAttribute"/>).</summary>
public static class KebabNames
{
    /// <summary>The JSON name of an enum value, for example <c>sjukpenning-ended</c>.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => Names<T>.ByValue[value];

    /// <summary>All JSON names of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => Names<T>.Ordered;

    /// <summary>Parses an exact JSON name (case-sensitive).</summary>
    public static bool TryParse<T>(string? name, out T value)
        where T : struct, Enum
    {
        if (name is not null && Names<T>.ByName.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue = [];
        public static readonly Dictionary<string, T> ByName = new(StringComparer.Ordinal);
        public static readonly List<string> Ordered = [];

#pragma warning disable CA1810 // The tables are built once from the enum's attributes; a static constructor keeps that in one place.
        static Names()
#pragma warning restore CA1810
        {
            foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var value = (T)field.GetValue(null)!;
                var name = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name;
                ByValue[value] = name;
                ByName[name] = value;
                Ordered.Add(name);
            }
        }
    }
}
