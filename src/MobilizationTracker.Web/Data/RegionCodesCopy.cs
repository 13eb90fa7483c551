namespace MobilizationTracker.Web.Data;

/// <summary>
/// The SQL that keeps <see cref="Claim.RegionCodes"/> (the claim's codes in ordinal order, joined
/// with ';') equal to its ClaimRegions rows on both engines: a trigger on every insert, delete and
/// key change of a ClaimRegions row, so every writer (EF, raw SQL, the perf filler, the PostgreSQL
/// copy) keeps it right, and a backfill for the rows that exist when the migration runs. The
/// migrations ClaimRegionCodes and ClaimRegionCodesPostgreSql run it.
/// </summary>
internal static class RegionCodesCopy
{
    // The ordered subquery, not group_concat(… ORDER BY …): that form needs SQLite 3.44, and an older
    // sqlite3 shell could then not open the file at all. SQLite concatenates in the subquery's order
    // (the ClaimRegions key's), and ClaimRow.SortedRegionCodes sorts whatever is not in order.
    private const string SqliteCodes =
        "coalesce((SELECT group_concat(RegionCode, ';') FROM (SELECT RegionCode FROM ClaimRegions WHERE ClaimId = {0} ORDER BY RegionCode)), '')";

    private static string SqliteSet(string claimId) =>
        $"UPDATE Claims SET RegionCodes = {string.Format(SqliteCodes, claimId)} WHERE Id = {claimId};";

    public static readonly string[] SqliteUp =
    [
        $"""
        CREATE TRIGGER ClaimRegions_codes_insert AFTER INSERT ON ClaimRegions BEGIN
            {SqliteSet("new.ClaimId")}
        END;
        """,
        $"""
        CREATE TRIGGER ClaimRegions_codes_delete AFTER DELETE ON ClaimRegions BEGIN
            {SqliteSet("old.ClaimId")}
        END;
        """,
        $"""
        CREATE TRIGGER ClaimRegions_codes_update AFTER UPDATE OF ClaimId, RegionCode ON ClaimRegions BEGIN
            {SqliteSet("old.ClaimId")}
            {SqliteSet("new.ClaimId")}
        END;
        """,
        $"UPDATE Claims SET RegionCodes = {string.Format(SqliteCodes, "Claims.Id")};",
    ];

    public static readonly string[] SqliteDown =
    [
        "DROP TRIGGER IF EXISTS ClaimRegions_codes_insert;",
        "DROP TRIGGER IF EXISTS ClaimRegions_codes_delete;",
        "DROP TRIGGER IF EXISTS ClaimRegions_codes_update;",
    ];

    // COLLATE "C": byte order, which is ordinal order for the ASCII codes, whatever the database's locale.
    private const string PostgreSqlCodes =
        """coalesce((SELECT string_agg("RegionCode", ';' ORDER BY "RegionCode" COLLATE "C") FROM "ClaimRegions" WHERE "ClaimId" = {0}), '')""";

    private static string PostgreSqlSet(string claimId) =>
        $"""UPDATE "Claims" SET "RegionCodes" = {string.Format(PostgreSqlCodes, claimId)} WHERE "Id" = {claimId};""";

    public static readonly string[] PostgreSqlUp =
    [
        $"""
        CREATE FUNCTION claimregions_codes() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                {PostgreSqlSet("OLD.\"ClaimId\"")}
            END IF;
            IF TG_OP <> 'DELETE' THEN
                {PostgreSqlSet("NEW.\"ClaimId\"")}
            END IF;
            RETURN NULL;
        END $$;
        """,
        """
        CREATE TRIGGER claimregions_codes AFTER INSERT OR DELETE OR UPDATE OF "ClaimId", "RegionCode" ON "ClaimRegions"
            FOR EACH ROW EXECUTE FUNCTION claimregions_codes();
        """,
        $"""UPDATE "Claims" SET "RegionCodes" = {string.Format(PostgreSqlCodes, "\"Claims\".\"Id\"")};""",
    ];

    public static readonly string[] PostgreSqlDown =
    [
        """DROP TRIGGER IF EXISTS claimregions_codes ON "ClaimRegions"; DROP FUNCTION IF EXISTS claimregions_codes();""",
    ];
}
