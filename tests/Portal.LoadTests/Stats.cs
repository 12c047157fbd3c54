using System.Globalization;

namespace Portal.LoadTests;

internal static class Stats
{
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[(int)Math.Round(p * (sorted.Count - 1))];

    public static string F(double value, int decimals = 1) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    /// <summary>A figure line the driver script reads: "figure NAME VALUE".</summary>
    public static void Figure(string name, double value, int decimals = 1) =>
        Console.WriteLine($"figure {name} {F(value, decimals)}");
}
