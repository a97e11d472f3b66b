//! What one reading gave at the tokens read lately ([`Memo`]): the date, duration and number
//! grammars ask for the same quantity at the same token, and it is read once.

/// How many tokens' readings a [`Memo`] keeps: the grammars ask within a few tokens of where
/// the scan stands.
const MEMO_SLOTS: usize = 16;

/// What one reading gave at the tokens read lately: the date, duration and number grammars
/// ask for the same quantity (or spelled-out number) at the same token, and it is read once.
/// Only for pure readings of the tokens, and not while tracing (a trace records each
/// reading's steps).
pub(crate) struct Memo<T: Copy> {
    /// Per slot: the token plus one (0 is an empty slot), and what was read there. A `Cell`
    /// per slot: no borrow flag to test on each question.
    slots: [std::cell::Cell<(usize, Option<T>)>; MEMO_SLOTS],
}

impl<T: Copy> Default for Memo<T> {
    fn default() -> Self {
        Memo {
            slots: std::array::from_fn(|_| std::cell::Cell::new((0, None))),
        }
    }
}

impl<T: Copy> Memo<T> {
    /// What `read` gives at token `i`, read the first time it is asked for (the slot of `i`
    /// keeps it until a token 16 further on takes it).
    #[inline]
    pub(super) fn get(&self, i: usize, read: impl FnOnce() -> Option<T>) -> Option<T> {
        let slot = &self.slots[i % MEMO_SLOTS];
        let (at, got) = slot.get();
        if at == i + 1 {
            return got;
        }
        let got = read();
        slot.set((i + 1, got));
        got
    }
}
