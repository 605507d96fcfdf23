using System.Diagnostics;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// A small tmpfs of its own, so a test can fill a real disk under a database and see ENOSPC as production would.
/// Mounting needs root (as CI runs); elsewhere the tests that use it are skipped, saying why.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private readonly string _filler;

    private SmallDisk(string path) => (Path, _filler) = (path, System.IO.Path.Combine(path, "filler"));

    public string Path { get; }

    public static SmallDisk Mount(int megabytes, string? owner = null)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newstreaty-disk-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        if (Environment.UserName != "root" || Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0777", "tmpfs", path) != 0)
        {
            Directory.Delete(path);
            throw new SkipException("Disk-full tests skipped: mounting a small tmpfs needs root (CI runs as root).");
        }

        if (owner is not null)
        {
            Run("chown", owner, path);
        }

        return new SmallDisk(path);
    }

    /// <summary>Fills the disk with a file, then gives back <paramref name="leaveBytes"/>: the next writes find it full.</summary>
    public void Fill(int leaveBytes)
    {
        using var file = new FileStream(_filler, FileMode.Create, FileAccess.Write, FileShare.None);
        var block = new byte[1 << 20];
        try
        {
            while (true)
            {
                file.Write(block);
                file.Flush(flushToDisk: true);
            }
        }
        catch (IOException)
        {
            // ENOSPC: the disk is full.
        }

        file.SetLength(Math.Max(0, file.Length - leaveBytes));
    }

    /// <summary>Frees what <see cref="Fill"/> took, as an operator clearing space would.</summary>
    public void Free() => File.Delete(_filler);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort; it lives under /tmp.
        }
    }

    private static int Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        arguments.ToList().ForEach(info.ArgumentList.Add);
        using var process = Process.Start(info)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
