using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Web.Data.Configurations;

/// <summary>Enums are stored as the spec's tokens, so the database and the CSV read alike.</summary>
internal static class TokenConverters
{
    public static readonly ValueConverter<ClaimKind, string> Kind =
        new(v => v.ToToken(), v => Tokens.ParseKind(v));

    public static readonly ValueConverter<Qualifier, string> Qualifier =
        new(v => v.ToToken(), v => Tokens.ParseQualifier(v));

    public static readonly ValueConverter<DatePrecision, string> Precision =
        new(v => v.ToToken(), v => Tokens.ParsePrecision(v));
}
