using System.Globalization;
using Portal.LoadTests;

// The load and fault tool of tests/load/run.sh. Every command prints its figures and ends with exit code 0 when its
// correctness checks hold, 1 when one fails (figures are printed, never asserted). Loopback addresses only.
var command = args.FirstOrDefault() ?? "";
var options = Options.Parse(args.Skip(1));
try
{
    return command switch
    {
        "guidance" => await Commands.GuidanceAsync(options),
        "submit" => await Commands.SubmitAsync(options),
        "verify" => await Commands.VerifyAsync(options),
        "intact" => await Commands.IntactAsync(options),
        "outage" => await Commands.OutageAsync(options),
        "recover" => await Commands.RecoverAsync(options),
        "badinput" => await BadInput.RunAsync(options),
        "nogarbage" => await Commands.NoGarbageAsync(options),
        _ => Usage(),
    };
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Portal.LoadTests COMMAND [--option value ...]
          guidance  --url URL [--connections 64] [--seconds 10] [--max-requests N] [--label NAME]
          submit    --base URL --from N --count N [--acks FILE]
          verify    --provider sqlite|postgres --connection CS --from N --count N --acks FILE
          intact    --base URL --acks FILE
          outage    --base URL --invitation N
          recover   --base URL --invitation N [--timeout 60]
          badinput  --base URL --invitation N [--rounds 1]  (each round sends every kind of malformed request once)
          nogarbage --provider sqlite|postgres --connection CS --from N --count N
        """);
    return 2;
}

internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= list.Count)
            {
                throw new ArgumentException($"Unexpected argument '{list[i]}'.");
            }

            values[list[i][2..]] = list[++i];
        }

        return new Options(values);
    }

    public string Get(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    public string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public int Int(string name, int? fallback = null) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture)
        : fallback ?? throw new ArgumentException($"--{name} is required.");

    /// <summary>A base address; only loopback addresses are accepted, the tool never loads another machine.</summary>
    public Uri Loopback(string name)
    {
        var uri = new Uri(Get(name));
        if (!uri.IsLoopback)
        {
            throw new ArgumentException($"--{name} must be a loopback address (127.0.0.1 or localhost).");
        }

        return uri;
    }
}
