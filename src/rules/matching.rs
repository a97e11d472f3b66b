//! Where a rule meets a text: the one implementation of pattern matching, shared by claim
//! extraction and by `rules test`, so that an example passes exactly when the same sentence
//! in an article would give a claim.
//!
//! A rule looks at the *scope* around each grammar mention (its sentence or paragraph): a
//! pattern matches when its `before` regex matches the scope text that ends where the mention
//! starts and its `after` regex the scope text that starts where the mention ends; then every
//! `require` word must occur in the scope and no `exclude` word. Each side sees one
//! character into the mention (see `Pattern::before_edge`), so that `\b{count}` works.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

use super::model::{Rule, RuleSet, Scope};
use crate::cues::index::{Hit, HitsByRule, Index};
use crate::cues::matching::Candidate;
use crate::cues::tokens::{self, Word};
use crate::cues::{self, CueHit, CueSpec, Role};
use crate::grammar::Lang;
use crate::value::{DateValue, Mention, Value, ValueKind};

/// What accepted a claim: one of the rule's patterns, or its cues (which words, where).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatchedBy {
    /// Index into the rule's patterns: the first one that matched.
    Pattern(usize),
    Cues(Vec<CueHit>),
}

impl MatchedBy {
    /// One line for people: `pattern #2 \b{count} soldats` or `cues @flee “fuient”, …`.
    pub fn describe(&self, rule: &Rule, text: &str) -> String {
        match self {
            MatchedBy::Pattern(i) => format!(
                "pattern #{} of {}: {}",
                i + 1,
                rule.id,
                rule.patterns.get(*i).map_or("", |p| p.source.as_str())
            ),
            MatchedBy::Cues(hits) => {
                let words: Vec<String> = hits
                    .iter()
                    .map(|h| {
                        format!(
                            "{} {} “{}”",
                            h.role.key(),
                            h.item,
                            text.get(h.span.clone()).unwrap_or("")
                        )
                    })
                    .collect();
                format!("cues of {}: {}", rule.id, words.join(", "))
            }
        }
    }
}

/// One claim a rule finds in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Index into the mentions given.
    pub mention: usize,
    pub by: MatchedBy,
    /// The byte range of the sentence or paragraph the pattern matched in.
    pub context: Range<usize>,
    /// The first of the rule's subjects whose regex occurs in the context.
    pub subject: Option<String>,
    /// What the pattern matched: from the start of its `before` side to the end of its `after`
    /// side, mention included. Reports show at least this much of the sentence.
    pub evidence: Range<usize>,
}

/// The claims `rule` finds among `mentions` (byte offsets into `text`), at most one per
/// mention, in mention order.
///
/// A mention is a candidate when its kind is the rule's; a `count` rule also takes a bare
/// year ("2000 soldats", which the date grammar reads first).
pub fn match_text(rule: &Rule, text: &str, mentions: &[Mention]) -> Vec<Match> {
    let lang = rule.lang.unwrap_or_default();
    match_scopes(rule, &Scopes::new(text, lang, None), mentions)
}

/// The sentences, paragraphs and cue words of one text, each computed at most once however
/// many rules are matched against it: extraction runs every rule over the same source.
pub struct Scopes<'t> {
    text: &'t str,
    lang: Lang,
    rules: Option<&'t RuleSet>,
    sentences: OnceCell<Vec<Range<usize>>>,
    paragraphs: OnceCell<Vec<Range<usize>>>,
    words: OnceCell<Vec<Word>>,
    /// The words' byte ranges alone, for binary searches (a `Word` is 88 bytes, a range 16).
    word_spans: OnceCell<Vec<Range<usize>>>,
    hits: OnceCell<HitsByRule>,
    /// Which rules' patterns can match the text (see `prefilter`), by rule position.
    pattern_candidates: OnceCell<Vec<bool>>,
    /// The denials the rules' evaluations have read (see `cues::matching::Denials`).
    denials: cues::matching::Denials,
    /// The place of each span the rules were given, in sentences and in paragraphs (see
    /// [`candidates`]).
    placed: [std::cell::RefCell<Placed>; 2],
}

/// A span's place in its scope, cut to reach: `None` when no scope encloses it.
type Placed = std::collections::HashMap<
    (usize, usize),
    Option<Range<usize>>,
    std::hash::BuildHasherDefault<crate::grammar::prefilter::WordHasher>,
>;

impl<'t> Scopes<'t> {
    /// `rules`, when given, is the set whose cue index finds every rule's cues in one pass.
    pub fn new(text: &'t str, lang: Lang, rules: Option<&'t RuleSet>) -> Self {
        Scopes {
            text,
            lang,
            rules,
            sentences: OnceCell::new(),
            paragraphs: OnceCell::new(),
            words: OnceCell::new(),
            word_spans: OnceCell::new(),
            hits: OnceCell::new(),
            pattern_candidates: OnceCell::new(),
            denials: Default::default(),
            placed: Default::default(),
        }
    }

    /// The position of `rule` in the rule set the scopes were made with.
    fn position_of(&self, rule: &Rule) -> Option<usize> {
        self.rules?.position(rule)
    }

    /// Whether the patterns of the rule at `position` can match somewhere in the text: false
    /// only when the rule set's prefilter says that a literal every pattern needs is absent.
    fn patterns_possible(&self, position: Option<usize>) -> bool {
        let (Some(set), Some(position)) = (self.rules, position) else {
            return true;
        };
        self.pattern_candidates(set)
            .get(position)
            .copied()
            .unwrap_or(true)
    }

    fn pattern_candidates(&self, set: &RuleSet) -> &[bool] {
        self.pattern_candidates
            .get_or_init(|| set.pattern_filter.candidates(self.text, set.rules.len()))
    }

    fn all_hits(&self, set: &RuleSet) -> &HitsByRule {
        self.hits
            .get_or_init(|| set.cue_index.candidate_hits(self.words()))
    }

    /// The positions, in order, of the rules of the set (given to [`Scopes::new`]) that may
    /// take a value in the text: every rule the prefilters cannot rule out. A rule whose
    /// required cues are absent and whose patterns' literals are absent is not among them,
    /// and costs nothing more here: [`match_position`] on any other gives no match.
    pub fn candidates(&self) -> Vec<usize> {
        let Some(set) = self.rules else {
            return Vec::new();
        };
        let n = set.rules.len();
        let mut run: Vec<bool> = (0..n)
            .map(|r| !set.selective.get(r).copied().unwrap_or(false))
            .collect();
        if run.iter().all(|&r| r) {
            return (0..n).collect();
        }
        if !set.cue_index.is_empty() {
            // A hit counts only when the rule's required cues could then all be there: hits of
            // its `unless` or `near` words alone cannot make it take a value.
            for (&r, hits) in self.all_hits(set) {
                let possible = set.rules.get(r).and_then(|rule| rule.cues.as_ref());
                if let (Some(c), Some(spec)) = (run.get_mut(r), possible) {
                    *c |= cues_possible(spec, hits);
                }
            }
        }
        let patterns = self.pattern_candidates(set);
        for (r, rule) in set.rules.iter().enumerate() {
            if !rule.patterns.is_empty() && patterns.get(r).copied().unwrap_or(true) {
                run[r] = true;
            }
        }
        (0..n).filter(|&r| run[r]).collect()
    }

    fn of(&self, scope: Scope) -> &[Range<usize>] {
        match scope {
            Scope::Sentence => self
                .sentences
                .get_or_init(|| sentences_in(self.text, self.of(Scope::Paragraph))),
            Scope::Paragraph => self.paragraphs.get_or_init(|| paragraphs(self.text)),
        }
    }

    pub fn words(&self) -> &[Word] {
        self.words
            .get_or_init(|| tokens::words(self.lang, self.text))
    }

    /// The byte range of each of [`Scopes::words`].
    pub fn word_spans(&self) -> &[Range<usize>] {
        self.word_spans
            .get_or_init(|| self.words().iter().map(|w| w.span.clone()).collect())
    }

    /// The cue hits of `rule` (at `position` in the set, when it is one of the set's) in the
    /// text, in word order.
    fn cue_hits(&self, rule: &Rule, position: Option<usize>) -> Cow<'_, [Hit]> {
        if let (Some(set), Some(position)) = (self.rules, position) {
            return self
                .all_hits(set)
                .get(&position)
                .map_or(Cow::Borrowed(&[][..]), |h| Cow::Borrowed(h.as_slice()));
        }
        let Some(spec) = &rule.cues else {
            return Cow::Borrowed(&[]);
        };
        Cow::Owned(
            Index::new([(0, spec)])
                .hits(self.words())
                .remove(&0)
                .unwrap_or_default(),
        )
    }
}

/// Where each candidate mention of `rule` stands: its scope, cut to reach, in mention order.
/// The place of a span depends only on the span and the kind of scope, so it is remembered in
/// `scopes` for the other rules of that kind of scope (keyed by the span, not by the mention,
/// so that the table holds whatever mentions it is given).
fn candidates(rule: &Rule, scopes: &Scopes, mentions: &[Mention]) -> Vec<(usize, Range<usize>)> {
    let text = scopes.text;
    let ranges = scopes.of(rule.scope);
    let mut placed = scopes.placed[usize::from(rule.scope == Scope::Paragraph)].borrow_mut();
    // A lead-in depends on the scope alone, and the values of a scope come one after another:
    // the last scope's answer serves them all.
    let mut lead: Option<(Range<usize>, Range<usize>)> = None;
    mentions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            if !accepts(rule.kind, m) || m.start > m.end || m.end > text.len() {
                return None;
            }
            let place = placed
                .entry((m.start, m.end))
                .or_insert_with(|| {
                    let context = enclosing(ranges, m.start..m.end)?;
                    let context = cues::answer::with_question(text, ranges, context, m.start);
                    let context = cues::anaphora::with_antecedent(text, ranges, context, m.start);
                    let context =
                        cues::caption::with_caption(text, ranges, context, m.start..m.end);
                    let context = match &lead {
                        Some((from, to)) if *from == context => to.clone(),
                        _ => {
                            let to = cues::leadin::with_lead_in(text, ranges, context.clone());
                            lead = Some((context, to.clone()));
                            to
                        }
                    };
                    Some(within_reach(text, context, m.start..m.end))
                })
                .clone()?;
            Some((i, place))
        })
        .collect()
}

/// [`match_text`] with the text's scopes already (or lazily) split, to share between rules.
pub fn match_scopes(rule: &Rule, scopes: &Scopes, mentions: &[Mention]) -> Vec<Match> {
    match_at(rule, scopes.position_of(rule), scopes, mentions)
}

/// [`match_scopes`] for the rule at `position` in the set the scopes were made with (see
/// [`Scopes::candidates`]); no match when there is no such rule.
pub fn match_position(position: usize, scopes: &Scopes, mentions: &[Mention]) -> Vec<Match> {
    match scopes.rules.and_then(|set| set.rules.get(position)) {
        Some(rule) => match_at(rule, Some(position), scopes, mentions),
        None => Vec::new(),
    }
}

/// Whether the rule can take a value only where a prefilter names it: its patterns (if any)
/// are prefiltered (`patterns_filtered`), and its cues (if any) need a hit to pass.
pub(super) fn is_selective(rule: &Rule, patterns_filtered: bool) -> bool {
    (rule.patterns.is_empty() || patterns_filtered)
        && rule
            .cues
            .as_ref()
            .is_none_or(|spec| !cues_possible(spec, &[]))
}

fn match_at(
    rule: &Rule,
    position: Option<usize>,
    scopes: &Scopes,
    mentions: &[Mention],
) -> Vec<Match> {
    let text = scopes.text;
    let mut out = Vec::new();
    // The context checks depend only on the scope: remember the last one.
    let mut last: Option<(Range<usize>, bool, Option<String>)> = None;
    let mut context_ok = |context: &Range<usize>| -> (bool, Option<String>) {
        match &last {
            Some((r, allowed, subject)) if r == context => (*allowed, subject.clone()),
            _ => {
                let scope_text = &text[context.clone()];
                let allowed = rule.require.iter().all(|w| w.regex.is_match(scope_text))
                    && !rule.exclude.iter().any(|w| w.regex.is_match(scope_text));
                let subject = rule
                    .subjects
                    .iter()
                    .find(|s| s.regex.is_match(scope_text))
                    .map(|s| s.name.clone());
                last = Some((context.clone(), allowed, subject.clone()));
                (allowed, subject)
            }
        }
    };
    let mut by_pattern = std::collections::BTreeSet::new();
    if !rule.patterns.is_empty() && scopes.patterns_possible(position) {
        for (i, context) in candidates(rule, scopes, mentions) {
            let m = &mentions[i];
            let Some((pattern, evidence)) = pattern_match(rule, text, &context, m) else {
                continue;
            };
            let (allowed, subject) = context_ok(&context);
            if allowed {
                by_pattern.insert(context.start);
                out.push(Match {
                    mention: i,
                    by: MatchedBy::Pattern(pattern),
                    context,
                    subject,
                    evidence,
                });
            }
        }
    }
    if let Some(spec) = &rule.cues {
        let hits = scopes.cue_hits(rule, position);
        if !cues_possible(spec, &hits) {
            return out;
        }
        let may_pass = cues::matching::scope_may_pass(spec, scopes.word_spans(), &hits);
        let evaluations = evaluate_cues(rule, spec, scopes, mentions, &hits, false, |scope| {
            !by_pattern.contains(&scope.start) && may_pass(scope)
        });
        let chosen = cues::matching::select(spec, evaluations);
        for e in chosen {
            let context = e.candidate.scope.clone();
            let (allowed, subject) = context_ok(&context);
            if !allowed {
                continue;
            }
            let m = &mentions[e.candidate.mention];
            let in_scope = |h: &&CueHit| h.span.start >= context.start && h.span.end <= context.end;
            let from = e
                .hits
                .iter()
                .filter(in_scope)
                .map(|h| h.span.start)
                .min()
                .unwrap_or(m.start);
            let to = e
                .hits
                .iter()
                .filter(in_scope)
                .map(|h| h.span.end)
                .max()
                .unwrap_or(m.end);
            out.push(Match {
                mention: e.candidate.mention,
                by: MatchedBy::Cues(e.hits),
                context,
                subject,
                evidence: from.min(m.start)..to.max(m.end),
            });
        }
        out.sort_by_key(|m| m.mention);
    }
    out
}

/// Why a cue rule did not take each value of its kind in `text`: for every candidate that
/// failed, what it lacked (the near-miss view). Candidates that passed are left out.
pub fn near_misses(
    rule: &Rule,
    text: &str,
    mentions: &[Mention],
) -> Vec<(usize, Vec<cues::matching::Missing>)> {
    let Some(spec) = &rule.cues else {
        return Vec::new();
    };
    let lang = rule.lang.unwrap_or_default();
    let scopes = Scopes::new(text, lang, None);
    let hits = scopes.cue_hits(rule, None);
    evaluate_cues(rule, spec, &scopes, mentions, &hits, true, |_| true)
        .into_iter()
        .filter(|e| !e.passes())
        .map(|e| (e.candidate.mention, e.missing))
        .collect()
}

/// The cue verdict on every candidate mention of `rule` whose scope `keep` accepts: with every
/// reason a failing one lacks when `full` (the near-miss view), else only what a check reads
/// (see `cues::matching::verdicts`).
fn evaluate_cues(
    rule: &Rule,
    spec: &CueSpec,
    scopes: &Scopes,
    mentions: &[Mention],
    hits: &[Hit],
    full: bool,
    keep: impl Fn(&Range<usize>) -> bool,
) -> Vec<cues::matching::Evaluation> {
    let list: Vec<Candidate> = candidates(rule, scopes, mentions)
        .into_iter()
        .filter(|(_, scope)| keep(scope))
        .map(|(i, scope)| Candidate {
            mention: i,
            span: mentions[i].start..mentions[i].end,
            scope,
            is_count: rule.kind == ValueKind::Number,
            bare_year: is_bare_year(rule, &mentions[i]),
        })
        .collect();
    let t = cues::matching::Text {
        text: scopes.text,
        words: scopes.words(),
        spans: scopes.word_spans(),
        paragraphs: scopes.of(Scope::Paragraph),
        denials: Some(&scopes.denials),
    };
    let mut evaluations = if full {
        cues::matching::evaluate(spec, &t, hits, &list)
    } else {
        cues::matching::verdicts(spec, &t, hits, &list)
    };
    cues::matching::reject_denied_elsewhere(&mut evaluations, |m| mentions[m].value);
    evaluations
}

/// A year the date grammar read, offered to a count rule ("2000 soldats").
fn is_bare_year(rule: &Rule, m: &Mention) -> bool {
    rule.kind == ValueKind::Number && m.kind != ValueKind::Number
}

/// Whether every required cue occurs somewhere in the text: if not, no sentence can match.
fn cues_possible(spec: &CueSpec, hits: &[Hit]) -> bool {
    // The `cues` and `near` items follow the `counts` items (`CueSpec::items`'s order).
    let first = spec.counts.len();
    (first..first + spec.cues.len() + spec.near.len()).all(|i| hits.iter().any(|h| h.item == i))
        && (spec
            .anchor
            .as_ref()
            .is_none_or(|a| a.want.is_empty() || a.optional)
            || hits
                .iter()
                .any(|h| spec.role_of(h.item) == Some(Role::Anchor)))
}

/// The first pattern of `rule` that accepts mention `m` in `context`, and what it matched.
fn pattern_match(
    rule: &Rule,
    text: &str,
    context: &Range<usize>,
    m: &Mention,
) -> Option<(usize, Range<usize>)> {
    // Each side reaches one character into the mention, for `\b` and the like.
    let first_len = text[m.start..].chars().next().map_or(0, char::len_utf8);
    let last_len = text[..m.end].chars().next_back().map_or(0, char::len_utf8);
    let head = text.get(context.start..m.start + first_len)?;
    let tail = text.get(m.end - last_len..context.end)?;
    let pattern = rule
        .patterns
        .iter()
        .position(|p| p.before_edge.is_match(head) && p.after_edge.is_match(tail))?;
    let p = &rule.patterns[pattern];
    let from = p
        .before_edge
        .find(head)
        .map_or(m.start, |f| context.start + f.start());
    let to = p
        .after_edge
        .find(tail)
        .map_or(m.end, |f| m.end - last_len + f.end());
    Some((pattern, from.min(m.start)..to.max(m.end)))
}

/// How many bytes of its scope a mention's patterns see on either side of it. Far more than a
/// sentence, or a paragraph, of any article; but a text with no sentence breaks (a table, a
/// transcript, hostile input) would otherwise be one scope of megabytes, searched again for
/// each of its thousands of mentions: time quadratic in its length.
pub const SCOPE_REACH: usize = 4096;

/// `scope`, cut to [`SCOPE_REACH`] bytes either side of `mention` (at character boundaries).
fn within_reach(text: &str, scope: Range<usize>, mention: Range<usize>) -> Range<usize> {
    let mut start = scope.start.max(mention.start.saturating_sub(SCOPE_REACH));
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut end = scope.end.min(mention.end.saturating_add(SCOPE_REACH));
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    start..end
}

fn accepts(kind: ValueKind, m: &Mention) -> bool {
    m.kind == kind
        || (kind == ValueKind::Number && matches!(m.value, Value::Date(DateValue::Year { .. })))
        || (kind == ValueKind::Duration && m.since.is_some())
}

/// The smallest run of consecutive scopes that covers `span`.
fn enclosing(scopes: &[Range<usize>], span: Range<usize>) -> Option<Range<usize>> {
    // The last scope starting at or before the span.
    let first = scopes
        .partition_point(|s| s.start <= span.start)
        .checked_sub(1)?;
    let mut end = scopes[first].end;
    let mut k = first;
    while end < span.end {
        k += 1;
        end = scopes.get(k)?.end;
    }
    (span.start < scopes[first].end || span.start == span.end).then(|| scopes[first].start..end)
}

/// The paragraphs of `text`: its lines, without surrounding whitespace; blank lines are none.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed_start = line.len() - line.trim_start().len();
        let content = line.trim();
        if !content.is_empty() {
            let s = start + trimmed_start;
            out.push(s..s + content.len());
        }
        start += line.len();
    }
    out
}

/// Words after which a period does not end a sentence ("M. Pachinian", "J.-C.").
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Mr", "Mrs",
    "Ms", "Prof", "Gen", "Gén", "Col", "Lt", "Sgt", "Capt", "Jr", "Sr", "Co", "Inc", "av", "apr",
    "J.-C", "cf", "p", "pp", "vol", "no", "n°", "art", "env", "éd", "etc", "vs", "fig", "chap",
    "hab", "Ier",
];

/// The sentences of `text`, each within one paragraph. A sentence ends at `.`, `!`, `?` or
/// `…` (and any closing quotes or brackets after it) when whitespace and then a capital, an
/// opening quote or a digit follow; not after an abbreviation or an initial ("M.", "J."),
/// and never inside a number ("3.5": no whitespace follows).
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    sentences_in(text, &paragraphs(text))
}

/// [`sentences`] given the text's [`paragraphs`] (which `Scopes` has split already).
fn sentences_in(text: &str, paragraphs: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for para in paragraphs {
        let p = &text[para.clone()];
        let mut start = 0;
        // Byte offsets throughout: a terminator is found by its bytes, and only the few
        // characters around one are decoded.
        let mut from = 0;
        while let Some(i) = next_terminator(p, from) {
            let c = p[i..].chars().next().unwrap_or('.');
            // The run of terminators ("?!", "...").
            let j = i + p[i..]
                .chars()
                .take_while(|&ch| is_terminator(ch))
                .map(char::len_utf8)
                .sum::<usize>();
            let is_abbreviation = c == '.' && j == i + 1 && ends_with_abbreviation(&p[start..i]);
            // Closing quotes and brackets, possibly after a (narrow) no-break space: « Oui ! »
            let mut end = j;
            let mut saw_space = false;
            let mut q = j;
            for ch in p[j..].chars() {
                if ch.is_whitespace() {
                    saw_space = true;
                } else if matches!(ch, '»' | '”' | '"' | '’' | ')' | ']') {
                    end = q + ch.len_utf8();
                    saw_space = false;
                } else {
                    break;
                }
                q += ch.len_utf8();
            }
            let next = p[q..].chars().next();
            let starts_sentence = next.is_some_and(|ch| {
                ch.is_uppercase()
                    || ch.is_ascii_digit()
                    || matches!(ch, '«' | '"' | '“' | '‘' | '(' | '—' | '–')
            });
            if saw_space && starts_sentence && !is_abbreviation {
                out.push(para.start + start..para.start + end);
                start = q;
                from = q;
            } else {
                from = j;
            }
        }
        if start < p.len() {
            out.push(para.start + start..para.end);
        }
    }
    out
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// The byte offset of the first `.`, `!`, `?` or `…` in `p` at or after `from`: `memchr3`
/// finds the first of the ASCII ones, then `memchr` looks for a `…` (E2 80 A6) before it
/// (E2 also starts `’`, so each E2 found is checked).
fn next_terminator(p: &str, from: usize) -> Option<usize> {
    let bytes = p.as_bytes();
    let ascii = memchr::memchr3(b'.', b'!', b'?', bytes.get(from..)?).map(|i| from + i);
    let limit = ascii.unwrap_or(bytes.len());
    let mut i = from;
    while let Some(k) = memchr::memchr(0xE2, &bytes[i..limit]) {
        let k = i + k;
        if bytes.get(k + 1) == Some(&0x80) && bytes.get(k + 2) == Some(&0xA6) {
            return Some(k);
        }
        i = k + 1;
    }
    ascii
}

fn ends_with_abbreviation(before: &str) -> bool {
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-' || c == '°'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single_capital || (word.len() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(&word))
}

/// The length in bytes of the longest of [`ABBREVIATIONS`]: a longer word is none of them.
const LONGEST_ABBREVIATION: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > longest {
            longest = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    longest
};

#[cfg(test)]
mod tests;
