//! Computes the hash of the code the binary is built from (`src/index/build_hash.rs`): the
//! claims index is keyed by it, so that an index written before a code change is rebuilt.

#[path = "src/index/build_hash.rs"]
mod build_hash;

fn main() {
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    for part in build_hash::COVERED {
        // A folder is watched whole: any file under it changed, added or removed.
        println!("cargo:rerun-if-changed={part}");
    }
    println!(
        "cargo:rustc-env=FACTLINT_BUILD_HASH={}",
        build_hash::hash_tree(&root)
    );
}
