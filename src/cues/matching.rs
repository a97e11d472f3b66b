//! A cue rule's verdict on each candidate value: which of its requirements the words around
//! the value meet, which they miss (the near-miss account that `rules why` prints), and which
//! value of a sentence the rule takes when several pass.
//!
//! Distances are counted in words (punctuation included) between the value and a cue. A
//! candidate passes when: it counts one of `counts` (or nothing: a bare count), every `cues`
//! item occurs in its scope, every `near` item within `window` words, no `unless` item occurs,
//! no `rivals` word is nearer than the nearest `cues`/`near` word, the anchor holds, and the
//! sentence neither rejects nor imagines the value (`denied`). Among
//! the passing candidates of one scope the rule takes one: the part of a partitive before the
//! whole (or the reverse with `partitive: whole`), then the one its cues are nearest to, then
//! the first.

use std::ops::Range;

use serde::Serialize;

use super::counted::{Side, counted, manner};
use super::dateline::dateline;
use super::denied::{Denial, denied};
use super::index::Hit;
use super::insertion::distance_past_insertions;
use super::said::said;
use super::tokens::Word;
use super::{CueHit, CueSpec, Partitive, Role};

/// The text a rule is evaluated on, split once.
pub struct Text<'a> {
    pub text: &'a str,
    pub words: &'a [Word],
    /// The byte range of each word: what [`word_range`] searches.
    pub spans: &'a [Range<usize>],
    pub paragraphs: &'a [Range<usize>],
    /// The denials already read, by the value's and the scope's words: every rule of a kind
    /// asks about the same values (see [`Denials`]); `None` reads each afresh.
    pub denials: Option<&'a Denials>,
}

/// [`denied`] by the words of the value and of its scope, remembered for the rules of one text:
/// a pure function of the text's words, so the table changes no verdict, only its cost.
#[derive(Default)]
pub struct Denials(std::cell::RefCell<DenialTable>);

type DenialTable = std::collections::HashMap<
    (usize, usize, usize, usize),
    Option<Denial>,
    std::hash::BuildHasherDefault<crate::grammar::prefilter::WordHasher>,
>;

/// One value the rule considers: a grammar mention, its scope (byte range) and whether it is a
/// count (the counted noun is then checked).
#[derive(Debug, Clone)]
pub struct Candidate {
    pub mention: usize,
    pub span: Range<usize>,
    pub scope: Range<usize>,
    pub is_count: bool,
    /// A year read as a date and offered to a count rule: it needs a noun of its own ("2000
    /// soldats"), or "la guerre de 2020 a fait…" would count 2020.
    pub bare_year: bool,
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Missing::Unit { noun } if noun.is_empty() => {
                write!(f, "a year with no noun after it is not a count")
            }
            Missing::Unit { noun } => write!(f, "it counts “{noun}”, which is not in `counts`"),
            Missing::Cue { item } => write!(f, "no word of `cues` {item} in the sentence"),
            Missing::Near { item, window } => {
                write!(f, "no word of `near` {item} within {window} words")
            }
            Missing::Excluded { item, word } => write!(f, "`unless` {item} matched “{word}”"),
            Missing::Rival { item, word } => {
                write!(
                    f,
                    "the rival “{word}” ({item}) is nearer than the rule's cues"
                )
            }
            Missing::Anchor { against: Some(w) } => {
                write!(
                    f,
                    "the anchor's `against` word “{w}” is nearer than its cues"
                )
            }
            Missing::Anchor { against: None } => write!(f, "no word of the anchor in the text"),
            Missing::Denied { word } => {
                write!(f, "the sentence denies the value (“{word}” before it)")
            }
            Missing::Rejected => {
                write!(
                    f,
                    "the text rejects this value in another sentence (“pas X mais Y”)"
                )
            }
            Missing::Said => {
                write!(
                    f,
                    "the date is a saying's or a dispatch's (“, a confirmé jeudi le Kremlin”, “EREVAN, 18 avril (Agence) –”)"
                )
            }
            Missing::Manner { words } => write!(f, "“{words}” says how, it counts nothing"),
            Missing::Share { words } => {
                write!(
                    f,
                    "“{words}” makes the value a share of a whole, not a count"
                )
            }
            Missing::Difference { words } => write!(
                f,
                "the value is a difference or the start of a change (“{words}”), not a count"
            ),
            Missing::Hypothetical => {
                write!(
                    f,
                    "the value is in a hypothetical sentence (“si” and a conditional)"
                )
            }
        }
    }
}

/// What a candidate lacks, for authors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "missing", rename_all = "kebab-case")]
pub enum Missing {
    /// The value counts this noun, which is not among `counts`.
    Unit { noun: String },
    /// No word of this `cues` item in the scope.
    Cue { item: String },
    /// No word of this `near` item close enough.
    Near { item: String, window: usize },
    /// An `unless` word occurs.
    Excluded { item: String, word: String },
    /// A rival word is nearer to the value than the rule's own cues.
    Rival { item: String, word: String },
    /// The anchor is missing, or an `against` word is nearer.
    Anchor { against: Option<String> },
    /// The sentence rejects the value: "pas X mais Y", "Y et non X" (see [`super::denied`]).
    Denied { word: String },
    /// The value is imagined: a "si" clause with a conditional verb.
    Hypothetical,
    /// The value is a difference or a change's amount or start, "N de plus", "passé de N à M"
    /// (see [`super::difference`]).
    Difference { words: String },
    /// Another sentence of the text denies this value ("Le message évoque 50 000 exilés.
    /// Ce ne sont pas 50 000 mais 100 000."): the writer quotes it to reject it.
    Rejected,
    /// The date of a reporting incise or of a dispatch's dateline (see [`super::said`],
    /// [`super::dateline`]).
    Said,
    /// "par milliers": a manner, not a count (see [`super::counted::manner`]).
    Manner { words: String },
    /// "la moitié des…", "40 % des…": a share of a whole, not a count (see [`super::share`]).
    Share { words: String },
}

/// The verdict on one candidate.
#[derive(Debug, Clone)]
pub struct Evaluation {
    pub candidate: Candidate,
    pub missing: Vec<Missing>,
    /// The cues that matched, for `explain`; empty when the candidate fails (its `missing`
    /// says why).
    pub hits: Vec<CueHit>,
    /// Sum of the distances to the nearest word of each `cues` and `near` item.
    pub score: usize,
    pub side: Side,
    /// The previous candidate of the same scope is joined to this one by "et", "au", "à" or a
    /// dash: they are one list or range.
    pub linked_to_previous: bool,
}

impl Evaluation {
    pub fn passes(&self) -> bool {
        self.missing.is_empty()
    }
}

/// The word indices a byte range covers.
pub fn word_range(spans: &[Range<usize>], span: &Range<usize>) -> Range<usize> {
    let start = spans.partition_point(|w| w.end <= span.start);
    let end = spans.partition_point(|w| w.start < span.end);
    start..end.max(start)
}

fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    // Zero when they overlap: one of the two gaps is then negative.
    a.start
        .saturating_sub(b.end)
        .max(b.start.saturating_sub(a.end))
}

/// Whether the value opens its sentence as a fronted adverbial ("Le 17 avril, le Kremlin a
/// affirmé que…", "En septembre 2023, Bakou a…", "Le 3 juin à Paris, le ministre a…"): at most
/// two words before it, then a comma, directly or after a place or time phrase of at most
/// three words that opens with a preposition. Such a value modifies the whole clause, so
/// every `near` cue of the sentence is near it.
fn is_fronted(words: &[Word], mw: &Range<usize>, sw: &Range<usize>) -> bool {
    let before = mw.start.saturating_sub(sw.start);
    let comma = |i: usize| words.get(i).is_some_and(|w| &*w.folded == ",");
    let phrase_then_comma = || {
        words
            .get(mw.end)
            .is_some_and(|w| FRONTED_PREPOSITIONS.contains(&w.folded.as_ref()))
            && (mw.end + 1..mw.end + 4)
                .take_while(|&i| words.get(i).is_some_and(|w| !w.is_punct()))
                .last()
                .is_some_and(|last| comma(last + 1))
    };
    before <= 2
        && (sw.start..mw.start).all(|i| !words[i].is_punct())
        && (comma(mw.end) || phrase_then_comma())
}

/// Whether the hit at `hit` lies in a relative clause that follows the value: a comma, then
/// "que", "qui" or "dont", between them ("céder cinq villages, que Bakou revendiquait"). Such a
/// clause says what the counted thing was or is; an `unless` word in it does not undo the
/// sentence's own statement.
fn in_relative_after(words: &[Word], mw: &Range<usize>, hit: &Range<usize>) -> bool {
    hit.start > mw.end
        && (mw.end..hit.start - 1).any(|k| {
            &*words[k].folded == ","
                && matches!(words[k + 1].folded.as_ref(), "que" | "qui" | "dont")
        })
}

/// The words that place a date within its period ("début mai", "fin avril", "mi-avril", "early
/// May"): inside a value, they are part of the date, not a cue of beginning or ending (a
/// rival of them still is one).
const DATE_PART_WORDS: &[&str] = &[
    "debut",
    "fin",
    "mi",
    "milieu",
    "courant",
    "early",
    "late",
    "mid",
    "beginning",
    "end",
];

/// The prepositions that open a place or time phrase between a fronted value and its comma.
const FRONTED_PREPOSITIONS: &[&str] = &["a", "au", "aux", "en", "dans", "sur", "in", "at", "on"];

/// Whether a longer hit of the other side covers `h`: a rival's word inside a cue's phrase
/// ("accord" in "accord conclu") is part of the cue, and a cue's word inside a rival's phrase
/// ("guerre" in "première guerre") is part of the rival. The longest phrase wins.
fn shadowed(i: usize, hits: &[Hit], items: &[(Role, &super::Item)]) -> bool {
    let h = &hits[i];
    let rival = |x: &Hit| items[x.item].0 == Role::Rivals;
    // Hits are in word order and phrases are short: a covering hit starts at most a phrase's
    // length before `h`.
    let from = hits.partition_point(|o| o.words.start + LONGEST_PHRASE < h.words.start);
    let to = hits.partition_point(|o| o.words.start <= h.words.start);
    hits[from..to].iter().any(|o| {
        rival(o) != rival(h)
            && matches!(items[o.item].0, Role::Rivals | Role::Cues | Role::Near)
            && matches!(items[h.item].0, Role::Rivals | Role::Cues | Role::Near)
            && o.words.start <= h.words.start
            && h.words.end <= o.words.end
            && o.words.len() > h.words.len()
    })
}

/// More words than any phrase a covering hit could have (gaps included).
const LONGEST_PHRASE: usize = 32;

/// The hits (indices) whose words lie within `words`, given hits in word order.
fn hits_within(hits: &[Hit], words: &Range<usize>) -> Range<usize> {
    let from = hits.partition_point(|h| h.words.start < words.start);
    let to = hits.partition_point(|h| h.words.start < words.end);
    from..to.max(from)
}

/// Which scopes can hold a value that passes: those where every `cues:` item has a hit. A
/// value in any other scope lacks a cue whatever else it has, so a check need not evaluate it
/// (`rules why` does, for its near-miss reasons). Scopes are byte ranges, `hits` in word order.
pub fn scope_may_pass<'h>(
    spec: &CueSpec,
    spans: &'h [Range<usize>],
    hits: &'h [Hit],
) -> impl Fn(&Range<usize>) -> bool + 'h {
    let required: Vec<usize> = spec
        .items()
        .iter()
        .enumerate()
        .filter(|(_, (role, _))| *role == Role::Cues)
        .map(|(i, _)| i)
        .collect();
    move |scope| {
        let sw = word_range(spans, scope);
        let within = hits_within(hits, &sw);
        required.iter().all(|&k| {
            hits[within.clone()]
                .iter()
                .any(|h| h.item == k && h.words.end <= sw.end)
        })
    }
}

/// Evaluates every candidate; `hits` are the rule's hits in the whole text, in word order.
/// Each failing candidate's `missing` lists everything it lacks (the near-miss account).
pub fn evaluate(
    spec: &CueSpec,
    t: &Text,
    hits: &[Hit],
    candidates: &[Candidate],
) -> Vec<Evaluation> {
    evaluate_with(spec, t, hits, candidates, true)
}

/// [`evaluate`] for a check, which reads of a failing candidate only that it fails and
/// whether its sentence denies it ([`reject_denied_elsewhere`]): its `missing` holds the
/// denial, or else the first thing it lacks, and the rest is not looked for. Passing
/// candidates are evaluated in full, the same as by [`evaluate`].
pub fn verdicts(
    spec: &CueSpec,
    t: &Text,
    hits: &[Hit],
    candidates: &[Candidate],
) -> Vec<Evaluation> {
    evaluate_with(spec, t, hits, candidates, false)
}

fn evaluate_with(
    spec: &CueSpec,
    t: &Text,
    hits: &[Hit],
    candidates: &[Candidate],
    full: bool,
) -> Vec<Evaluation> {
    let items = spec.items();
    let bytes_of = |h: &Hit| t.words[h.words.start].span.start..t.words[h.words.end - 1].span.end;
    let hit_of = |h: &Hit| CueHit {
        role: items[h.item].0,
        item: items[h.item].1.written.clone(),
        phrase: items[h.item].1.phrases[h.phrase].written.clone(),
        span: bytes_of(h),
    };
    // Sorted by start, so that each value finds the counts of its scope by binary search, not
    // by a scan of every count of the text (quadratic on a long text).
    let mut count_words: Vec<Range<usize>> = candidates
        .iter()
        .filter(|c| c.is_count)
        .map(|c| word_range(t.spans, &c.span))
        .collect();
    count_words.sort_by_key(|r| (r.start, r.end));
    // The hits of the anchor's two roles, in word order: the article-wide search for the
    // nearest one is a binary search in these, not a scan of every hit per value.
    let of_role = |role: Role| -> Vec<usize> {
        (0..hits.len())
            .filter(|&i| items[hits[i].item].0 == role)
            .collect()
    };
    let anchor_hits = match spec.anchor {
        Some(_) => [of_role(Role::Anchor), of_role(Role::Against)],
        None => Default::default(),
    };
    let mut out = Vec::with_capacity(candidates.len());
    // Candidates come in text order, and those of one scope share its words and its hits.
    let mut scope_of: Option<Range<usize>> = None;
    let mut sw = 0..0;
    let mut in_scope: Vec<&Hit> = Vec::new();
    // The counts of the scope (made when a candidate of the scope first needs them).
    let mut scope_counts: Option<Vec<Range<usize>>> = None;
    'candidates: for c in candidates {
        let mw = word_range(t.spans, &c.span);
        if scope_of.as_ref() != Some(&c.scope) {
            sw = word_range(t.spans, &c.scope);
            in_scope = hits_within(hits, &sw)
                .filter(|&i| hits[i].words.end <= sw.end && !shadowed(i, hits, &items))
                .map(|i| &hits[i])
                .collect();
            scope_of = Some(c.scope.clone());
            scope_counts = None;
        }
        let mut missing = Vec::new();
        // The hits that matched; made into `CueHit`s only when the candidate passes.
        let mut used: Vec<&Hit> = Vec::new();
        // A check is done with a candidate once it fails (see `verdicts`), and a denial, which
        // it must know of, comes first.
        let done = |missing: &Vec<Missing>| !full && !missing.is_empty();
        let mut denial = match t.denials {
            Some(cache) => *cache
                .0
                .borrow_mut()
                .entry((mw.start, mw.end, sw.start, sw.end))
                .or_insert_with(|| denied(t.text, t.words, &mw, &sw)),
            None => denied(t.text, t.words, &mw, &sw),
        };
        if !full && denial.is_some() {
            push_denial(&mut missing, denial.take());
            out.push(failed(&out, t, c, &mw, missing));
            continue 'candidates;
        }
        let fronted = is_fronted(t.words, &mw, &sw);
        // What the value counts, and the noun a pronoun or "en" stands for, if that gave it.
        let (what_counts, stand_in) = if c.is_count && !spec.counts.is_empty() {
            let scope_counts = scope_counts.get_or_insert_with(|| {
                let first = count_words.partition_point(|r| r.start < sw.start);
                count_words[first..]
                    .iter()
                    .take_while(|r| r.start <= sw.end)
                    .filter(|r| r.end <= sw.end)
                    .cloned()
                    .collect()
            });
            let mut k = counted(t.words, mw.clone(), scope_counts, sw.end);
            // "la 102e": a rank counts its own word.
            if let Some(r) = super::rank::rank(t.words, &mw) {
                k.noun = Some(r);
            }
            // "8 000 €", "$3 million": a sum counts its currency.
            if let Some(s) = super::money::currency(t.words, &mw) {
                k.noun = Some(s);
            }
            let mut stand_in = None;
            if k.noun.is_none() {
                k.noun = super::answer::asked_noun(t.words, &sw, &mw);
            }
            if k.noun.is_none() {
                k.noun = super::clitic::en_noun(t.words, &mw, scope_counts, sw.end);
                stand_in = k.noun;
            }
            if k.noun.is_none() {
                k.noun = super::clitic::numbered(t.text, t.words, &mw);
            }
            if k.noun.is_none() {
                k.noun = super::anaphora::antecedent_noun(t.words, &sw, &mw);
                stand_in = k.noun;
            }
            (Some(k), stand_in)
        } else {
            (None, None)
        };
        // A bare count whose pronoun or "en" stands for a noun ("… des casques bleus russes.
        // Rappel : ils étaient 1 960."): what is near that noun is near the count.
        // "X et Y … respectivement N et M": a cue inside the coordination is measured from
        // the value's own conjunct.
        let split = super::respectively::distributed(t.words, &sw, &mw);
        // "la population, estimée à N": a cue before the estimate is measured from its start.
        let estimate = super::estimated::estimate_start(t.words, &mw).filter(|&s| s >= sw.start);
        let distance = |mw: &Range<usize>, h: &Range<usize>| {
            if let Some(s) = &split
                && h.start < s.coordination.end
                && s.coordination.start < h.end
            {
                return distance(&s.own, h);
            }
            let d = distance(mw, h);
            let d = estimate.map_or(d, |s| d.min(distance(&(s..mw.end), h)));
            stand_in.map_or(d, |n| d.min(distance(&(n..n + 1), h)))
        };
        // "début mai", "fin avril", "mi-avril": a word of the value is when, not a cue said
        // of it ("se rencontrent début mai" is no beginning). As a rival it still binds: "fin
        // 2020" is an end, no start.
        let own = |h: &Hit| {
            mw.start <= h.words.start
                && h.words.end <= mw.end
                && (h.words.start..h.words.end)
                    .all(|k| DATE_PART_WORDS.contains(&t.words[k].folded.as_ref()))
        };
        let nearest = |role: Role, item: usize| {
            in_scope
                .iter()
                .filter(|h| h.item == item && items[item].0 == role && !own(h))
                .min_by_key(|h| distance(&mw, &h.words))
                .copied()
        };
        // A check looks first for what costs least to miss: a `cues` or `near` item without
        // a hit within reach fails the candidate as it does below.
        for (i, (role, item)) in items.iter().enumerate() {
            let reach = match role {
                Role::Near if !fronted => spec.window,
                Role::Cues | Role::Near => usize::MAX,
                _ => continue,
            };
            // Within reach as the loop below measures it: a `near` hit also counts when the
            // words between are an insertion (`distance_past_insertions`).
            let within = |h: &&Hit| {
                distance(&mw, &h.words) <= reach
                    || (reach != usize::MAX
                        && distance_past_insertions(t.words, &mw, &h.words) <= reach)
            };
            if full || in_scope.iter().any(|h| h.item == i && within(h) && !own(h)) {
                continue;
            }
            missing.push(match role {
                Role::Cues => Missing::Cue {
                    item: item.written.clone(),
                },
                _ => Missing::Near {
                    item: item.written.clone(),
                    window: spec.window,
                },
            });
            out.push(failed(&out, t, c, &mw, missing));
            continue 'candidates;
        }
        // What the value counts.
        let mut side = Side::Alone;
        let mut noun_at = None;
        if let Some(k) = what_counts {
            if manner(t.words, &mw) {
                let bytes = t.words[mw.start - 1].span.start..t.words[mw.end - 1].span.end;
                missing.push(Missing::Manner {
                    words: t.text[bytes].to_string(),
                });
            }
            let scope_counts = scope_counts.as_deref().unwrap_or_default();
            let share = super::share::share(t.words, &mw)
                .or_else(|| super::ratio::ratio(t.words, &mw, scope_counts));
            if let Some(r) = share {
                let bytes = t.words[r.start].span.start..t.words[r.end - 1].span.end;
                missing.push(Missing::Share {
                    words: t.text[bytes].to_string(),
                });
            }
            side = k.side;
            noun_at = k.noun;
            if let Some(n) = k.noun {
                let at_noun = in_scope
                    .iter()
                    .find(|h| h.words.start == n && items[h.item].0 == Role::Counts);
                match at_noun {
                    Some(h) => used.push(h),
                    None => missing.push(Missing::Unit {
                        noun: t.text[t.words[n].span.clone()].to_string(),
                    }),
                }
            } else if c.bare_year && !super::introduced::introduces_count(t.words, mw.start) {
                missing.push(Missing::Unit {
                    noun: String::new(),
                });
            }
        }
        if done(&missing) {
            out.push(failed(&out, t, c, &mw, missing));
            continue 'candidates;
        }
        // Cues anywhere in the scope, near ones within the window.
        let mut score = 0;
        let mut bind = usize::MAX;
        for (i, (role, item)) in items.iter().enumerate() {
            if done(&missing) {
                out.push(failed(&out, t, c, &mw, missing));
                continue 'candidates;
            }
            match role {
                Role::Cues | Role::Near => match nearest(*role, i) {
                    Some(h) => {
                        let d = distance(&mw, &h.words);
                        if *role == Role::Near
                            && d > spec.window
                            && !fronted
                            && distance_past_insertions(t.words, &mw, &h.words) > spec.window
                        {
                            missing.push(Missing::Near {
                                item: item.written.clone(),
                                window: spec.window,
                            });
                        }
                        score += d;
                        // The counted noun says what is counted, not what is said of it: when
                        // the item's nearest word is the noun ("1 960 casques bleus"), its
                        // next word binds ("le déploiement de 1 960 casques bleus").
                        let other = in_scope
                            .iter()
                            .filter(|o| o.item == i && Some(o.words.start) != noun_at)
                            .map(|o| distance(&mw, &o.words));
                        if let Some(b) = if Some(h.words.start) != noun_at {
                            Some(d)
                        } else {
                            other.min()
                        } {
                            bind = bind.min(b);
                        }
                        used.push(h);
                    }
                    None if *role == Role::Cues => missing.push(Missing::Cue {
                        item: item.written.clone(),
                    }),
                    None => missing.push(Missing::Near {
                        item: item.written.clone(),
                        window: spec.window,
                    }),
                },
                Role::Unless => {
                    if let Some(h) = in_scope
                        .iter()
                        .find(|h| h.item == i && !in_relative_after(t.words, &mw, &h.words))
                    {
                        missing.push(Missing::Excluded {
                            item: item.written.clone(),
                            word: t.text[bytes_of(h)].to_string(),
                        });
                    }
                }
                _ => {}
            }
        }
        // A value the sentence rejects or imagines is no claim, whatever its cues.
        push_denial(&mut missing, denial.take());
        if !c.is_count && (said(t.words, &mw) || dateline(t.text, t.words, &mw)) {
            missing.push(Missing::Said);
        }
        if done(&missing) {
            out.push(failed(&out, t, c, &mw, missing));
            continue 'candidates;
        }
        // Rivals: a word of another fact that binds the value more closely.
        if let Some(h) = in_scope
            .iter()
            .filter(|h| items[h.item].0 == Role::Rivals)
            .min_by_key(|h| distance(&mw, &h.words))
            && distance(&mw, &h.words) < bind
        {
            missing.push(Missing::Rival {
                item: items[h.item].1.written.clone(),
                word: t.text[bytes_of(h)].to_string(),
            });
        }
        if done(&missing) {
            out.push(failed(&out, t, c, &mw, missing));
            continue 'candidates;
        }
        // The anchor: nearest in the scope, then the paragraph, then the article.
        if spec.anchor.is_some() {
            // Paragraphs are in text order and disjoint: the one holding the value is the last
            // that starts at or before it.
            let paragraph = t.paragraphs
                [..t.paragraphs.partition_point(|p| p.start <= c.span.start)]
                .last()
                .filter(|p| c.span.end <= p.end)
                .cloned()
                .unwrap_or(c.scope.clone());
            let key = |h: &Hit| {
                let bytes = t.words[h.words.start].span.start..t.words[h.words.end - 1].span.end;
                let level = if bytes.start >= c.scope.start && bytes.end <= c.scope.end {
                    0
                } else if bytes.start >= paragraph.start && bytes.end <= paragraph.end {
                    1
                } else {
                    2
                };
                (level, distance(&mw, &h.words))
            };
            // The nearest hit of a role: within the scope, else the paragraph, else the two
            // nearest in the article (hits are in word order).
            let pw = word_range(t.spans, &paragraph);
            let best = |role: Role| {
                let list = &anchor_hits[usize::from(role == Role::Against)];
                let in_sentence = hits_within(hits, &sw);
                let in_paragraph = hits_within(hits, &pw);
                // The role's hits (positions in `list`) whose indices lie in `r`.
                let span_of = |r: &Range<usize>| {
                    list.partition_point(|&i| i < r.start)..list.partition_point(|&i| i < r.end)
                };
                let nearest_in = |r: Range<usize>| {
                    let mine = &list[span_of(&r)];
                    // After the value, distances only grow: the first is the nearest. Before
                    // it, a hit ends at most a phrase after it starts, so the scan back stops
                    // once no earlier hit can be nearer than the best found.
                    let p = mine.partition_point(|&i| hits[i].words.start < mw.start);
                    let mut found: Vec<usize> = mine.get(p).copied().into_iter().collect();
                    let mut bound = found
                        .first()
                        .map_or(usize::MAX, |&i| distance(&mw, &hits[i].words));
                    for &i in mine[..p].iter().rev() {
                        let start = hits[i].words.start;
                        if mw.start.saturating_sub(start + LONGEST_PHRASE) > bound {
                            break;
                        }
                        bound = bound.min(distance(&mw, &hits[i].words));
                        found.push(i);
                    }
                    // Ties go to the earliest hit, as a scan in word order would give.
                    found.sort_unstable();
                    found.into_iter().map(|i| &hits[i]).min_by_key(|h| key(h))
                };
                nearest_in(in_sentence)
                    .or_else(|| nearest_in(in_paragraph.clone()))
                    .or_else(|| {
                        let before = span_of(&(0..in_paragraph.start)).end;
                        let after = span_of(&(0..in_paragraph.end)).end;
                        let before = before.checked_sub(1).map(|k| &hits[list[k]]);
                        let after = list.get(after).map(|&i| &hits[i]);
                        [before, after].into_iter().flatten().min_by_key(|h| key(h))
                    })
            };
            let want = best(Role::Anchor);
            let against = best(Role::Against);
            // An `against` phrase that holds the anchor's word is the more specific reading
            // of it: "une première guerre" is the first war, though "guerre" is an anchor.
            let holds = |a: &Hit, w: &Hit| {
                a.words.start <= w.words.start
                    && w.words.end <= a.words.end
                    && a.words.len() > w.words.len()
            };
            // An `against` word beyond the value's sentence, after it, names what the text
            // turns to next ("…120 000 habitants. La France a promis son aide."), not what the
            // value belongs to: it neither beats an anchor nor fails an optional one.
            let forward = |a: &Hit| t.words[a.words.start].span.start >= c.scope.end;
            let against = against.filter(|a| !forward(a));
            // Nor, where the anchor is optional and the text has no anchor word, does one in
            // another paragraph: a dispatch's dateline ("EREVAN, 2 oct —"), a source named
            // in passing ("les données publiées par Erevan") say where the text comes from.
            let optional = spec.anchor.as_ref().is_some_and(|a| a.optional);
            let against = against.filter(|a| !(optional && want.is_none() && key(a).0 == 2));
            match (want, against) {
                (Some(w), Some(a)) if key(a) < key(w) || (key(a) == key(w) && holds(a, w)) => {
                    missing.push(Missing::Anchor {
                        against: Some(t.text[bytes_of(a)].to_string()),
                    })
                }
                (Some(w), _) => used.push(w),
                (None, None) if spec.anchor.as_ref().is_some_and(|a| a.optional) => {}
                (None, a) => missing.push(Missing::Anchor {
                    against: a.map(|a| t.text[bytes_of(a)].to_string()),
                }),
            }
        }
        // A failing candidate's hits are read by no one: its `missing` says why it failed.
        let mut used: Vec<CueHit> = if missing.is_empty() {
            used.into_iter().map(hit_of).collect()
        } else {
            Vec::new()
        };
        used.sort_by_key(|h| (h.span.start, h.role));
        used.dedup();
        out.push(Evaluation {
            candidate: c.clone(),
            missing,
            hits: used,
            score,
            side,
            // Distributed figures are one per conjunct, not one list or range.
            linked_to_previous: split.is_none() && linked_to_previous(&out, t, c, &mw),
        });
    }
    out
}

/// Whether the previous candidate of the same scope is joined to `c` (words `mw`) by "et",
/// "au", "à" or a dash: they are one list or range.
fn linked_to_previous(out: &[Evaluation], t: &Text, c: &Candidate, mw: &Range<usize>) -> bool {
    out.last().is_some_and(|p: &Evaluation| {
        p.candidate.scope == c.scope && {
            let pw = word_range(t.spans, &p.candidate.span);
            pw.end <= mw.start
                && mw.start - pw.end <= 2
                && (pw.end..mw.start).all(|i| {
                    matches!(
                        t.words[i].folded.as_ref(),
                        "et" | "au" | "a" | "," | "–" | "/" | "ou" | "le"
                    )
                })
        }
    })
}

/// A check's verdict on a candidate that fails for `missing` (see [`verdicts`]): a failing
/// candidate's hits, score and side are read by no one.
fn failed(
    out: &[Evaluation],
    t: &Text,
    c: &Candidate,
    mw: &Range<usize>,
    missing: Vec<Missing>,
) -> Evaluation {
    Evaluation {
        candidate: c.clone(),
        missing,
        hits: Vec::new(),
        score: 0,
        side: Side::Alone,
        linked_to_previous: linked_to_previous(out, t, c, mw),
    }
}

/// The reason a denial gives, if any.
fn push_denial(missing: &mut Vec<Missing>, denial: Option<Denial>) {
    match denial {
        Some(Denial::Negated(word)) => missing.push(Missing::Denied { word: word.into() }),
        Some(Denial::Hypothetical) => missing.push(Missing::Hypothetical),
        Some(Denial::Difference(words)) => missing.push(Missing::Difference {
            words: words.into(),
        }),
        None => {}
    }
}

/// A value some sentence denies ("ce ne sont pas X mais Y") is rejected wherever else the rule
/// would take it in the same text: the writer quotes the figure to correct it. One pass
/// collects the denied values (a handful), one marks the passing evaluations that repeat one.
pub fn reject_denied_elsewhere<V: Eq + std::hash::Hash>(
    evaluations: &mut [Evaluation],
    value_of: impl Fn(usize) -> V,
) {
    let denied: std::collections::HashSet<V> = evaluations
        .iter()
        .filter(|e| {
            e.missing
                .iter()
                .any(|m| matches!(m, Missing::Denied { .. }))
        })
        .map(|e| value_of(e.candidate.mention))
        .collect();
    if denied.is_empty() {
        return;
    }
    for e in evaluations.iter_mut().filter(|e| e.passes()) {
        if denied.contains(&value_of(e.candidate.mention)) {
            e.missing.push(Missing::Rejected);
        }
    }
}

/// The evaluations a rule keeps: of the passing ones, one per scope.
pub fn select(spec: &CueSpec, evaluations: Vec<Evaluation>) -> Vec<Evaluation> {
    let unwanted = match spec.partitive {
        Partitive::Part => Side::Whole,
        Partitive::Whole => Side::Part,
    };
    let mut out: Vec<Evaluation> = Vec::new();
    let mut passing = evaluations
        .into_iter()
        .filter(Evaluation::passes)
        .peekable();
    while let Some(first) = passing.next() {
        let scope = first.candidate.scope.clone();
        let mut group = vec![first];
        while let Some(next) = passing.next_if(|e| e.candidate.scope == scope) {
            group.push(next);
        }
        // "les 3 et 4 mars", "du 12 au 14 mai": a list or a range is one statement, and
        // the rule takes its first value however its cues lie.
        for k in 1..group.len() {
            if group[k].linked_to_previous {
                group[k].score = group[k].score.max(group[k - 1].score.saturating_add(1));
                group[k - 1].score = group[k - 1].score.min(group[k].score);
            }
        }
        let best = group
            .into_iter()
            .enumerate()
            .min_by_key(|(i, e)| (e.side == unwanted, e.score, *i))
            .map(|(_, e)| e);
        out.extend(best);
    }
    out
}
