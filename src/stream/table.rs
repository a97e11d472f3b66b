//! What a spilled check keeps of its sources for the comparison: a compact table rather than
//! every [`Source`] (some 300 bytes each with its path and metadata, 30 MB at 100 000
//! articles). Per source, its file name (in one shared string), its edition (the URL, else
//! the outlet: interned, outlets repeat), its publication date and language: what
//! [`crate::compare::Sources`] reads, about 30 bytes a source.

use std::collections::HashMap;

use crate::compare::Sources;
use crate::grammar::Lang;
use crate::source::Source;
use crate::value::Published;

/// No edition: the source has neither URL nor outlet.
const NO_EDITION: u32 = u32::MAX;

#[derive(Debug, Default)]
pub struct SourceTable {
    /// Every source's name, one after the other.
    names: String,
    /// Where each source's name ends in `names`.
    name_ends: Vec<usize>,
    /// Each source's edition, as an index into `editions` ([`NO_EDITION`]: none).
    edition: Vec<u32>,
    editions: Vec<Box<str>>,
    interned: HashMap<Box<str>, u32>,
    published: Vec<Option<Published>>,
    lang: Vec<Lang>,
}

impl SourceTable {
    /// Appends `source`, the next one.
    pub fn push(&mut self, source: &Source) {
        self.names.push_str(&source.short_name());
        self.name_ends.push(self.names.len());
        let meta = &source.meta;
        let edition = match meta.url.as_deref().or(meta.outlet.as_deref()) {
            None => NO_EDITION,
            Some(key) => match self.interned.get(key) {
                Some(&at) => at,
                None => {
                    // More editions than `u32` counts cannot be: a source has at most one.
                    let at = self.editions.len() as u32;
                    self.editions.push(Box::from(key));
                    self.interned.insert(Box::from(key), at);
                    at
                }
            },
        };
        self.edition.push(edition);
        self.published.push(meta.published);
        self.lang.push(meta.lang);
    }

    pub fn len(&self) -> usize {
        self.name_ends.len()
    }

    /// Source `source`'s name, as [`Sources::name`] gives it.
    fn name_of(&self, source: usize) -> &str {
        let start = match source {
            0 => 0,
            _ => self.name_ends[source - 1],
        };
        &self.names[start..self.name_ends[source]]
    }

    pub fn is_empty(&self) -> bool {
        self.name_ends.is_empty()
    }

    /// Done appending: the interning map is dropped, and every list's spare capacity.
    pub fn finish(&mut self) {
        self.interned = HashMap::new();
        self.names.shrink_to_fit();
        self.name_ends.shrink_to_fit();
        self.edition.shrink_to_fit();
        self.editions.shrink_to_fit();
        self.published.shrink_to_fit();
        self.lang.shrink_to_fit();
    }
}

impl Sources for SourceTable {
    fn name(&self, source: usize) -> String {
        self.name_of(source).to_string()
    }

    fn name_ref(&self, source: usize) -> Option<&str> {
        Some(self.name_of(source))
    }

    fn edition(&self, source: usize) -> Option<&str> {
        match self.edition[source] {
            NO_EDITION => None,
            at => Some(&self.editions[at as usize]),
        }
    }

    fn published(&self, source: usize) -> Option<Published> {
        self.published[source]
    }

    fn lang(&self, source: usize) -> Lang {
        self.lang[source]
    }

    fn text(&self, _: usize) -> &str {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceMeta;

    #[test]
    fn the_table_says_what_the_sources_say() {
        let meta = |outlet: Option<&str>, url: Option<&str>, published: Option<&str>| SourceMeta {
            outlet: outlet.map(String::from),
            url: url.map(String::from),
            published: published.and_then(Published::parse),
            lang: Lang::En,
            ..SourceMeta::default()
        };
        let sources = vec![
            crate::source::from_text("d/a.txt", "texte", meta(Some("Le Jour"), None, None)),
            crate::source::from_text(
                "d/e/b.md",
                "",
                meta(Some("Le Jour"), Some("https://x.test/1"), Some("2024-05")),
            ),
            crate::source::from_text("c.txt", "", meta(None, None, Some("2024-05-02"))),
            crate::source::from_text("d/z.txt", "", meta(Some("Le Jour"), None, None)),
        ];
        let mut table = SourceTable::default();
        for s in &sources {
            table.push(s);
        }
        table.finish();
        assert_eq!(table.len(), 4);
        let slice: &[Source] = &sources;
        for i in 0..4 {
            assert_eq!(table.name(i), slice.name(i));
            assert_eq!(table.name_ref(i), slice.name_ref(i));
            assert_eq!(table.edition(i), slice.edition(i));
            assert_eq!(table.published(i), slice.published(i));
            assert_eq!(table.lang(i), slice.lang(i));
        }
        assert_eq!(table.name(1), "b.md");
        assert_eq!(table.edition(3), Some("Le Jour"));
        assert_eq!(table.edition(2), None);
        // One outlet, stored once.
        assert_eq!(table.editions.len(), 2);
    }
}
