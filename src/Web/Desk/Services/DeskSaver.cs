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
    public async Task<(object Record, int Revision)?> LoadAsync(ResourceKind kind, string slug, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsTreatyDbContext>();
        var key = kind switch
        {
            ResourceKind.Claim => await db.Claims.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Revision }).FirstOrDefaultAsync(ct),
            ResourceKind.Event => await db.Events.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Revision }).FirstOrDefaultAsync(ct),
            ResourceKind.Actor => await db.Actors.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Revision }).FirstOrDefaultAsync(ct),
            _ => await db.Articles.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Revision }).FirstOrDefaultAsync(ct),
        };
        return key is not null && await scope.ServiceProvider.GetRequiredService<BundleExporter>().ExportRecordAsync(kind, key.Id, ct) is { } record
            ? (record, key.Revision)
            : null;
    }

    /// <summary>Creates the record when <paramref name="slug"/> is null, else replaces it provided it is still at <paramref name="revision"/>.</summary>
    public async Task<SaveOutcome> SaveAsync(ResourceKind kind, string? slug, int revision, object record, CancellationToken ct)
    {
        try
        {
            var actor = await user.ActorAsync(ct);
            await using var scope = scopes.CreateAsyncScope();
            var editor = scope.ServiceProvider.GetRequiredService<RecordEditor>();
            var key = slug is null
                ? await editor.CreateAsync(kind, record, actor, ct)
                : await editor.UpdateAsync(kind, slug, revision, _ => record, actor, ct);
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
}
