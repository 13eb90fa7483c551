namespace MobilizationTracker.Extraction;

/// <summary>
/// One claim per figure and source (spec rules 4 and 5): a headline restating a body figure goes;
/// a rounded restatement ("422 thousand") goes in favour of the precise value ("422,704") from the
/// same source; a headline's round figure within 1% of a body figure of the same kind ("Over 230,000" for
/// "231,000") goes too; repeats of one figure from one source keep the first mention (and its qualifier).
/// Each question is a lookup in sorted arrays of the body's figures, so merging n candidates costs
/// n log n, whatever the article's size.
/// </summary>
internal static class ClaimMerger
{
    public static IReadOnlyList<ClaimCandidate> Merge(IReadOnlyList<ClaimCandidate> candidates, CancellationToken ct = default) =>
        Merge(candidates, new HashSet<int>(), ct);

    /// <param name="candidates">The article's claim candidates in reading order.</param>
    /// <param name="denialStarts">Where the article's denial sentences start: a figure there that an earlier claim already
    /// gave is the denied report restated («Песков назвал ложью информацию о мобилизации до 1 миллиона»), not a claim of the denier.</param>
    /// <param name="ct">Cancels a long merge.</param>
    public static IReadOnlyList<ClaimCandidate> Merge(IReadOnlyList<ClaimCandidate> candidates, IReadOnlySet<int> denialStarts, CancellationToken ct = default)
    {
        var seen = new HashSet<(int?, int?, int?)>();
        candidates = candidates.Where(c => seen.Add(Key(c)) || !denialStarts.Contains(c.Claim.EvidenceStart)).ToList();
        var body = candidates.Where(c => !c.IsHeadline).ToList();
        var anySource = new FigureIndex(body, c => "");
        var bySource = new FigureIndex(body, c => c.Claim.Source);
        var byKind = new FigureIndex(body.Where(b => b.Claim.Figure >= 10000), c => c.Claim.Kind.ToString());
        var bodyFigures = body.Select(Key).ToHashSet();

        var headlines = candidates.Where(c => c.IsHeadline
            && !bodyFigures.Contains(Key(c)) && !Restated(c, anySource, "") && !RoundedInHeadline(c, byKind));
        var kept = new List<ClaimCandidate>();
        var keptFigures = new HashSet<(string, int?, int?, int?)>();
        foreach (var candidate in headlines.Concat(body))
        {
            ct.ThrowIfCancellationRequested();
            if (Restated(candidate, bySource, candidate.Claim.Source) || !keptFigures.Add((candidate.Claim.Source, candidate.Claim.Figure, candidate.Claim.Low, candidate.Claim.High)))
            {
                continue;
            }

            kept.Add(candidate);
        }

        return kept.OrderBy(k => k.Claim.EvidenceStart).ToList();
    }

    private static (int?, int?, int?) Key(ClaimCandidate c) => (c.Claim.Figure, c.Claim.Low, c.Claim.High);

    /// <summary>
    /// Whether <paramref name="rounded"/> rounds a more precise body figure of the group: one written
    /// with a smaller unit, other than it, within half its unit or truncating to it ("422 thousand"
    /// for 422,704).
    /// </summary>
    private static bool Restated(ClaimCandidate rounded, FigureIndex index, string group)
    {
        if (rounded.Claim.Figure is not { } figure)
        {
            return false;
        }

        long r = figure, unit = rounded.Unit;
        foreach (var precise in index.Units(group).Where(u => u < unit))
        {
            var half = (unit - 1) / 2;
            if (index.AnyOtherThan(group, precise, r - half, r + half, r) || r % unit == 0 && index.AnyOtherThan(group, precise, r, r + unit - 1, r))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A headline's round figure within 1% of a body figure of the same kind ("Over 230,000" for "more than
    /// 231,000"): headlines round in digits too, so it restates the body figure.
    /// </summary>
    private static bool RoundedInHeadline(ClaimCandidate headline, FigureIndex byKind)
    {
        if (headline.Claim.Figure is not { } figure || figure % 1000 != 0)
        {
            return false;
        }

        long r = figure;
        var group = headline.Claim.Kind.ToString();

        // |p - r| * 100 <= p  ⇔  100r / 101 <= p <= 100r / 99
        var low = (100 * r + 100) / 101;
        var high = 100 * r / 99;
        return byKind.Units(group).Any(u => byKind.AnyOtherThan(group, u, low, high, r));
    }

    /// <summary>The body's figures by group (source, kind or none) and by unit, sorted.</summary>
    private sealed class FigureIndex
    {
        private readonly Dictionary<(string Group, long Unit), long[]> _figures;
        private readonly Dictionary<string, long[]> _units;

        public FigureIndex(IEnumerable<ClaimCandidate> body, Func<ClaimCandidate, string> group)
        {
            _figures = body.Where(c => c.Claim.Figure is not null)
                .GroupBy(c => (group(c), c.Unit))
                .ToDictionary(g => g.Key, g => g.Select(c => (long)c.Claim.Figure!.Value).Order().ToArray());
            _units = _figures.Keys.GroupBy(k => k.Group).ToDictionary(g => g.Key, g => g.Select(k => k.Unit).Order().ToArray());
        }

        public IEnumerable<long> Units(string group) => _units.TryGetValue(group, out var units) ? units : [];

        /// <summary>Whether the group has a figure of that unit in [low, high] other than <paramref name="except"/>.</summary>
        public bool AnyOtherThan(string group, long unit, long low, long high, long except)
        {
            if (low > high || !_figures.TryGetValue((group, unit), out var sorted))
            {
                return false;
            }

            var at = LowerBound(sorted, low);
            if (at < sorted.Length && sorted[at] == except)
            {
                at = LowerBound(sorted, except + 1);
            }

            return at < sorted.Length && sorted[at] <= high;
        }

        /// <summary>The index of the first figure not below <paramref name="value"/>.</summary>
        private static int LowerBound(long[] sorted, long value)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var mid = low + (high - low) / 2;
                if (sorted[mid] < value)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }
}
