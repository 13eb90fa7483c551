using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.History;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>What became of one claim edit.</summary>
public abstract record ClaimWrite
{
    private ClaimWrite()
    {
    }

    public sealed record Saved(int ClaimId) : ClaimWrite;

    /// <summary>Nothing was saved; Message says why in words the editor acts on.</summary>
    public sealed record Refused(string Message) : ClaimWrite;
}

/// <summary>
/// Adds, edits and deletes single claims of a stored article (the claim editor, the article page):
/// the draft is normalised and checked as ingestion checks it, a new source or region goes in with
/// the claim, all in one SaveChanges, so one transaction and one history row; a stale version
/// changes nothing and says so.
/// </summary>
public sealed class ClaimWriter(TrackerDbContext db, ClaimRows rows, IngestionWriteGate gate)
{
    public const string ChangedMeanwhile = "Someone else changed this claim after you opened it, so your changes were not saved. "
        + "Open the claim again to see the current values, then make your correction.";

    public const string DeletedMeanwhile = "This claim was deleted by someone else after you opened it.";

    /// <summary>Adds a claim (<paramref name="claimId"/> null) or saves an edit made on <paramref name="version"/>.</summary>
    public async Task<ClaimWrite> SaveAsync(int articleId, int? claimId, int version, ClaimDraft draft, CancellationToken ct)
    {
        draft = SubmissionRules.Normalise(draft, await rows.RegistryAsync(ct));
        if (SubmissionRules.CheckClaims([draft], []) is { } problem)
        {
            return new ClaimWrite.Refused(problem);
        }

        // The lookups of sources and regions, the claim and its save form one transaction behind the
        // write gate, so two editors adding the same new source cannot both insert it.
        using (await gate.EnterAsync(ct))
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                Claim? claim = null;
                if (claimId is { } id)
                {
                    claim = await db.Claims.Include(c => c.Regions).SingleOrDefaultAsync(c => c.Id == id && c.ArticleId == articleId, ct);
                    if (claim is null)
                    {
                        return new ClaimWrite.Refused(DeletedMeanwhile);
                    }

                    // The version the editor saw is what the row must still have (the history interceptor bumps it).
                    db.Entry(claim).Property(c => c.Version).OriginalValue = version;
                }

                await rows.LoadAsync([draft], [], ct);
                if (claim is null)
                {
                    claim = rows.NewClaim(draft);
                    claim.ArticleId = articleId;
                    db.Claims.Add(claim);
                }
                else
                {
                    rows.Apply(claim, draft);
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                rows.Saved();
                return new ClaimWrite.Saved(claim.Id);
            }
            catch (DbUpdateConcurrencyException)
            {
                rows.Forget();
                return new ClaimWrite.Refused(ChangedMeanwhile);
            }
            catch
            {
                rows.Forget();
                throw;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Brings a deleted claim back from its history row (the values it had when it was deleted; a
    /// source merged away since is filed under the source it went into), as a new claim through
    /// <see cref="SaveAsync"/>; refused when the article has that claim again already.
    /// </summary>
    public async Task<ClaimWrite> RestoreAsync(int articleId, int historyId, CancellationToken ct)
    {
        var entry = await db.History.AsNoTracking()
            .SingleOrDefaultAsync(h => h.Id == historyId && h.ArticleId == articleId && h.Entity == "claim" && h.Action == "delete", ct);
        if (HistoryQuery.Parse(entry?.Before) is not { } values || !int.TryParse(values.GetValueOrDefault("SourceId"), out var sourceId))
        {
            return new ClaimWrite.Refused("There is no deleted claim to restore there.");
        }

        var names = await HistoryQuery.SourceNamesAsync(db, [values], ct);
        string? Text(string field) => values.GetValueOrDefault(field);
        int? Number(string field) => int.TryParse(Text(field), out var n) ? n : null;
        var draft = new ClaimDraft
        {
            Figure = Number("Figure"),
            Low = Number("Low"),
            High = Number("High"),
            Qualifier = Tokens.TryParseQualifier(Text("Qualifier"), out var q) ? q : Qualifier.Exact,
            Kind = Tokens.TryParseKind(Text("Kind"), out var k) ? k : ClaimKind.Target,
            Source = names.GetValueOrDefault(sourceId) ?? "",
            ClaimDate = DateOnly.TryParse(Text("ClaimDate"), CultureInfo.InvariantCulture, out var date) ? date : default,
            ClaimDatePrecision = Tokens.TryParsePrecision(Text("ClaimDatePrecision"), out var p) ? p : DatePrecision.Day,
            Regions = Text("Regions") is { } regions ? JsonSerializer.Deserialize<string[]>(regions) ?? [] : [],
            Denied = Text("Denied") == "true",
            DeniedBy = Text("DeniedBy"),
            Evidence = Text("Evidence") ?? "",
            Attribution = Text("Attribution"),
            EvidenceStart = Number("EvidenceStart") ?? -1,
            EvidenceLength = Number("EvidenceLength") ?? 0,
        };
        var again = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == articleId && c.Evidence == draft.Evidence && c.Figure == draft.Figure && c.Low == draft.Low && c.High == draft.High)
            .Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        return again is { } id
            ? new ClaimWrite.Refused($"That claim is on the article again already (claim {id}).")
            : await SaveAsync(articleId, null, 0, draft, ct);
    }

    /// <summary>Deletes the claim if it still has <paramref name="version"/>; false when it is gone or was changed.</summary>
    public async Task<ClaimWrite> DeleteAsync(int articleId, int claimId, int version, CancellationToken ct)
    {
        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == claimId && c.ArticleId == articleId, ct);
        if (claim is null)
        {
            return new ClaimWrite.Refused("That claim no longer exists.");
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = version;
        db.Claims.Remove(claim);
        try
        {
            await db.SaveChangesAsync(ct);
            return new ClaimWrite.Saved(claimId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ClaimWrite.Refused($"Claim {claimId} was changed by someone else after you opened this page, so it was not deleted. Check it and try again.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
