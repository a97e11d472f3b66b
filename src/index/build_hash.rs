//! The hash of the code a factlint binary was built from: every file of `src/` and `claims/`
//! (relative path and bytes, in path order), `Cargo.toml` and `Cargo.lock`. `build.rs` computes
//! it (this file is included there by path) and the index's key holds it, so that an index
//! written by another build (a grammar or rule-loading change, another dependency) is stale
//! rather than serving the claims the old code extracted.
//!
//! Std only (a build script has no dependencies here): FNV-1a, 64 bits, over a framing that
//! keeps names and contents apart. Not a defence against tampering, only a fingerprint.

use std::path::{Path, PathBuf};

/// What the hash covers, relative to the package root.
pub const COVERED: &[&str] = &["src", "claims", "Cargo.toml", "Cargo.lock"];

/// FNV-1a 64 over `bytes`, from state `h`.
fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Every file under `path` (itself when it is a file), sorted; unreadable folders are skipped.
fn files_under(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        files_under(&child, out);
    }
}

/// The hash of the `COVERED` files under `root`, as 16 hex digits.
pub fn hash_tree(root: &Path) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in COVERED {
        let mut files = Vec::new();
        files_under(&root.join(part), &mut files);
        for f in files {
            let name = f
                .strip_prefix(root)
                .unwrap_or(&f)
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = std::fs::read(&f).unwrap_or_default();
            h = fnv(h, &(name.len() as u64).to_le_bytes());
            h = fnv(h, name.as_bytes());
            h = fnv(h, &(bytes.len() as u64).to_le_bytes());
            h = fnv(h, &bytes);
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("factlint-build-hash-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src/grammar")).unwrap();
        std::fs::create_dir_all(dir.join("claims")).unwrap();
        std::fs::write(dir.join("src/lib.rs"), "pub mod grammar;\n").unwrap();
        std::fs::write(dir.join("src/grammar/mod.rs"), "fn f() {}\n").unwrap();
        std::fs::write(dir.join("claims/a.yaml"), "rules: []\n").unwrap();
        std::fs::write(dir.join("Cargo.toml"), "[package]\n").unwrap();
        dir
    }

    #[test]
    fn the_hash_changes_with_any_covered_file_and_only_with_them() {
        let dir = tree("changes");
        let first = hash_tree(&dir);
        assert_eq!(hash_tree(&dir), first, "the same tree, the same hash");
        // A file outside what is covered changes nothing.
        std::fs::write(dir.join("README.md"), "notes\n").unwrap();
        assert_eq!(hash_tree(&dir), first);
        // One byte of the grammar,
        std::fs::write(dir.join("src/grammar/mod.rs"), "fn g() {}\n").unwrap();
        let edited = hash_tree(&dir);
        assert_ne!(edited, first);
        // a file added, a file renamed, a rule file, the lock file.
        std::fs::write(dir.join("src/grammar/date.rs"), "").unwrap();
        let added = hash_tree(&dir);
        assert_ne!(added, edited);
        std::fs::rename(
            dir.join("src/grammar/date.rs"),
            dir.join("src/grammar/day.rs"),
        )
        .unwrap();
        let renamed = hash_tree(&dir);
        assert_ne!(renamed, added);
        std::fs::write(dir.join("claims/a.yaml"), "rules: [] \n").unwrap();
        let rules = hash_tree(&dir);
        assert_ne!(rules, renamed);
        std::fs::write(dir.join("Cargo.lock"), "version = 4\n").unwrap();
        assert_ne!(hash_tree(&dir), rules);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn this_build_is_keyed_by_the_tree_it_was_built_from() {
        // build.rs ran on this package's tree: the binary's hash is the tree's.
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert_eq!(super::super::BUILD, hash_tree(root));
        let key = super::super::Key::new(&root.join("claims"), &crate::source::Include::default());
        assert_eq!(key.build, super::super::BUILD);
    }
}
