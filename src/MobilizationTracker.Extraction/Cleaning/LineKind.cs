namespace MobilizationTracker.Extraction.Cleaning;

/// <summary>What a line of pasted page text is, as far as the cleaner can tell from its shape.</summary>
public enum LineKind
{
    Body,
    Headline,

    /// <summary>A marker after which the rest is a related-news feed ("Read more", "News Feed", an author blurb).</summary>
    FeedMarker,

    /// <summary>Navigation, share buttons, "1 min read", "Updated with..." and other chrome.</summary>
    Chrome,
    DonationOrFooter,
    PhotoCaption,

    /// <summary>A short line without sentence punctuation: a section label or a related headline.</summary>
    ShortLabel,
}
