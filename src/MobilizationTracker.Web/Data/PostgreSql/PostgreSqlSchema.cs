namespace MobilizationTracker.Web.Data.PostgreSql;

/// <summary>
/// What the PostgreSQL migrations add beyond EF Core's tables, as SQL: PostgreSQL's counterparts of
/// the SQLite FTS5 tables and triggers. Search vectors are stored generated columns (English and
/// Russian stems of every word) with GIN indexes; the claims read model (Outlet, MaxValue, MinValue,
/// ClaimRegions.ClaimDate) and the stories' list of changed claims are kept by triggers, so every
/// writer (any instance, raw SQL, the copy verb) keeps them right.
/// </summary>
internal static class PostgreSqlSchema
{
    /// <summary>
    /// An article's vector covers its title and the first 400,000 characters of its text: PostgreSQL
    /// refuses a tsvector over 1 MB, which a 10 MB article (the size limit) would exceed.
    /// </summary>
    public const int SearchedArticleChars = 400_000;

    private static readonly string ArticleText = "left(\"Title\" || ' ' || \"CleanedText\", " + SearchedArticleChars.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

    public static readonly string[] Up =
    [
        $"""
        ALTER TABLE "Articles" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS
            (to_tsvector('english'::regconfig, {ArticleText}) || to_tsvector('russian'::regconfig, {ArticleText})) STORED;
        """,
        """CREATE INDEX "IX_Articles_SearchVector" ON "Articles" USING GIN ("SearchVector");""",
        """
        ALTER TABLE "Claims" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS
            (to_tsvector('english'::regconfig, "Evidence") || to_tsvector('russian'::regconfig, "Evidence")) STORED;
        """,
        """CREATE INDEX "IX_Claims_SearchVector" ON "Claims" USING GIN ("SearchVector");""",

        // The claims read model.
        """
        CREATE FUNCTION claims_readmodel() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW."Outlet" := (SELECT "Outlet" FROM "Articles" WHERE "Id" = NEW."ArticleId");
            NEW."MaxValue" := coalesce(NEW."Figure", NEW."High", NEW."Low");
            NEW."MinValue" := coalesce(NEW."Figure", NEW."Low", NEW."High");
            RETURN NEW;
        END $$;
        """,
        """
        CREATE TRIGGER claims_readmodel BEFORE INSERT OR UPDATE OF "ArticleId", "Figure", "Low", "High" ON "Claims"
            FOR EACH ROW EXECUTE FUNCTION claims_readmodel();
        """,
        """
        CREATE FUNCTION claims_readmodel_date() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE "ClaimRegions" SET "ClaimDate" = NEW."ClaimDate" WHERE "ClaimId" = NEW."Id";
            RETURN NULL;
        END $$;
        """,
        """
        CREATE TRIGGER claims_readmodel_date AFTER UPDATE OF "ClaimDate" ON "Claims"
            FOR EACH ROW EXECUTE FUNCTION claims_readmodel_date();
        """,
        """
        CREATE FUNCTION articles_readmodel_outlet() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE "Claims" SET "Outlet" = NEW."Outlet" WHERE "ArticleId" = NEW."Id";
            RETURN NULL;
        END $$;
        """,
        """
        CREATE TRIGGER articles_readmodel_outlet AFTER UPDATE OF "Outlet" ON "Articles"
            FOR EACH ROW EXECUTE FUNCTION articles_readmodel_outlet();
        """,
        """
        CREATE FUNCTION claimregions_readmodel() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW."ClaimDate" := (SELECT "ClaimDate" FROM "Claims" WHERE "Id" = NEW."ClaimId");
            RETURN NEW;
        END $$;
        """,
        """
        CREATE TRIGGER claimregions_readmodel BEFORE INSERT ON "ClaimRegions"
            FOR EACH ROW EXECUTE FUNCTION claimregions_readmodel();
        """,

        // The stories' list of changed claims (StoryMaintenance empties it before each commit).
        """
        CREATE FUNCTION claims_stories() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                INSERT INTO "StoryDirtyClaims" ("ClaimId") VALUES (OLD."Id") ON CONFLICT DO NOTHING;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO "StoryDirtyClaims" ("ClaimId") VALUES (NEW."Id") ON CONFLICT DO NOTHING;
            END IF;
            RETURN NULL;
        END $$;
        """,
        """
        CREATE TRIGGER claims_stories AFTER INSERT OR DELETE OR UPDATE OF "Figure", "Low", "High", "Kind", "ClaimDate", "SourceId", "ArticleId" ON "Claims"
            FOR EACH ROW EXECUTE FUNCTION claims_stories();
        """,
        """
        CREATE FUNCTION articles_stories() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "StoryDirtyClaims" ("ClaimId") SELECT "Id" FROM "Claims" WHERE "ArticleId" = NEW."Id" ON CONFLICT DO NOTHING;
            RETURN NULL;
        END $$;
        """,
        """
        CREATE TRIGGER articles_stories AFTER UPDATE OF "Outlet", "Published" ON "Articles"
            FOR EACH ROW EXECUTE FUNCTION articles_stories();
        """,
        """
        CREATE FUNCTION sources_stories() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO "StoryDirtyClaims" ("ClaimId") SELECT "Id" FROM "Claims" WHERE "SourceId" = NEW."Id" ON CONFLICT DO NOTHING;
            RETURN NULL;
        END $$;
        """,
        """
        CREATE TRIGGER sources_stories AFTER UPDATE OF "Name" ON "Sources"
            FOR EACH ROW EXECUTE FUNCTION sources_stories();
        """,
    ];

    public static readonly string[] Down =
    [
        """DROP TRIGGER IF EXISTS sources_stories ON "Sources"; DROP FUNCTION IF EXISTS sources_stories();""",
        """DROP TRIGGER IF EXISTS articles_stories ON "Articles"; DROP FUNCTION IF EXISTS articles_stories();""",
        """DROP TRIGGER IF EXISTS claims_stories ON "Claims"; DROP FUNCTION IF EXISTS claims_stories();""",
        """DROP TRIGGER IF EXISTS claimregions_readmodel ON "ClaimRegions"; DROP FUNCTION IF EXISTS claimregions_readmodel();""",
        """DROP TRIGGER IF EXISTS articles_readmodel_outlet ON "Articles"; DROP FUNCTION IF EXISTS articles_readmodel_outlet();""",
        """DROP TRIGGER IF EXISTS claims_readmodel_date ON "Claims"; DROP FUNCTION IF EXISTS claims_readmodel_date();""",
        """DROP TRIGGER IF EXISTS claims_readmodel ON "Claims"; DROP FUNCTION IF EXISTS claims_readmodel();""",
        """ALTER TABLE "Claims" DROP COLUMN IF EXISTS "SearchVector";""",
        """ALTER TABLE "Articles" DROP COLUMN IF EXISTS "SearchVector";""",
    ];
}
