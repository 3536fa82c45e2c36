namespace HospitalDomain.Cli;

/// <summary>
/// The parsed arguments of one subcommand: positional arguments, <c>--flag</c> switches and
/// <c>--option value</c> pairs. Unknown options are an error naming the option.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private CommandLine(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses <paramref name="args"/>: <paramref name="valueOptions"/> take a value, every other <c>--name</c> is a switch.</summary>
    public static CommandLine Parse(IEnumerable<string> args, IReadOnlyCollection<string> valueOptions)
    {
        var positional = new List<string>();
        var line = new CommandLine(positional);
        using var enumerator = args.GetEnumerator();
        while (enumerator.MoveNext())
        {
            var arg = enumerator.Current;
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                string? value = null;
                var equals = name.IndexOf('=', StringComparison.Ordinal);
                if (equals >= 0)
                {
                    value = name[(equals + 1)..];
                    name = name[..equals];
                }
                else if (valueOptions.Contains(name))
                {
                    if (!enumerator.MoveNext())
                    {
                        throw new CliException($"option --{name} needs a value");
                    }

                    value = enumerator.Current;
                }

                if (!line._options.TryAdd(name, value))
                {
                    throw new CliException($"option --{name} is given more than once");
                }
            }
            else
            {
                positional.Add(arg);
            }
        }

        return line;
    }

    public bool Flag(string name)
    {
        _used.Add(name);
        if (_options.TryGetValue(name, out var value))
        {
            return value is null ? true : throw new CliException($"option --{name} takes no value");
        }

        return false;
    }

    /// <summary>The value of <c>--name</c>, or null when it is not given; an empty value is an error, as a missing one is.</summary>
    public string? Option(string name)
    {
        _used.Add(name);
        if (_options.TryGetValue(name, out var value))
        {
            return string.IsNullOrEmpty(value) ? throw new CliException($"option --{name} needs a value") : value;
        }

        return null;
    }

    /// <summary>Throws when an option was given that the command did not ask for, or there are too many positional arguments.</summary>
    public void EnsureAllUsed(int maxPositional)
    {
        var unknown = _options.Keys.FirstOrDefault(k => !_used.Contains(k));
        if (unknown is not null)
        {
            throw new CliException($"unknown option --{unknown}");
        }

        if (Positional.Count > maxPositional)
        {
            throw new CliException($"unexpected argument '{Positional[maxPositional]}'");
        }
    }
}
