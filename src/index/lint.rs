//! The index as `lint` and `factlint index` use it: read it, check that it is fresh, refresh it.

use std::path::Path;

use super::{Built, Index, Key, build, path_for, read, sources_and_claims, stamps, write};
use crate::extract::Claim;
use crate::rules::RuleSet;
use crate::source::{Include, Source};

/// The corpus as a fresh (or just refreshed) index gave it.
pub struct Indexed {
    pub sources: Vec<Source>,
    pub claims: Vec<Claim>,
    /// For stderr: that the index was used, and whether it had to be refreshed.
    pub notes: Vec<String>,
}

/// What a refresh did, for `factlint index`.
pub struct Refreshed {
    pub built: Built,
    pub bytes: u64,
    /// Why the old index was not used whole ("" when there was none).
    pub why: String,
}

/// Why `old` cannot be used as it is for this key and these stamps; `None` when it is fresh.
fn staleness(old: &Index, key: &Key, corpus: &Path) -> Option<&'static str> {
    if old.key.version != key.version {
        Some("another factlint version wrote it")
    } else if old.key != *key {
        Some("the rules changed")
    } else if old.stamps != stamps(corpus) {
        Some("files of the corpus changed")
    } else {
        None
    }
}

/// Reads the index of `corpus` (if any), and rebuilds what is stale, reusing what is not, and
/// writes it back. `Err` says why the corpus cannot be indexed.
pub fn refresh(
    corpus: &Path,
    claims: &Path,
    rules: &RuleSet,
    include: &Include,
) -> Result<Refreshed, String> {
    let path = path_for(corpus);
    let key = Key::new(claims, include);
    let (old, why) = match read(&path) {
        Ok(Some(old)) => {
            let why = staleness(&old, &key, corpus).unwrap_or("").to_string();
            (Some(old), why)
        }
        Ok(None) => (None, String::new()),
        Err(e) => (None, format!("the old index could not be used: {e}")),
    };
    let built = build(corpus, rules, include, key, old)?;
    let bytes =
        write(&path, &built.index).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(Refreshed { built, bytes, why })
}

/// The corpus for `lint`, from its index: `None` when the corpus has no index; a fresh index
/// is used as it is, a stale or damaged one is refreshed first. `Err` is a note: the index
/// cannot serve, and the corpus is to be read as before.
pub fn for_lint(
    corpus: &Path,
    claims: &Path,
    rules: &RuleSet,
    include: &Include,
) -> Option<Result<Indexed, String>> {
    let path = path_for(corpus);
    if !path.is_file() {
        return None;
    }
    let key = Key::new(claims, include);
    let mut notes = Vec::new();
    let index = match read(&path) {
        Ok(Some(old)) if staleness(&old, &key, corpus).is_none() => old,
        Ok(None) => return None,
        other => {
            let why = match &other {
                Ok(Some(old)) => staleness(old, &key, corpus).unwrap_or_default().to_string(),
                Err(e) => format!("it could not be used: {e}"),
                Ok(None) => String::new(),
            };
            let old = other.ok().flatten();
            match build(corpus, rules, include, key, old) {
                Ok(built) => {
                    notes.push(format!(
                        "the claims index was stale ({why}): refreshed, {} of {} sources reused",
                        built.reused,
                        built.reused + built.extracted
                    ));
                    if let Err(e) = write(&path, &built.index) {
                        notes.push(format!(
                            "could not save the refreshed index {}: {e}",
                            path.display()
                        ));
                    }
                    built.index
                }
                Err(e) => return Some(Err(format!("the claims index is not used: {e}"))),
            }
        }
    };
    let (sources, claims) = sources_and_claims(corpus, index);
    notes.push(format!(
        "using the claims index ({} sources)",
        sources.len()
    ));
    Some(Ok(Indexed {
        sources,
        claims,
        notes,
    }))
}
