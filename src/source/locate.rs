//! Where a problem in an article's metadata is written: serde_yaml places some errors at the
//! mapping or list that holds the bad value, and these helpers move them onto it.

use miette::SourceSpan;

use super::SourceMeta;
use crate::yaml;

/// serde_yaml places an error raised while reading a value (a `published` that is no date, a
/// misspelled name in `inferred:`) at the start of the mapping or list that holds it; move it
/// onto the value. `nested`: the metadata is one mapping per article (`sources.yaml`) rather
/// than the document itself (front matter).
pub(super) fn locate_field_error(text: &str, mut e: yaml::Error, nested: bool) -> yaml::Error {
    // The misspelled name of an `inferred:` list: at the name, not at the list.
    let unknown_inferred = e
        .message
        .strip_prefix("`inferred` names an unknown field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(name, _)| name.to_string());
    if !e.message.contains("is not a date") && unknown_inferred.is_none() {
        return e;
    }
    let at = |prefix: &[yaml::Step<'_>]| {
        let mut path = prefix.to_vec();
        let Some(name) = &unknown_inferred else {
            path.push(yaml::Step::Key("published"));
            return yaml::locate(text, &path);
        };
        path.push(yaml::Step::Key("inferred"));
        let names = yaml::parse_at::<Vec<String>>(text, &path).ok()??;
        let index = names.iter().position(|n| n == name)?;
        path.push(yaml::Step::Index(index));
        yaml::locate(text, &path)
    };
    let found = if nested {
        yaml::parse::<yaml::Keys>(text).ok().and_then(|keys| {
            keys.0.iter().flatten().find_map(|k| {
                let step = [yaml::Step::Key(k.as_str())];
                yaml::parse_at::<SourceMeta>(text, &step)
                    .is_err()
                    .then(|| at(&step))
                    .flatten()
            })
        })
    } else {
        at(&[])
    };
    if found.is_some() {
        e.offset = found;
    }
    e
}

/// Where a top-level key is written, for diagnostics: the first line that starts with it,
/// followed by its colon (quoted or not).
pub(super) fn key_span(text: &str, key: &str) -> SourceSpan {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_start_matches(['"', '\'']);
        let is_key = bare.strip_prefix(key).is_some_and(|rest| {
            rest.trim_start_matches(['"', '\''])
                .trim_start()
                .starts_with(':')
        });
        if is_key {
            return (offset + (line.len() - bare.len()), key.len()).into();
        }
        offset += line.len();
    }
    (0, 0).into()
}
