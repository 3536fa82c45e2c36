using ScottPlot;
using SkiaSharp;

namespace HospitalDomain.Cli.Charts;

/// <summary>Saves a plot or a multiplot as PNG or SVG, chosen by the file's extension.</summary>
internal static class ChartImage
{
    public static bool IsSupported(string path) => Kind(path) is not null;

    public static void Save(Plot plot, string path, int width, int height)
    {
        switch (Kind(path))
        {
            case ".png":
                plot.SavePng(path, width, height);
                break;
            case ".svg":
                plot.SaveSvg(path, width, height);
                break;
            default:
                throw new CliException($"{path}: a chart is written as .png or .svg.");
        }
    }

    public static void Save(Multiplot multiplot, string path, int width, int height)
    {
        switch (Kind(path))
        {
            case ".png":
                multiplot.SavePng(path, width, height);
                break;
            case ".svg":
                // ScottPlot saves a single plot's SVG through SkiaSharp's SVG canvas; a multiplot is rendered onto one the same way.
                using (var stream = new SKFileWStream(path))
                using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
                {
                    multiplot.Render(canvas, new PixelRect(0, width, height, 0));
                }

                break;
            default:
                throw new CliException($"{path}: a chart is written as .png or .svg.");
        }
    }

    private static string? Kind(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => ".png",
        ".svg" => ".svg",
        _ => null,
    };
}
