namespace MobilizationTracker.Extraction;

/// <summary>Limits that keep one article from taking the process down.</summary>
public sealed record ExtractionOptions
{
    /// <summary>
    /// Wall-clock budget for reading and extracting one article; past it the article is rejected.
    /// A 10 MB page parses in about 1-2 s on one core, so 10 s leaves room on a busy machine.
    /// </summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The clock the budget is kept by. Its timer interrupts a long step early; its timestamps decide:
    /// an article whose reading and extracting outlasted the budget is rejected even when the timer,
    /// a thread-pool callback, fired late on a busy machine.
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Largest input accepted, in bytes: <see cref="SizeLimits.ArticleBytes"/>.</summary>
    public int MaxBytes { get; init; } = SizeLimits.ArticleBytes;

    /// <summary>
    /// Deepest element nesting kept when HTML is parsed; deeper tags are flattened (their text stays).
    /// Real pages nest 20-60 deep; browsers cap at 512. The parser's cost per tag grows with depth.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>
    /// Most formatting elements (b, i, u, em, font ...) left open at once; more are ignored. The
    /// parser re-checks and re-opens every open formatting element, so unclosed ones cost quadratic time.
    /// </summary>
    public int MaxOpenFormattingElements { get; init; } = 64;

    public static ExtractionOptions Default { get; } = new();
}
