using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Web.Desk.Services;

/// <summary>What became of a save.</summary>
internal abstract record SaveOutcome
{
    public sealed record Saved(RecordKey Key) : SaveOutcome;

    /// <summary>The dataset's rules refused it; each message is keyed by the record's JSON path.</summary>
    public sealed record Rejected(IReadOnlyDictionary<string, string[]> Errors) : SaveOutcome;

    /// <summary>Someone else saved a newer revision first; nothing was saved.</summary>
    public sealed record Stale : SaveOutcome;

    /// <summary>Refused as a whole (a slug in use, a record referred to elsewhere, the account disabled).</summary>
    public sealed record Refused(string Message) : SaveOutcome;
}

/// <summary>
/// Loads and saves records for the desk through the domain's <see cref="RecordEditor"/>: the write API's own rules,
/// revision history and revision check (the API's If-Match), with the editor's account checked at every save.
/// Each operation has its own DI scope, so its DbContext lives for one operation, not for the circuit.
/// </summary>
internal sealed class DeskSaver(IServiceScopeFactory scopes, DeskUser user)
{
    /// <summary>The record in its bundle shape with its current revision, or null when there is none.</summary>
    public async Task<(IBundleRecord Record, int Revision)?> LoadAsync(ResourceKind kind, string slug, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        var key = kind switch
        {
            ResourceKind.Claim => await db.Claims.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Revision }).FirstOrDefaultAsync(ct),
            ResourceKind.Event => await db.Events.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Revision }).FirstOrDefaultAsync(ct),
            ResourceKind.Actor => await db.Actors.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Revision }).FirstOrDefaultAsync(ct),
            ResourceKind.Article => await db.Articles.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Revision }).FirstOrDefaultAsync(ct),
            ResourceKind.Outlet => await db.Outlets.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Revision }).FirstOrDefaultAsync(ct),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an editable kind of record."),
        };
        return key is not null && await scope.ServiceProvider.GetRequiredService<BundleExporter>().ExportRecordAsync(kind, key.Id, ct) is { } record
            ? (record, key.Revision)
            : null;
    }

    /// <summary>Creates the record when <paramref name="slug"/> is null, else replaces it provided it is still at <paramref name="revision"/>.</summary>
    public async Task<SaveOutcome> SaveAsync(string? slug, int revision, IBundleRecord record, CancellationToken ct)
    {
        try
        {
            var actor = await user.ActorAsync(ct);
            await using var scope = scopes.CreateAsyncScope();
            var editor = scope.ServiceProvider.GetRequiredService<RecordEditor>();
            var key = record switch
            {
                BundleClaim claim => await SaveAsync(editor, slug, revision, claim, actor, ct),
                BundleEvent @event => await SaveAsync(editor, slug, revision, @event, actor, ct),
                BundleActor person => await SaveAsync(editor, slug, revision, person, actor, ct),
                BundleArticle article => await SaveAsync(editor, slug, revision, article, actor, ct),
                BundleOutlet outlet => await SaveAsync(editor, slug, revision, outlet, actor, ct),
                _ => throw new ArgumentException($"{record.GetType().Name} is not a record the desk edits.", nameof(record)),
            };
            return new SaveOutcome.Saved(key);
        }
        catch (StaleRevisionException)
        {
            return new SaveOutcome.Stale();
        }
        catch (RecordRejectedException ex)
        {
            return new SaveOutcome.Rejected(ex.Errors);
        }
        catch (DomainException ex)
        {
            return new SaveOutcome.Refused(ex.Message);
        }
    }

    private static Task<RecordKey> SaveAsync<TRecord>(RecordEditor editor, string? slug, int revision, TRecord record, string actor, CancellationToken ct)
        where TRecord : class, IBundleRecord<TRecord> =>
        slug is null ? editor.CreateAsync(record, actor, ct) : editor.UpdateAsync<TRecord>(slug, revision, _ => record, actor, ct);
}
