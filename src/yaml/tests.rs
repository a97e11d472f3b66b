use super::*;

const DOC: &str =
    "a: 1\nrules:\n  - id: x\n    patterns: [\"p{date}\", 'q''s']\n  - id: \"y\\\\z\"\n";

#[test]
fn locates_nodes_and_keys() {
    assert_eq!(
        locate(DOC, &[Step::Key("rules"), Step::Index(1), Step::Key("id")]),
        DOC.find("\"y")
    );
    assert_eq!(
        locate(DOC, &[Step::Key("rules"), Step::Index(0)]),
        DOC.find("id: x")
    );
    assert_eq!(
        locate_key(DOC, &[Step::Key("rules"), Step::Index(0)], "patterns", 0),
        DOC.find("patterns")
    );
    assert_eq!(locate(DOC, &[Step::Key("rules"), Step::Index(5)]), None);
    assert_eq!(locate(DOC, &[Step::Key("nope")]), None);
}

#[test]
fn parses_at_a_path() {
    let id: Option<String> =
        parse_at(DOC, &[Step::Key("rules"), Step::Index(1), Step::Key("id")]).unwrap();
    assert_eq!(id.as_deref(), Some("y\\z"));
    let n: Option<ScalarText> = parse_at(DOC, &[Step::Key("a")]).unwrap();
    assert_eq!(n.unwrap().0, "1");
    let err = parse_at::<u8>(DOC, &[Step::Key("rules")]).unwrap_err();
    assert_eq!(err.offset, DOC.find("- id: x"));
}

/// Every view of `items` answers as the whole document does, and is a chunk of its own.
fn views_agree_with_the_whole(text: &str, n: usize) {
    let doc = Document::parse(text).unwrap();
    let views = doc.items("rules").unwrap();
    assert_eq!(views.len(), n);
    for (i, view) in views.iter().enumerate() {
        assert!(
            view.chunk.is_some(),
            "rule {i} is viewed through the whole text"
        );
        let full = |rest: &[Step<'static>]| {
            let mut p = vec![Step::Key("rules"), Step::Index(i)];
            p.extend_from_slice(rest);
            p
        };
        for path in [
            vec![],
            vec![Step::Key("id")],
            vec![Step::Key("patterns"), Step::Index(1)],
        ] {
            assert_eq!(
                view.locate(&path),
                locate(text, &full(&path)),
                "{i} {path:?}"
            );
        }
        assert_eq!(
            view.locate_key(&[], "patterns", 0),
            locate_key(text, &full(&[]), "patterns", 0)
        );
        let err = view.parse_at::<u8>(&[Step::Key("id")]).unwrap_err();
        let whole = parse_at::<u8>(text, &full(&[Step::Key("id")])).unwrap_err();
        assert_eq!(err, whole);
    }
}

#[test]
fn block_and_flow_items_are_viewed_on_their_own() {
    let block = "lang: fr\nrules:\n  - {id: r0, patterns: ['a''s', \"b, [c]\"]}\n\n  # c\n  - id: r1\n    patterns:\n      - é\n      - \"x\"\n  - id: r2\n    patterns: [a, b]\n";
    views_agree_with_the_whole(block, 3);
    let flow = "rules: [ # é, ]\n  {id: r0, patterns: ['a''s', \"b, [c]\"]}, # c\n  {\"id\": r1,\n   patterns: [é, {x: y}]},\n  {id: r2, patterns: [a, b]},\n]\n";
    views_agree_with_the_whole(flow, 3);
}

#[test]
fn token_ends() {
    let text = "a: 'it''s' # c\nb: \"q\\\"x\" y\nc: plain text  # c\n";
    let at = |s: &str| text.find(s).unwrap();
    assert_eq!(&text[at("'it")..token_end(text, at("'it"))], "'it''s'");
    assert_eq!(&text[at("\"q")..token_end(text, at("\"q"))], "\"q\\\"x\"");
    assert_eq!(
        &text[at("plain")..token_end(text, at("plain"))],
        "plain text"
    );
}

#[test]
fn maps_scalar_bytes_back_to_the_text() {
    let start = DOC.find("\"y").unwrap();
    let m = scalar_map(DOC, start, "y\\z");
    assert!(m.is_exact());
    // The value's `z` (byte 2) sits after the two-byte escape.
    assert_eq!(m.range(2, 3), (start + 4, start + 5));
    let start = DOC.find("'q").unwrap();
    let m = scalar_map(DOC, start, "q's");
    assert_eq!(m.range(2, 3), (start + 4, start + 5));
    let start = DOC.find("p{").unwrap() - 1;
    assert_eq!(
        scalar_map(DOC, start, "p{date}").range(1, 7),
        (start + 2, start + 8)
    );
}
