//! Word morphology for matching claim-rule cues: a cue written in dictionary form ("fuir",
//! "mourir", "flee") matches its inflections in the articles ("fuyaient", "meurent", "fled")
//! when both have the same [`base`].
//!
//! # Folding
//!
//! [`fold`] is the lexer's folding (`grammar::lexer`, whose tables it shares): lowercase,
//! accents removed ("é" → "e", "ç" → "c"), ligatures spelled out ("œ" → "oe"), one apostrophe
//! (`’` → `'`). Lemma tables, lookups and stems all work on folded words, so that "FUYAIENT",
//! "fuyaient" and a cue typed without accents ("deployer") meet.
//!
//! # Why a lemma table and Snowball
//!
//! Snowball stemming ([`stem`], the rust-stemmers crate) handles regular inflection ("quittent",
//! "quitté" and "quitter" all stem to "quitt") but not irregular verbs: "fui", "fuyaient" and
//! "fuir", "meurent" and "mourir", "fled" and "flee" keep different stems. [`lemma()`] looks a
//! folded word up in a table of forms and their lemmas, and [`base`] stems the lemma when there
//! is one. The tables hold only the forms whose stem differs from their lemma's stem (about 49,000
//! French ones, 3,800 English ones), so they are small enough to embed in the binary, and a
//! lookup is a binary search over the embedded text: nothing is built at startup.
//!
//! # Where the data comes from
//!
//! The tables are generated from the lemma lookup tables of the spacy-lookups-data package
//! (MIT), by `lemmas/generate.py`; `lemmas/README.md` gives the command, the pinned versions
//! and what the generator keeps, changes and drops, and `lemmas/LICENSE` the terms of the data
//! and of the word lists it was made from.

pub mod lemma;

pub use lemma::{base, fold, lemma, stem};
