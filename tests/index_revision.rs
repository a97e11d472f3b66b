//! A revision from the per-fact summary (`src/index/revised.rs`): a new article that is an
//! older edition of an outlet whose later edition revised the fact gets the corpus's revision
//! with its claims put in, as without the index; the cases next to it (the latest edition's
//! date or a later one, both a revised value and a standing one, an outlet the corpus never
//! revised, two outlets' older editions at once) take the full path, a value the latest edition
//! states the conflict's summary, each with the same answer.

use std::path::PathBuf;

use crate::index_summary::same_with_and_without;

/// A sentence stating how many fled.
fn fled(value: u32) -> String {
    format!(
        "Selon les autorités locales, quelque {value} personnes ont fui le Haut-Karabakh après l'offensive.\n"
    )
}

#[test]
fn an_older_edition_joins_the_corpus_revision_as_without_the_index() {
    let dir = std::env::temp_dir().join(format!("factlint-index-revision-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let corpus = dir.join("corpus");
    let new = dir.join("new");
    std::fs::create_dir_all(corpus.join("sub")).unwrap();
    std::fs::create_dir_all(&new).unwrap();
    // One outlet with nine editions (eight revised values, more than the message names), a
    // second revised once, a third never, and an undated source: a conflict across sources.
    let corpus_side: &[(&str, &str, &str, u32)] = &[
        ("a0.txt", "Le Relais", "2024-04-02", 90000),
        ("a1.txt", "Le Relais", "2024-04-05", 95000),
        ("sub/a1.txt", "Le Relais", "2024-04-05", 96000),
        ("a2.txt", "Le Relais", "2024-04-06", 91000),
        ("a3.txt", "Le Relais", "2024-04-06", 92000),
        ("a4.txt", "Le Relais", "2024-04-07", 93000),
        ("a5.txt", "Le Relais", "2024-04-07", 94000),
        ("a6.txt", "Le Relais", "2024-04-08", 97000),
        ("a7.txt", "Le Relais", "2024-04-09", 100000),
        ("b0.txt", "La Vigie", "2024-04-03", 120000),
        ("b1.txt", "La Vigie", "2024-04-04", 100000),
        ("c0.txt", "Le Phare", "2024-04-06", 110000),
    ];
    let mut yaml = String::new();
    let mut sub_yaml = String::new();
    for (path, outlet, date, value) in corpus_side {
        std::fs::write(corpus.join(path), fled(*value)).unwrap();
        let (into, name) = match path.strip_prefix("sub/") {
            Some(name) => (&mut sub_yaml, name),
            None => (&mut yaml, *path),
        };
        into.push_str(&format!(
            "{name}:\n  outlet: \"{outlet}\"\n  published: {date}\n  lang: fr\n"
        ));
    }
    std::fs::write(corpus.join("d0.txt"), fled(80000)).unwrap();
    std::fs::write(corpus.join("sources.yaml"), yaml).unwrap();
    std::fs::write(corpus.join("sub/sources.yaml"), sub_yaml).unwrap();
    let write = |name: &str, outlet: &str, date: &str, values: &[u32]| {
        let path = new.join(name);
        let body: String = values.iter().map(|&v| fled(v)).collect();
        std::fs::write(
            &path,
            format!("---\noutlet: \"{outlet}\"\npublished: {date}\nlang: fr\n---\n{body}"),
        )
        .unwrap();
        path
    };
    let answered: Vec<(String, Vec<PathBuf>)> = vec![
        (
            "between two editions".into(),
            vec![write("n1.md", "Le Relais", "2024-04-03", &[77000])],
        ),
        (
            "a date, value and name the corpus tells already".into(),
            vec![write("a1.txt", "Le Relais", "2024-04-05", &[95000])],
        ),
        (
            "before every edition, two values".into(),
            vec![write("n2.md", "Le Relais", "2024-04-01", &[77000, 78000])],
        ),
        (
            "in the last revised date".into(),
            vec![write("n3.md", "Le Relais", "2024-04-08", &[97000, 60000])],
        ),
        (
            "another outlet's revision".into(),
            vec![write("n4.md", "La Vigie", "2024-04-01", &[99000])],
        ),
        (
            "a value the latest edition states".into(),
            vec![write("n5.md", "Le Relais", "2024-04-03", &[100000])],
        ),
    ];
    let full: Vec<(String, Vec<PathBuf>)> = vec![
        (
            "the latest edition's date".into(),
            vec![write("f1.md", "Le Relais", "2024-04-09", &[77000])],
        ),
        (
            "a later edition".into(),
            vec![write("f2.md", "Le Relais", "2024-05-01", &[77000])],
        ),
        (
            "revised and standing at once".into(),
            vec![write("f3.md", "Le Relais", "2024-04-03", &[100000, 77000])],
        ),
        (
            "an outlet the corpus never revised".into(),
            vec![write("f4.md", "Le Phare", "2024-04-02", &[70000])],
        ),
    ];
    let mut full = full;
    // Two outlets' revisions of one fact: one finding each, left to the comparison.
    full.push((
        "two outlets' older editions".into(),
        vec![new.join("n1.md"), new.join("n4.md")],
    ));
    let mut cases = answered.clone();
    cases.extend(full.iter().cloned());
    let fast = same_with_and_without(&corpus, &cases);
    for ((name, _), fast) in cases.iter().zip(&fast) {
        let want = !full.iter().any(|(n, _)| n == name);
        assert_eq!(*fast, want, "{name}: answered from the summary");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
