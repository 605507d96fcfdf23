namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Holds a response in memory up to <see cref="Limit"/> bytes so it can be hashed for an ETag; past that it writes
/// what it holds to the real body and passes everything after straight through. A CSV of a million claims or a full
/// export then streams in constant memory, without an ETag, instead of growing a buffer as large as itself.
/// </summary>
internal sealed class SpillingBuffer(Stream body) : Stream
{
    public const int Limit = 8 * 1024 * 1024;

    public MemoryStream Held { get; } = new();

    public bool Spilled { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!Spilled && Held.Length + buffer.Length > Limit)
        {
            Spilled = true;
            Held.Position = 0;
            await Held.CopyToAsync(body, cancellationToken);
            Held.SetLength(0);
        }

        if (Spilled)
        {
            await body.WriteAsync(buffer, cancellationToken);
        }
        else
        {
            Held.Write(buffer.Span);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => Spilled ? body.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
        if (Spilled)
        {
            body.Flush();
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Held.Dispose();
        }

        base.Dispose(disposing);
    }
}
