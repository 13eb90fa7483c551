using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Ingestion;

namespace MobilizationTracker.Web.Tests.Ingestion;

/// <summary>The cases on SQLite; <see cref="IngestionServicePostgreSqlTests"/> runs the same ones on PostgreSQL.</summary>
public sealed class IngestionServiceTests(TrackerAppFactory factory) : IngestionServiceCases<TrackerAppFactory>(factory);

public sealed class IngestionServicePostgreSqlTests(PostgreSqlAppFactory factory) : IngestionServiceCases<PostgreSqlAppFactory>(factory);

public abstract class IngestionServiceCases<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TrackerAppFactory
{
    [Fact]
    public async Task An_article_is_stored_with_its_extracted_claims()
    {
        var submission = Article("The ministry plans to recruit 120,000 people this spring.", url: Unique("https://example.org/a"));

        var outcome = await IngestAsync(submission);

        var imported = outcome.Should().BeOfType<IngestOutcome.Imported>().Subject;
        await using var db = Context();
        var article = await db.Articles.SingleAsync(a => a.Id == imported.ArticleId);
        article.Outlet.Should().Be("Example Outlet");
        article.ContentFormat.Should().Be("text");
        article.ContentHash.Should().HaveLength(64);
        article.IngestedAt.Should().Be(TrackerAppFactory.Now.UtcDateTime);
        (await db.Claims.CountAsync(c => c.ArticleId == imported.ArticleId)).Should().Be(imported.ClaimCount);
    }

    [Fact]
    public async Task The_same_url_is_a_duplicate_even_with_tracking_parameters_and_a_trailing_slash()
    {
        var url = Unique("https://Example.org/news/story");
        var first = (IngestOutcome.Imported)await IngestAsync(Article("First text about 10,000 people.", url: url));

        var second = await IngestAsync(Article("Different text entirely about 20,000 people.", url: url.Replace("https://Example.org", "HTTPS://example.ORG") + "/?utm_source=x#top"));

        second.Should().Be(new IngestOutcome.Duplicate(first.ArticleId, "same URL"));
        await using var db = Context();
        (await db.Articles.CountAsync(a => a.Id > first.ArticleId && a.Title == "A story")).Should().Be(0);
    }

    [Fact]
    public async Task The_same_text_with_other_case_and_spacing_is_a_duplicate()
    {
        var text = "Officials said " + Guid.NewGuid() + " that 30,000 reservists were called up.";
        var first = (IngestOutcome.Imported)await IngestAsync(Article(text, url: null));

        var second = await IngestAsync(Article("  " + text.ToUpperInvariant().Replace(" ", "  \t ") + "\n", url: Unique("https://other.example/x")));

        second.Should().Be(new IngestOutcome.Duplicate(first.ArticleId, "same text"));
    }

    [Fact]
    public async Task A_missing_publication_date_fails_and_stores_nothing()
    {
        await using var before = Context();
        var articles = await before.Articles.CountAsync();
        var sources = await before.Sources.CountAsync();

        var outcome = await IngestAsync(Article("Some 40,000 people were mobilized.", url: null, outlet: "A New Outlet " + Guid.NewGuid()) with { Published = null });

        outcome.Should().BeOfType<IngestOutcome.Failed>().Which.Reason.Should().Contain("publication date");
        await using var after = Context();
        (await after.Articles.CountAsync()).Should().Be(articles);
        (await after.Sources.CountAsync()).Should().Be(sources);
    }

    [Theory]
    [InlineData("")]
    [InlineData("binary\0content")]
    public async Task Unreadable_content_fails_with_the_reason(string content)
    {
        var outcome = await IngestAsync(Article(content, url: null));

        outcome.Should().BeOfType<IngestOutcome.Failed>().Which.Reason.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_failure_inside_the_transaction_rolls_back_sources_and_regions()
    {
        await using (var setup = Context())
        {
            // A constraint-class failure on either engine (SQLite's RAISE(ABORT) is SQLITE_CONSTRAINT).
            await setup.Database.ExecuteSqlRawAsync(factory is PostgreSqlAppFactory
                ? """
                  CREATE OR REPLACE FUNCTION test_fail_claim() RETURNS trigger LANGUAGE plpgsql AS $$
                  BEGIN IF NEW."Figure" = 666 THEN RAISE EXCEPTION 'test failure' USING ERRCODE = '23514'; END IF; RETURN NEW; END $$;
                  CREATE OR REPLACE TRIGGER test_fail_claim BEFORE INSERT ON "Claims" FOR EACH ROW EXECUTE FUNCTION test_fail_claim();
                  """
                : "CREATE TRIGGER IF NOT EXISTS test_fail_claim BEFORE INSERT ON Claims WHEN NEW.Figure = 666 BEGIN SELECT RAISE(ABORT, 'test failure'); END;");
        }

        var source = "Never Stored " + Guid.NewGuid();
        var claim = new ClaimDraft { Figure = 5000, Source = source, Evidence = "5,000 people", Regions = ["RU-ZZZ"], ClaimDate = new DateOnly(2024, 1, 1) };
        var failing = claim with { Figure = 666, Evidence = "666 people" };

        var outcome = await IngestAsync(Article("Text " + Guid.NewGuid() + " with 5,000 people.", url: null) with { ReviewedClaims = [claim, failing] });

        outcome.Should().BeOfType<IngestOutcome.Failed>().Which.Reason.Should().Contain("test failure");
        await using var db = Context();
        (await db.Sources.AnyAsync(s => s.Name == source)).Should().BeFalse();
        (await db.Regions.AnyAsync(r => r.Code == "RU-ZZZ")).Should().BeFalse();
        (await db.Claims.AnyAsync(c => c.Evidence == "5,000 people")).Should().BeFalse();
    }

    [Fact]
    public async Task A_reviewed_claim_with_an_unknown_kind_fails_before_storing()
    {
        var claim = new ClaimDraft { Figure = 5000, Source = "Somebody", Evidence = "5,000 people", Kind = (ClaimKind)99 };

        var outcome = await IngestAsync(Article("Text " + Guid.NewGuid() + " with 5,000 people.", url: null) with { ReviewedClaims = [claim] });

        outcome.Should().BeOfType<IngestOutcome.Failed>().Which.Reason.Should().Contain("kind");
    }

    [Fact]
    public async Task Reviewed_claims_are_stored_instead_of_the_extracted_ones()
    {
        var reviewed = new ClaimDraft
        {
            Low = 500, High = 600, Qualifier = Qualifier.Approx, Kind = ClaimKind.Rate, Source = "Vyorstka",
            ClaimDate = new DateOnly(2024, 3, 1), ClaimDatePrecision = DatePrecision.Month, Regions = ["ru-vor"],
            Denied = true, DeniedBy = "Dmitry Peskov", Evidence = "500-600 people per day",
        };

        var outcome = await IngestAsync(Article("Text " + Guid.NewGuid() + " about 70,000 people.", url: null) with { ReviewedClaims = [reviewed] });

        var imported = outcome.Should().BeOfType<IngestOutcome.Imported>().Subject;
        await using var db = Context();
        var claim = await db.Claims.Include(c => c.Source).Include(c => c.Regions).SingleAsync(c => c.ArticleId == imported.ArticleId);
        claim.Low.Should().Be(500);
        claim.Kind.Should().Be(ClaimKind.Rate);
        claim.Source!.Name.Should().Be("Verstka");
        claim.Regions.Select(r => r.Code).Should().Equal("RU-VOR");
        claim.EvidenceStart.Should().Be(-1);
        (await db.Regions.SingleAsync(r => r.Code == "RU-VOR")).Name.Should().Be("Voronezh Oblast");
    }

    [Fact]
    public async Task Twenty_concurrent_writers_all_succeed()
    {
        var tasks = Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            IngestAsync(Article($"Concurrent {Guid.NewGuid()} story {i} about 1,000 people.", url: Unique("https://example.org/c")))));

        var outcomes = await Task.WhenAll(tasks);

        outcomes.Should().AllBeOfType<IngestOutcome.Imported>();
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/a")]
    public async Task A_url_that_is_not_a_web_address_fails_and_stores_nothing(string url)
    {
        // Issue 8: import stored javascript: and other non-http URLs.
        var outcome = await IngestAsync(Article("Officials said " + Guid.NewGuid() + " that 30,000 reservists were called up.", url: url));

        outcome.Should().BeOfType<IngestOutcome.Failed>().Which.Reason.Should().Be(SubmissionRules.NotAWebAddress);
        await using var db = Context();
        (await db.Articles.AnyAsync(a => a.Url == url)).Should().BeFalse();
    }

    [Fact]
    public async Task A_windows_1251_page_is_stored_as_the_text_it_declares_not_as_garbled_utf8()
    {
        // Issue 8: the raw content was re-decoded as UTF-8 next to a correctly decoded cleaned text.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta charset=\"windows-1251\"><title>Призыв</title></head><body><article><p>Москва. "
            + "Министерство обороны сообщило, что весной призовут 150 000 человек. " + Guid.NewGuid() + "</p></article></body></html>";
        var submission = Article("", url: null) with { Content = Encoding.GetEncoding(1251).GetBytes(html), Format = ContentFormat.Auto, FileName = "page.html" };

        var imported = (await IngestAsync(submission)).Should().BeOfType<IngestOutcome.Imported>().Subject;

        await using var db = Context();
        var article = await db.Articles.SingleAsync(a => a.Id == imported.ArticleId);
        article.ContentFormat.Should().Be("html");
        article.RawContent.Should().Contain("Министерство обороны").And.NotContain("\uFFFD");
        article.CleanedText.Should().Contain("Министерство обороны");
    }

    [Fact]
    public async Task The_same_file_under_another_title_is_a_duplicate()
    {
        // Issue 8 row 7: the cleaned text, and so the hash, depended on the title given.
        var text = "Recruitment plans for the spring\n\nNewsSociety\n\nThe ministry said on Monday that 45,000 people would be called up, "
            + "officials told reporters in the capital. Reference " + Guid.NewGuid().ToString("N") + ".";
        var first = (IngestOutcome.Imported)await IngestAsync(Article(text, url: null) with { Title = "Recruitment plans for the spring" });

        var second = await IngestAsync(Article(text, url: null) with { Title = "Another title altogether" });

        second.Should().Be(new IngestOutcome.Duplicate(first.ArticleId, "same text"));
    }

    [Fact]
    public async Task A_batch_stores_each_article_whole_and_finds_the_repeats_within_it()
    {
        var texts = Enumerable.Range(0, 12).Select(i => $"Officials said that {1000 + i:N0} reservists were called up. Reference {Guid.NewGuid():N}.").ToList();
        var submissions = texts.Select(t => Article(t, url: null)).Append(Article(texts[3], url: null)).ToList();

        await using var scope = factory.Services.CreateAsyncScope();
        var outcomes = await scope.ServiceProvider.GetRequiredService<IngestionService>().IngestManyAsync(submissions, CancellationToken.None);

        outcomes.Take(12).Should().AllBeOfType<IngestOutcome.Imported>();
        outcomes[12].Should().Be(new IngestOutcome.Duplicate(((IngestOutcome.Imported)outcomes[3]).ArticleId, "same text"));
        await using var db = Context();
        var ids = outcomes.Take(12).Cast<IngestOutcome.Imported>().Select(o => o.ArticleId).ToList();
        (await db.History.CountAsync(h => h.Entity == "article" && h.Action == "create" && ids.Contains(h.EntityId))).Should().Be(12);
        (await db.Claims.CountAsync(c => ids.Contains(c.ArticleId))).Should().Be(outcomes.Take(12).Cast<IngestOutcome.Imported>().Sum(o => o.ClaimCount));
    }

    [Fact]
    public async Task A_reviewed_claims_attribution_is_stored_with_it()
    {
        var claim = new ClaimDraft
        {
            Figure = 7000, Source = "Verstka", Evidence = "7,000 people", ClaimDate = new DateOnly(2024, 1, 1), Attribution = "according to Verstka",
        };

        var imported = (IngestOutcome.Imported)await IngestAsync(Article("Text " + Guid.NewGuid() + " with 7,000 people.", url: null) with { ReviewedClaims = [claim] });

        await using var db = Context();
        (await db.Claims.SingleAsync(c => c.ArticleId == imported.ArticleId)).Attribution.Should().Be("according to Verstka");
    }

    [Fact]
    public async Task Each_claim_of_a_batch_is_stored_with_its_own_values_and_the_history_SaveChanges_would_record()
    {
        // Two claims that differ in every column, so a row written with another row's values (a reused
        // command's stale parameters) or a column converted differently from EF Core's mapping shows.
        var unique = Guid.NewGuid().ToString("N");
        ClaimDraft[] drafts =
        [
            new()
            {
                Figure = 7100, Qualifier = Qualifier.Approx, Kind = ClaimKind.Target, Source = "Source A " + unique, ClaimDate = new DateOnly(2024, 2, 1),
                ClaimDatePrecision = DatePrecision.Month, Regions = ["RU-TYU", "RU-VOR"], Evidence = "about 7,100 people", Attribution = "according to A",
            },
            new()
            {
                Low = 200, High = 300, Qualifier = Qualifier.UpTo, Kind = ClaimKind.Count, Source = "Source B " + unique, ClaimDate = new DateOnly(2024, 3, 5),
                ClaimDatePrecision = DatePrecision.Day, Regions = ["UA-43"], Denied = true, DeniedBy = "the governor", Evidence = "200 to 300 people",
            },
        ];

        var outcome = (IngestOutcome.Imported)await IngestAsync(Article($"Text {unique} with about 7,100 people and 200 to 300 people.", url: null) with { ReviewedClaims = drafts });

        await using var db = Context();
        var claims = await db.Claims.Include(c => c.Source).Include(c => c.Regions).Where(c => c.ArticleId == outcome.ArticleId).OrderBy(c => c.Id).ToListAsync();
        claims.Select(ClaimMapping.ToDraft).Should().BeEquivalentTo(
            drafts.Select(d => d with { EvidenceStart = -1, EvidenceLength = 0, Denied = d.Denied || d.DeniedBy is not null }), o => o.WithStrictOrdering());
        claims.Select(c => c.RegionCodes).Should().Equal("RU-TYU;RU-VOR", "UA-43");
        foreach (var claim in claims)
        {
            var history = await db.History.SingleAsync(h => h.Entity == "claim" && h.EntityId == claim.Id);
            history.Action.Should().Be("create");
            history.After.Should().Be(MobilizationTracker.Web.History.HistoryInterceptor.Snapshot(db.Entry(claim), original: false));
        }
    }

    private async Task<IngestOutcome> IngestAsync(ArticleSubmission submission)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IngestionService>().IngestAsync(submission, CancellationToken.None);
    }

    private TrackerDbContext Context() => factory.Services.CreateScope().ServiceProvider.GetRequiredService<TrackerDbContext>();

    private static string Unique(string url) => url + "/" + Guid.NewGuid().ToString("N");

    private static ArticleSubmission Article(string text, string? url, string outlet = "Example Outlet") => new()
    {
        Content = Encoding.UTF8.GetBytes(text),
        Format = ContentFormat.Text,
        Outlet = outlet,
        Title = "A story",
        Url = url,
        Published = new DateOnly(2024, 3, 22),
    };
}
