//! The cleaner's working state: a decision per block, or none yet. Each pass decides the
//! blocks that earlier passes left open; a few passes reopen a block (a closing list's item
//! that read as stray prose) or overrule one (a comment's date line is the comment's).

use std::ops::Index;

use crate::report::RemovalReason;

use super::Decision;

/// The decisions so far, one per block: `None` while a block is open.
#[derive(Clone, Debug)]
pub(super) struct Decisions(Vec<Option<Decision>>);

impl Decisions {
    /// The number of blocks.
    pub(super) fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no pass has decided block `i` yet.
    pub(super) fn open(&self, i: usize) -> bool {
        self.0[i].is_none()
    }

    /// Whether block `i` was removed for `reason`.
    pub(super) fn is(&self, i: usize, reason: RemovalReason) -> bool {
        self.0[i] == Some(Decision::Remove(reason))
    }

    /// Removes block `i` for `reason`, whatever was decided before.
    pub(super) fn remove(&mut self, i: usize, reason: RemovalReason) {
        self.0[i] = Some(Decision::Remove(reason));
    }

    /// Removes for `reason` every block in `blocks` that is still open.
    pub(super) fn remove_open(&mut self, blocks: std::ops::Range<usize>, reason: RemovalReason) {
        for decision in &mut self.0[blocks] {
            decision.get_or_insert(Decision::Remove(reason));
        }
    }

    /// Opens block `i` again: a later pass decides it.
    pub(super) fn reopen(&mut self, i: usize) {
        self.0[i] = None;
    }

    /// Makes block `i` the article's headline.
    pub(super) fn headline(&mut self, i: usize) {
        self.0[i] = Some(Decision::Title);
    }

    /// The decisions in block order.
    pub(super) fn iter(&self) -> std::slice::Iter<'_, Option<Decision>> {
        self.0.iter()
    }

    /// The final decisions: a block still open is part of the article.
    pub(super) fn finish(self) -> Vec<Decision> {
        self.0
            .into_iter()
            .map(|d| d.unwrap_or(Decision::Keep))
            .collect()
    }
}

impl Index<usize> for Decisions {
    type Output = Option<Decision>;

    fn index(&self, i: usize) -> &Option<Decision> {
        &self.0[i]
    }
}

impl FromIterator<Option<Decision>> for Decisions {
    fn from_iter<I: IntoIterator<Item = Option<Decision>>>(decisions: I) -> Self {
        Decisions(decisions.into_iter().collect())
    }
}
