//! What `lint`'s freshness check of the claims index sees, and what it does not (README, "The
//! claims index"): a file added, removed or renamed, an article saved by renaming a new file
//! over it, a `sources.yaml` edit, an index another build wrote; and not an article written
//! over in place that the answer does not quote, until `factlint index`.

use std::path::{Path, PathBuf};

use crate::index::{Answer, articles, index, lint, quoted, setup};

/// A sentence of our own that gives the generated corpus's displacement fact one more value.
const ADDED: &str = "\nLa guerre de 2016 a fait fuir 90 000 personnes du Haut-Karabakh.\n";

/// `lint` with the index: its answer, after checking that the index was used.
fn with_index(corpus: &Path, new: &Path, expect: &str) -> Answer {
    let (answer, stderr) = lint(corpus, &[new]);
    assert!(stderr.contains(expect), "{expect:?} in {stderr}");
    answer
}

/// `lint` without the index (moved aside and back, which changes the corpus folder's time:
/// `factlint index` then seals it again, and the quick check is used).
fn without_index(corpus: &Path, new: &Path) -> Answer {
    let file = corpus.join(".factlint-index");
    let aside = corpus.with_extension("saved-index");
    std::fs::rename(&file, &aside).unwrap();
    let (answer, stderr) = lint(corpus, &[new]);
    assert!(!stderr.contains("claims index"), "{stderr}");
    std::fs::rename(&aside, &file).unwrap();
    index(corpus);
    answer
}

#[test]
fn lint_sees_files_added_renamed_and_metadata_edited() {
    let (dir, corpus, new) = setup("fresh", 40, 7, 99);
    index(&corpus);
    let quick = with_index(&corpus, &new, "using the claims index (40 sources)");
    let (_, stderr) = lint(&corpus, &[&new]);
    assert!(
        !stderr.contains("stale") && !stderr.contains("folders changed"),
        "{stderr}"
    );
    assert_eq!(quick, without_index(&corpus, &new));
    // A file created and removed again: the folder's time moved, no file changed. Every file
    // is then stamped, and the index used as it is.
    std::fs::write(corpus.join("d0000").join("scratch.tmp"), "").unwrap();
    std::fs::remove_file(corpus.join("d0000").join("scratch.tmp")).unwrap();
    let (answer, stderr) = lint(&corpus, &[&new]);
    assert!(
        stderr.contains("folders changed")
            && stderr.contains("using the claims index")
            && !stderr.contains("stale"),
        "{stderr}"
    );
    assert_eq!(answer, quick);

    // An article the answer does not quote, saved by writing a new file and renaming it over.
    let quoted = quoted(&quick.json);
    let spare = articles(&corpus)
        .into_iter()
        .find(|p| !quoted.contains(&p.to_str().unwrap().to_string()))
        .unwrap();
    let mut text = std::fs::read_to_string(&spare).unwrap();
    text.push_str(ADDED);
    let tmp = spare.with_extension("tmp");
    std::fs::write(&tmp, &text).unwrap();
    std::fs::rename(&tmp, &spare).unwrap();
    let renamed = with_index(&corpus, &new, "refreshed, 39 of 40 sources reused");
    // The index lint refreshed is sealed too: the next lint takes the quick check.
    let (again, stderr) = lint(&corpus, &[&new]);
    assert!(
        stderr.contains("using the claims index (40 sources)")
            && !stderr.contains("stale")
            && !stderr.contains("folders changed"),
        "{stderr}"
    );
    assert_eq!(again, renamed);
    assert_eq!(renamed, without_index(&corpus, &new));
    // An article added.
    std::fs::write(corpus.join("d0000").join("added.txt"), ADDED).unwrap();
    let added = with_index(&corpus, &new, "refreshed, 40 of 41 sources reused");
    assert_eq!(added, without_index(&corpus, &new));
    // An article removed.
    std::fs::remove_file(corpus.join("d0000").join("added.txt")).unwrap();
    with_index(&corpus, &new, "refreshed, 40 of 40 sources reused");
    // A metadata file edited in place.
    let yaml = corpus.join("d0000").join("sources.yaml");
    if yaml.exists() {
        let mut meta = std::fs::read_to_string(&yaml).unwrap();
        meta.push_str("# edited\n");
        std::fs::write(&yaml, meta).unwrap();
        with_index(&corpus, &new, "files of the corpus changed");
    }
    // An index another build of factlint wrote (another grammar, say) is rebuilt whole.
    let file = corpus.join(".factlint-index");
    let mut bytes = std::fs::read(&file).unwrap();
    let build = factlint::index::BUILD.as_bytes();
    let at = bytes
        .windows(build.len())
        .position(|w| w == build)
        .expect("the key holds the build's hash");
    let other = if build[0] == b'0' { b'1' } else { b'0' };
    bytes[at..at + build.len()].fill(other);
    std::fs::write(&file, bytes).unwrap();
    let rebuilt = with_index(
        &corpus,
        &new,
        "stale (another build of factlint wrote it): refreshed, 0 of 40 sources reused",
    );
    assert_eq!(rebuilt, without_index(&corpus, &new));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_article_written_over_in_place_is_seen_when_quoted_and_by_factlint_index() {
    let (dir, corpus, new) = setup("in-place", 40, 7, 99);
    index(&corpus);
    let before = with_index(&corpus, &new, "using the claims index (40 sources)");
    let quoted = quoted(&before.json);
    let path = |p: &PathBuf| p.to_str().unwrap().to_string();
    let all = articles(&corpus);
    let spare = all.iter().find(|p| !quoted.contains(&path(p))).unwrap();
    let cited = all.iter().find(|p| quoted.contains(&path(p))).unwrap();

    // Written over in place (the folder's listing unchanged), not quoted: not seen. This is
    // the trade-off the README states; `factlint index` sees it.
    let mut text = std::fs::read_to_string(spare).unwrap();
    text.push_str(ADDED);
    std::fs::write(spare, &text).unwrap();
    let unseen = with_index(&corpus, &new, "using the claims index (40 sources)");
    assert_eq!(unseen, before, "the answer of the index as it was");
    let built = index(&corpus);
    assert!(built.contains("39 reused, 1 extracted"), "{built}");
    let after = with_index(&corpus, &new, "using the claims index (40 sources)");
    let truth = without_index(&corpus, &new);
    assert_ne!(truth, before, "the edit changes the answer");
    assert_eq!(after, truth);

    // Written over in place and quoted: its file's stamp is checked before its text is read,
    // and the index is refreshed.
    let mut text = std::fs::read_to_string(cited).unwrap();
    text.push_str(ADDED);
    std::fs::write(cited, &text).unwrap();
    let seen = with_index(&corpus, &new, "refreshed, 39 of 40 sources reused");
    assert_eq!(seen, without_index(&corpus, &new));
    let _ = std::fs::remove_dir_all(&dir);
}
