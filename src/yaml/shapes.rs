//! Light reads of a node: a mapping's keys, a list's length, a mapping's entries in order, a
//! scalar as the text it is written with.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::walk::KeyText;

/// The keys of a mapping, in document order; deserializes only from a mapping.
#[derive(Debug, Default)]
pub struct Keys(pub Vec<Option<String>>);

impl<'de> de::Deserialize<'de> for Keys {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Keys, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Keys;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<KeyText>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(k.0);
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(V)
    }
}

/// The length of a sequence; deserializes only from a sequence.
#[derive(Debug, Default)]
pub struct SeqLen(pub usize);

impl<'de> de::Deserialize<'de> for SeqLen {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<SeqLen, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SeqLen;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<SeqLen, A::Error> {
                let mut n = 0;
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(SeqLen(n))
            }
        }
        d.deserialize_seq(V)
    }
}

/// A mapping's entries in document order (a `BTreeMap` would sort them, and the order of
/// defs and subjects is meaningful).
#[derive(Debug, Clone)]
pub struct Entries<V>(pub Vec<(String, V)>);

impl<'de, V: de::Deserialize<'de>> de::Deserialize<'de> for Entries<V> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Entries<V>, D::Error> {
        struct Vis<V>(PhantomData<V>);
        impl<'de, V: de::Deserialize<'de>> Visitor<'de> for Vis<V> {
            type Value = Entries<V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<V>, A::Error> {
                let mut entries = Vec::new();
                while let Some(k) = map.next_key::<ScalarText>()? {
                    entries.push((k.0, map.next_value::<V>()?));
                }
                Ok(Entries(entries))
            }
        }
        d.deserialize_map(Vis(PhantomData))
    }
}

/// Any scalar as the text it is written with (`500`, `5%`, `2023-09`, `true`); a mapping or
/// a list is a type error. For values whose meaning the caller decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScalarText(pub String);

impl<'de> de::Deserialize<'de> for ScalarText {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<ScalarText, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ScalarText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a single value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
        }
        d.deserialize_str(V)
    }
}
