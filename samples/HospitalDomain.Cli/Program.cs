using System.Text;
using HospitalDomain.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApplication.Run(args, Console.Out, Console.Error, Console.In);
