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
    /// Per slot: the token plus one (0 is an empty slot), and what was read there.
    slots: std::cell::RefCell<[(usize, Option<T>); MEMO_SLOTS]>,
}

impl<T: Copy> Default for Memo<T> {
    fn default() -> Self {
        Memo {
            slots: std::cell::RefCell::new([(0, None); MEMO_SLOTS]),
        }
    }
}

impl<T: Copy> Memo<T> {
    /// What `read` gives at token `i`, read the first time it is asked for (the slot of `i`
    /// keeps it until a token 16 further on takes it).
    #[inline]
    pub(super) fn get(&self, i: usize, read: impl FnOnce() -> Option<T>) -> Option<T> {
        let slot = i % MEMO_SLOTS;
        if let Some(&(at, got)) = self.slots.borrow().get(slot)
            && at == i + 1
        {
            return got;
        }
        let got = read();
        if let Some(m) = self.slots.borrow_mut().get_mut(slot) {
            *m = (i + 1, got);
        }
        got
    }
}
