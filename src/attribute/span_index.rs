//! Attributed statements sorted by start, for finding the ones that start in a range or overlap a span
//! without a scan of them all (an article of a million quotations would otherwise take a
//! million scans of a million).

use super::speaker::Attributed;
use crate::model::Span;

/// Statements by start, with the furthest end reached so far.
pub(crate) struct SpanIndex<'a> {
    by_start: Vec<&'a Attributed>,
    /// `max_end[i]`: the largest end among `by_start[..=i]`.
    max_end: Vec<usize>,
}

impl<'a> SpanIndex<'a> {
    pub(crate) fn new(statements: &'a [Attributed]) -> SpanIndex<'a> {
        let mut by_start: Vec<&Attributed> = statements.iter().collect();
        by_start.sort_by_key(|s| s.span.start);
        let max_end = by_start
            .iter()
            .scan(0, |end, s| {
                *end = s.span.end.max(*end);
                Some(*end)
            })
            .collect();
        SpanIndex { by_start, max_end }
    }

    /// The statements whose start is in `from..to`, by start.
    pub(crate) fn starting_in(&self, from: usize, to: usize) -> &[&'a Attributed] {
        let a = self.by_start.partition_point(|s| s.span.start < from);
        let b = self.by_start.partition_point(|s| s.span.start < to);
        &self.by_start[a..b.max(a)]
    }

    /// The statements sharing at least one byte with `span`, latest start first.
    pub(crate) fn overlapping(&self, span: Span) -> impl Iterator<Item = &'a Attributed> + '_ {
        let before_end = self.by_start.partition_point(|s| s.span.start < span.end);
        (0..before_end)
            .rev()
            // Past an index whose furthest end is at or before the span, nothing overlaps it.
            .take_while(move |&i| self.max_end[i] > span.start)
            .map(|i| self.by_start[i])
            .filter(move |s| s.span.end > span.start)
    }
}
