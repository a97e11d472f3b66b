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

/// Where each of `keys` (top-level keys) is written, for diagnostics: the first line that
/// starts with it, followed by its colon (quoted or not), else `(0, 0)`. One pass over the
/// lines, whatever the number of keys: at each colon, every way of ending a key before it
/// (closing quotes, then spaces) is looked up, so that a `sources.yaml` of a hundred thousand
/// entries costs its length, not its length times its entries.
pub(super) fn key_spans<'k>(
    text: &str,
    keys: impl IntoIterator<Item = &'k String>,
) -> std::collections::BTreeMap<String, SourceSpan> {
    let mut found: std::collections::HashMap<&str, Option<SourceSpan>> =
        keys.into_iter().map(|k| (k.as_str(), None)).collect();
    let mut left = found.len();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if left == 0 {
            break;
        }
        let bare = line.trim_start_matches(['"', '\'']);
        let at = offset + (line.len() - bare.len());
        for colon in memchr::memchr_iter(b':', bare.as_bytes()) {
            // The key ends where the rest reads quotes, then spaces, then this colon.
            let spaces = bare[..colon].trim_end().len();
            let quotes = bare[..spaces].trim_end_matches(['"', '\'']).len();
            let ends = bare[quotes..=colon]
                .char_indices()
                .map(|(i, _)| quotes + i)
                .filter(|&end| {
                    bare[end..]
                        .trim_start_matches(['"', '\''])
                        .trim_start()
                        .starts_with(':')
                });
            for end in ends {
                if let Some(slot) = found.get_mut(&bare[..end])
                    && slot.is_none()
                {
                    *slot = Some((at, end).into());
                    left -= 1;
                }
            }
        }
        offset += line.len();
    }
    found
        .into_iter()
        .map(|(k, span)| (k.to_string(), span.unwrap_or_else(|| (0, 0).into())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `key_spans` gives one key, by a scan of the lines for that key alone.
    fn key_span(text: &str, key: &str) -> SourceSpan {
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

    #[test]
    fn every_key_is_where_a_scan_for_it_alone_finds_it() {
        let text = "a.txt:\n  outlet: X\n\"b c.md\" : {published: 2024-01-02}\n'é:d.txt'  :\n\
                    a.txt: again\ne.txt\" \":\nf.txt\t:\n  g.txt: nested\nh.txt:: x\n";
        let keys: Vec<String> = [
            "a.txt", "b c.md", "é:d.txt", "é", "e.txt", "e.txt\" ", "f.txt", "g.txt", "h.txt",
            "h.txt:", "missing", "outlet", "",
        ]
        .iter()
        .map(|k| k.to_string())
        .collect();
        let spans = key_spans(text, &keys);
        assert_eq!(spans.len(), keys.len());
        for k in &keys {
            assert_eq!(spans[k], key_span(text, k), "{k:?}");
        }
        assert_eq!(spans["b c.md"], (20, 6).into());
        assert_eq!(spans["missing"], (0, 0).into());
    }
}
