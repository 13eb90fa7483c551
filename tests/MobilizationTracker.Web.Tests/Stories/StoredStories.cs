using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Stories;

namespace MobilizationTracker.Web.Tests.Stories;

/// <summary>The stories as stored, and as <see cref="StoryFinder"/> finds them from scratch on every claim in the database.</summary>
internal static class StoredStories
{
    /// <summary>Each stored story as its claim ids in reporting order, checked against its Stories row and its members' stored order and denials.</summary>
    public static async Task<List<int[]>> StoredAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var stories = await db.Set<Story>().AsNoTracking().ToDictionaryAsync(s => s.Id);
        var members = await db.Set<StoryMember>().AsNoTracking().Where(m => m.StoryId != null).ToListAsync();
        var rows = (await TimelineQuery.Rows(db.Claims.AsNoTracking()).ToListAsync()).ToDictionary(r => r.ClaimId);
        var result = new List<int[]>();
        foreach (var group in members.GroupBy(m => m.StoryId!.Value))
        {
            var view = StoryView.Of(group.Select(m => rows[m.ClaimId]));
            var story = stories[group.Key];
            story.FirstClaimId.Should().Be(view.First.ClaimId);
            story.ClaimCount.Should().Be(view.Claims.Count);
            (story.Low, story.High, story.OutletCount, story.SourceCount).Should().Be((view.Low, view.High, view.OutletCount, view.SourceCount));
            group.OrderBy(m => m.Position).Select(m => (m.ClaimId, m.Denied == true)).Should().Equal(
                view.Claims.Select(c => (c.ClaimId, c.Denied)), "each member stores its place in reporting order and its denial");
            group.Select(m => m.Position).Should().OnlyHaveUniqueItems().And.NotContainNulls();
            result.Add(view.Claims.Select(c => c.ClaimId).ToArray());
        }

        stories.Keys.Should().BeEquivalentTo(members.Select(m => m.StoryId!.Value).Distinct(), "every stored story has members");
        return result;
    }

    /// <summary>What the finder makes of every claim in the database, found from scratch, newest first.</summary>
    public static async Task<IReadOnlyList<StoryView>> FoundAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        return StoryFinder.Find(await TimelineQuery.Rows(db.Claims.AsNoTracking()).ToListAsync());
    }

    /// <summary>The stored stories are exactly what the finder finds from scratch.</summary>
    public static async Task ShouldMatchTheFinderAsync(IServiceProvider services) =>
        (await StoredAsync(services)).Select(Text).Should().BeEquivalentTo((await FoundAsync(services)).Select(s => Text(s.Claims.Select(c => c.ClaimId).ToArray())));

    /// <summary>A story's claim ids in order, as one string ("3 5 9"), so stories compare as values.</summary>
    public static string Text(int[] story) => string.Join(" ", story);

    /// <summary>The story (claim ids in order) that holds this claim, or null.</summary>
    public static async Task<int[]?> OfAsync(IServiceProvider services, int claimId) =>
        (await StoredAsync(services)).SingleOrDefault(s => s.Contains(claimId));

    public static async Task EditAsync(IServiceProvider services, int claimId, Action<Claim> edit)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        edit(await db.Claims.SingleAsync(c => c.Id == claimId));
        await db.SaveChangesAsync();
    }
}
