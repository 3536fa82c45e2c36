namespace HospitalDomain.Cli;

/// <summary>Bad input to the command: reported as one line on standard error with exit code 1.</summary>
internal sealed class CliException(string message) : Exception(message);
