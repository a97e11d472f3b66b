//! Tests of the rules area.

use std::path::Path;

use factlint::rules;

#[test]
fn good_fixture_loads() {
    let set = rules::load_dir(Path::new("tests/fixtures/rules/good"))
        .unwrap_or_else(|e| panic!("{}", rules::render_plain(&e)));
    let ids: Vec<&str> = set.rules.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["karabakh-exodus-count", "offensive-date"]);
    for r in &set.rules {
        eprintln!(
            "{} {:?} {:?}",
            r.id,
            r.origin,
            r.patterns
                .iter()
                .map(|p| (&p.expanded, p.before.as_str(), p.after.as_str()))
                .collect::<Vec<_>>()
        );
        eprintln!("{:?}", r.examples);
    }
}
