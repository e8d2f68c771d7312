//! Ranked full-text search over the built-in guides and FAQ, on an index that `build.rs` builds.

mod normalize;

use std::cell::RefCell;

use crate::device::Device;
use crate::faq::{self, Faq};
use crate::filter::{range_fits, Query};
use crate::guide::{self, Guide, Method, Remark, Step};
use crate::version::Range;

/// What a document holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A guide's title, summary, keywords, id and command.
    Guide,
    /// One step of a method: its text and path.
    Step,
    /// A warning or note of a guide, method or step; `index` is its place in that list.
    Remark { warning: bool, index: u16 },
    /// An FAQ entry's question, answer, keywords and id.
    Faq,
}

/// One searchable document and where it comes from, so a caller can show it in context.
///
/// It holds indexes rather than references, so the static index needs no relocations
/// when the program loads.
#[derive(Debug)]
pub struct DocInfo {
    pub kind: Kind,
    /// The guide's place in `guide::builtins()`, or the entry's in `faq::builtins()`.
    owner: u16,
    method: Option<u16>,
    step: Option<u16>,
    /// One bit per device, in the order of `Device::ALL`.
    devices: u8,
    /// The versions of the method the document belongs to; `Range::ALL` outside methods.
    pub os: Range,
}

mod index {
    use super::{DocInfo, Kind};
    include!(concat!(env!("OUT_DIR"), "/search_index.rs"));
}

impl DocInfo {
    /// The guide the document belongs to; `None` for an FAQ entry.
    pub fn guide(&self) -> Option<&'static Guide> {
        (self.kind != Kind::Faq).then(|| &guide::builtins()[usize::from(self.owner)])
    }

    /// The FAQ entry the document is; `None` for guide text.
    pub fn faq(&self) -> Option<&'static Faq> {
        (self.kind == Kind::Faq).then(|| &faq::builtins()[usize::from(self.owner)])
    }

    /// Which guide or FAQ entry the document belongs to, as a cheap key: whether it is an
    /// FAQ entry, and its place in its list.
    pub fn owner(&self) -> (bool, u16) {
        (self.kind == Kind::Faq, self.owner)
    }

    /// The guide id or FAQ id.
    pub fn id(&self) -> &'static str {
        match (self.guide(), self.faq()) {
            (Some(guide), _) => &guide.id,
            (_, Some(faq)) => &faq.id,
            (None, None) => "",
        }
    }

    /// The method's place in its guide, for steps and remarks within a method.
    pub fn method_index(&self) -> Option<usize> {
        self.method.map(usize::from)
    }

    /// The step's place in its method, for steps and the remarks of a step.
    pub fn step_index(&self) -> Option<usize> {
        self.step.map(usize::from)
    }

    pub fn method(&self) -> Option<&'static Method> {
        self.guide()?.methods.get(self.method_index()?)
    }

    pub fn step(&self) -> Option<&'static Step> {
        self.method()?.steps.get(self.step_index()?)
    }

    /// The warning or note a `Kind::Remark` document is.
    pub fn remark(&self) -> Option<&'static Remark> {
        let Kind::Remark { warning, index } = self.kind else {
            return None;
        };
        let guide = self.guide()?;
        let (warnings, notes) = match (self.method(), self.step()) {
            (_, Some(step)) => (&step.warnings, &step.notes),
            (Some(method), None) => (&method.warnings, &method.notes),
            (None, None) => (&guide.warnings, &guide.notes),
        };
        let list = if warning { warnings } else { notes };
        list.get(usize::from(index))
    }

    /// The text to cut a snippet from: a guide's summary, a step's or remark's text, an
    /// FAQ answer. Placeholders such as `{account}` are left for the caller to resolve.
    pub fn text(&self) -> &'static str {
        let text = match self.kind {
            Kind::Guide => self.guide().map(|g| &g.summary),
            Kind::Step => self.step().map(|s| &s.text),
            Kind::Remark { .. } => self.remark().map(|r| &r.text),
            Kind::Faq => self.faq().map(|f| &f.answer),
        };
        text.map_or("", |t| t)
    }

    /// The devices the document applies to: its method's, or all of them.
    pub fn devices(&self) -> impl Iterator<Item = Device> + '_ {
        Device::ALL.into_iter().filter(|&d| self.has_device(d))
    }

    pub fn has_device(&self, device: Device) -> bool {
        self.devices & 1 << device as u8 != 0
    }

    /// Whether the document applies to a device asked for, at the version asked for: the
    /// test `filter::select` puts methods to, so `--device` and `--os` narrow search alike.
    pub fn fits(&self, query: &Query) -> bool {
        query
            .devices()
            .iter()
            .any(|&device| self.has_device(device) && range_fits(&self.os, device, query.os))
    }
}

/// Every document in the index, in index order.
#[cfg(test)]
pub fn docs() -> &'static [DocInfo] {
    &index::DOCS
}

/// One document that matched a search.
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    pub doc: &'static DocInfo,
    /// Relevance, higher is better; comparable only within one search.
    pub score: u32,
    /// How many of the query's words the document holds.
    pub matched: usize,
}

/// How well a word of the text matches a word of the query, as a factor of the score.
const EXACT: u32 = 10;
const PREFIX: u32 = 7;
const ONE_EDIT: u32 = 6;
const TWO_EDITS: u32 = 4;

/// Words too common in questions to tell documents apart; dropped unless the query has
/// nothing else.
const STOP_WORDS: [&str; 37] = [
    "a", "after", "am", "an", "and", "are", "at", "be", "by", "can", "could", "do", "does", "for",
    "how", "i", "if", "in", "is", "it", "me", "my", "of", "on", "or", "should", "that", "the",
    "this", "to", "what", "why", "will", "with", "would", "you", "your",
];

/// Query words beyond this many are ignored.
const MAX_TERMS: usize = 16;

/// Words longer than this get no typo tolerance, which keeps the distance table small.
const MAX_FUZZY_CHARS: usize = 32;

/// How many near words a term remembers the distance of (`Term::quality`).
const MAX_REMEMBERED: usize = 32;

/// A folded query word, with what the typo check needs.
struct Term {
    text: String,
    /// Typos are forgiven after the first letter only: "imessage" is not a misspelt
    /// "message", and people rarely get the first letter wrong.
    first: char,
    chars: usize,
    mask: u32,
    /// The words of a text whose edit distance was computed, with the outcome: the texts
    /// marked on one page repeat the same near words ("signin" for "signed").
    distances: RefCell<Vec<(String, Option<u32>)>>,
}

impl Term {
    fn new(text: String) -> Term {
        Term {
            distances: RefCell::default(),
            first: text.chars().next().unwrap_or_default(),
            chars: text.chars().count(),
            mask: normalize::char_mask(&text),
            text,
        }
    }

    /// Short words get no typo tolerance: one edit turns them into other words.
    fn max_edits(&self) -> usize {
        match self.chars {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        }
    }

    /// Whether a word with the letter set `mask` could lie within `max_edits` of this
    /// term: each edit adds or removes at most two letters of the set.
    fn letters_near(&self, mask: u32, max_edits: usize) -> bool {
        let mut differ = mask ^ self.mask;
        for _ in 0..2 * max_edits {
            differ &= differ.wrapping_sub(1);
        }
        differ == 0
    }

    /// How well a folded word of a text matches this term, if at all.
    fn quality(&self, word: &str) -> Option<u32> {
        // Every kind of match keeps the first letter: the cheapest test goes first, since
        // most words of a text fail it.
        if !starts_with_char(word, self.first) {
            return None;
        }
        // One comparison for both: the word is the term, or starts with it.
        if word.as_bytes().starts_with(self.text.as_bytes()) {
            if word.len() == self.text.len() {
                return Some(EXACT);
            }
            if self.chars >= 3 {
                return Some(PREFIX);
            }
        }
        let max = self.max_edits();
        // A length too far off rules out a typo before any letter is looked at; bytes are
        // characters when both words are ASCII.
        let ascii = self.chars == self.text.len() && word.is_ascii();
        if max == 0 || ascii && word.len().abs_diff(self.text.len()) > max {
            return None;
        }
        if !self.letters_near(normalize::char_mask(word), max) {
            return None;
        }
        if let Some((_, known)) = self.distances.borrow().iter().find(|(w, _)| w == word) {
            return *known;
        }
        let quality = distance(&self.text, word, max).map(edit_quality);
        // A few are all a page repeats; a folder of custom guides could hold thousands,
        // and each would lengthen every look-up.
        let mut known = self.distances.borrow_mut();
        if known.len() < MAX_REMEMBERED {
            known.push((word.to_owned(), quality));
        }
        quality
    }
}

/// `word.starts_with(first)`, without encoding an ASCII `first` as UTF-8 first: this
/// runs for every word of every text a search or a highlight looks at.
fn starts_with_char(word: &str, first: char) -> bool {
    if first.is_ascii() {
        word.as_bytes().first() == Some(&(first as u8))
    } else {
        word.starts_with(first)
    }
}

fn edit_quality(edits: usize) -> u32 {
    if edits <= 1 {
        ONE_EDIT
    } else {
        TWO_EDITS
    }
}

/// The words of a query: the terms that must match, and each pair of neighbouring words
/// run together, which earn a bonus where the text has them joined ("sign in" → "signin").
struct Terms {
    terms: Vec<Term>,
    /// The vocabulary words that neighbouring query words make when run together.
    joined: Vec<usize>,
    /// The vocabulary word that the whole query makes run together, when it is a phrase
    /// a guide lists as a keyword: an error message typed as the screen shows it.
    phrase: Option<(usize, u32)>,
    /// The terms' ASCII first letters, one bit each (`could_start`).
    firsts: u128,
}

impl Terms {
    fn parse(query: &str) -> Terms {
        let words: Vec<String> = normalize::tokens(query).collect();
        let mut joined = Vec::new();
        let mut pair = String::new();
        for two in words.windows(2) {
            pair.clear();
            pair.push_str(&two[0]);
            pair.push_str(&two[1]);
            joined.extend(exact(&pair));
        }
        let phrase = (words.len() >= 3)
            .then(|| exact(&words.concat()))
            .flatten()
            .map(|i| (i, words.len() as u32));
        let is_stop = |w: &str| STOP_WORDS.binary_search(&w).is_ok();
        let has_content = words.iter().any(|w| !is_stop(w));
        let mut terms: Vec<Term> = Vec::new();
        for word in words {
            if (has_content && is_stop(&word)) || terms.iter().any(|t| t.text == word) {
                continue;
            }
            if terms.len() == MAX_TERMS {
                break;
            }
            terms.push(Term::new(word));
        }
        let firsts = terms
            .iter()
            .filter(|t| t.first.is_ascii())
            .fold(0, |bits, t| bits | 1 << (t.first as u32));
        Terms {
            terms,
            joined,
            phrase,
            firsts,
        }
    }

    fn matches(&self, word: &str) -> bool {
        // `quality` tests the first letter first too; testing it here saves the call for
        // the terms that start with another.
        self.terms
            .iter()
            .any(|t| starts_with_char(word, t.first) && t.quality(word).is_some())
    }

    /// Whether a word that starts with `first` (a byte of its text) could match a term,
    /// alone or run together with the next: every match keeps the first letter, so a
    /// word of plain text whose first letter starts no term cannot. A byte of a longer
    /// character could be anything.
    fn could_start(&self, first: u8) -> bool {
        !first.is_ascii() || self.firsts & 1 << first.to_ascii_lowercase() != 0
    }
}

/// The vocabulary word at `i`.
fn word(i: usize) -> &'static str {
    let start = i.checked_sub(1).map_or(0, |p| index::WORD_ENDS[p] as usize);
    &index::VOCABULARY[start..index::WORD_ENDS[i] as usize]
}

/// The documents holding vocabulary word `i`, with the weight of the field it stands in.
fn postings(i: usize) -> impl ExactSizeIterator<Item = (u16, u8)> {
    let start = i
        .checked_sub(1)
        .map_or(0, |p| index::POSTING_ENDS[p] as usize);
    let end = index::POSTING_ENDS[i] as usize;
    let docs = index::POSTING_DOCS[start..end].iter().copied();
    docs.zip(index::POSTING_WEIGHTS[start..end].iter().copied())
}

/// The place of the first vocabulary word not below `text`.
fn lower_bound(text: &str) -> usize {
    let (mut low, mut high) = (0, index::WORD_ENDS.len());
    while low < high {
        let mid = (low + high) / 2;
        if word(mid) < text {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    low
}

fn exact(text: &str) -> Option<usize> {
    let i = lower_bound(text);
    (i < index::WORD_ENDS.len() && word(i) == text).then_some(i)
}

/// The vocabulary words that match `term`, with how well. Exact and prefix matches sit
/// together in the sorted vocabulary; for typos only the words of a near length are
/// visited, and most of those are ruled out by their letters before any distance is
/// computed.
fn vocabulary_matches(term: &Term) -> Vec<(usize, u32)> {
    let words = index::WORD_ENDS.len();
    let mut found = Vec::new();
    let first = lower_bound(&term.text);
    let mut after = first;
    while after < words && word(after).starts_with(&term.text) {
        if word(after) == term.text {
            found.push((after, EXACT));
        } else if term.chars >= 3 {
            found.push((after, PREFIX));
        }
        after += 1;
    }
    let max = term.max_edits();
    if max == 0 {
        return found;
    }
    // Typos are forgiven after the first letter only, so within each group of words of
    // one length, sorted, only those starting with that letter are visited.
    let mut letter = [0; 4];
    let letter: &str = term.first.encode_utf8(&mut letter);
    let group_end = |len: usize| index::LENGTH_ENDS.get(len).map_or(words, |&e| e as usize);
    let lengths = term.chars.saturating_sub(max)..=term.chars + max;
    for len in lengths {
        let start = len.checked_sub(1).map_or(0, group_end);
        let group = &index::BY_LENGTH[start.min(words)..group_end(len)];
        let word_at = |&(i, _): &(u16, u32)| word(usize::from(i));
        let from = group.partition_point(|w| word_at(w) < letter);
        let to = group.partition_point(|w| word_at(w) < letter || word_at(w).starts_with(letter));
        for &(i, mask) in &group[from..to] {
            let i = usize::from(i);
            if term.letters_near(mask, max) && !(first..after).contains(&i) {
                if let Some(edits) = distance(&term.text, word(i), max) {
                    found.push((i, edit_quality(edits)));
                }
            }
        }
    }
    found
}

/// How much a match of a word held by `docs` documents says, times 100: rare words say
/// more (the BM25 inverse document frequency, tabled by `build.rs`).
fn rarity(docs: usize) -> u32 {
    index::RARITY[docs.min(index::DOCS.len())]
}

/// The rarity a term counts with: that of the word itself when the vocabulary has it, so
/// near misses of a common word do not outweigh it; otherwise that of its rarest match.
fn term_rarity(found: &[(usize, u32)]) -> u32 {
    let rarity_of = |&(i, _): &(usize, u32)| rarity(postings(i).len());
    match found.iter().find(|&&(_, quality)| quality == EXACT) {
        Some(exact) => rarity_of(exact),
        None => found.iter().map(rarity_of).max().unwrap_or(0),
    }
}

/// Searches every document that passes `filter` for the words of the query `matcher` was
/// made from (parsed once, for the search and for marking the results), best first.
///
/// Each query word matches a text word exactly, as a prefix (from three letters) or
/// with one typo (four to seven letters) or two (eight or more). A document scores, per
/// query word, its best match: match quality × the word's rarity × the weight of the
/// field it stands in; neighbouring query words found joined in the text add a bonus.
/// A document must hold at least half as many query words as the best-covered one, and
/// its score is multiplied by how many it holds. Ties keep index order.
pub fn search(matcher: &Matcher, filter: impl Fn(&DocInfo) -> bool) -> Vec<Hit> {
    let terms = &matcher.terms;
    let docs = index::DOCS.len();
    // Per document: the score so far and how many terms it holds.
    let mut totals = vec![(0u32, 0u32); docs];
    // Per document: the score of the term at hand, and the documents that have one; only
    // those are added up and cleared for the next term, not every document.
    let mut best = vec![0u32; docs];
    let mut touched: Vec<u16> = Vec::new();
    for term in &terms.terms {
        let found = vocabulary_matches(term);
        let rarity = term_rarity(&found);
        for &(word, quality) in &found {
            for (doc, weight) in postings(word) {
                let slot = &mut best[usize::from(doc)];
                if *slot == 0 {
                    touched.push(doc);
                }
                *slot = (*slot).max(rarity * quality * u32::from(weight));
            }
        }
        for doc in touched.drain(..) {
            // A document is listed again if its score stayed 0; it counts once.
            let s = std::mem::take(&mut best[usize::from(doc)]);
            if s > 0 {
                let (score, matched) = &mut totals[usize::from(doc)];
                *score += s;
                *matched += 1;
            }
        }
    }
    for &word in &terms.joined {
        let rarity = rarity(postings(word).len());
        for (doc, weight) in postings(word) {
            totals[usize::from(doc)].0 += rarity * EXACT * u32::from(weight);
        }
    }
    // The whole phrase, word for word, counts as much as all its words together.
    if let Some((word, words)) = terms.phrase {
        let rarity = rarity(postings(word).len());
        for (doc, weight) in postings(word) {
            totals[usize::from(doc)].0 += words * rarity * EXACT * u32::from(weight);
        }
    }

    let mut hits: Vec<Hit> = index::DOCS
        .iter()
        .zip(totals)
        .filter(|&(doc, (_, matched))| matched > 0 && filter(doc))
        .map(|(doc, (score, matched))| Hit {
            doc,
            score,
            matched: matched as usize,
        })
        .collect();
    // Natural questions carry filler words ("after", "really") that the best answer may
    // lack: a document needs half the words the best-covered one has, and each word it
    // holds multiplies its score, so coverage counts without deciding alone.
    let most = hits.iter().map(|h| h.matched).max().unwrap_or(0);
    hits.retain(|h| 2 * h.matched >= most);
    for hit in &mut hits {
        hit.score *= hit.matched as u32;
    }
    hits.sort_by_key(|h| std::cmp::Reverse(h.score));
    hits
}

/// A query's words, parsed once, to mark them in any number of texts.
pub struct Matcher {
    terms: Terms,
}

impl Matcher {
    pub fn new(query: &str) -> Matcher {
        Matcher {
            terms: Terms::parse(query),
        }
    }

    fn matches(&self, folded: &str) -> bool {
        self.terms.matches(folded)
    }

    /// How many words a search looks for (stop words dropped, repeats once).
    pub fn words_sought(&self) -> usize {
        self.terms.terms.len()
    }

    /// How many of those words appear in `texts`, read one after the other as if joined by
    /// spaces, with the same tolerance as `search` (two neighbouring words run together
    /// count too): for text that is not in the built-in index, such as custom guides.
    pub fn count_in<'t>(&self, texts: impl IntoIterator<Item = &'t str>) -> usize {
        let terms = &self.terms.terms;
        // One bit per term found; the words are folded into one buffer, and each pair of
        // neighbours is joined in another, rather than a string apiece.
        let mut found: u32 = 0;
        let all = (1u32 << terms.len()) - 1;
        let mark = |found: &mut u32, word: &str| {
            for (i, t) in terms.iter().enumerate() {
                if *found & 1 << i == 0 && t.quality(word).is_some() {
                    *found |= 1 << i;
                }
            }
        };
        // A word that cannot start a match is folded only when the word before it could
        // (`Terms::could_start`).
        let could_start = |word: &str| {
            word.as_bytes()
                .first()
                .is_none_or(|&b| self.terms.could_start(b))
        };
        let mut folded = String::new();
        let mut joined = String::new();
        let mut previous: Option<std::ops::Range<usize>> = None;
        let words = texts
            .into_iter()
            .flat_map(|text| normalize::words(text).map(move |(start, end)| &text[start..end]));
        for word in words {
            if found == all {
                break;
            }
            let starts = could_start(word);
            if !starts && previous.is_none() {
                continue;
            }
            let from = folded.len();
            normalize::fold_into(word, &mut folded);
            if starts {
                mark(&mut found, &folded[from..]);
            }
            if let Some(before) = previous {
                joined.clear();
                joined.push_str(&folded[before]);
                joined.push_str(&folded[from..]);
                mark(&mut found, &joined);
            }
            previous = starts.then_some(from..folded.len());
        }
        found.count_ones() as usize
    }

    /// The first word of `text` that matches, as a byte range.
    pub fn first(&self, text: &str) -> Option<(usize, usize)> {
        let mut folded = String::new();
        normalize::words(text).find(|&(start, end)| {
            // As in `words`: a word whose first letter starts no term cannot match.
            if !self.terms.could_start(text.as_bytes()[start]) {
                return false;
            }
            folded.clear();
            normalize::fold_into(&text[start..end], &mut folded);
            self.matches(&folded)
        })
    }

    /// The byte ranges of the words of `text` that match, for highlighting. Two
    /// neighbouring words that match only run together ("Sign Out" for "signout") come
    /// back as one range.
    pub fn words(&self, text: &str) -> Vec<(usize, usize)> {
        let terms = &self.terms;
        if terms.terms.is_empty() {
            return Vec::new();
        }
        // Room for the marks of a snippet, nearly always enough.
        let mut ranges = Vec::with_capacity(8);
        // Every match keeps the first letter, so a word whose first letter starts no term
        // is neither folded nor matched; the others are folded once, into one buffer.
        let mut buffer = String::with_capacity(text.len());
        // A word takes two characters and a space at the least: sized once.
        let mut words: Vec<(usize, usize, usize, bool)> = Vec::with_capacity(text.len() / 3 + 1);
        words.extend(normalize::words(text).map(|(start, end)| {
            let from = buffer.len();
            if !terms.could_start(text.as_bytes()[start]) {
                return (start, end, from, false);
            }
            normalize::fold_into(&text[start..end], &mut buffer);
            (start, end, from, self.matches(&buffer[from..]))
        }));
        let folded_at = |i: usize| {
            let from = words[i].2;
            let to = words.get(i + 1).map_or(buffer.len(), |w| w.2);
            &buffer[from..to]
        };
        let mut joined = String::new();
        let mut i = 0;
        while i < words.len() {
            let (start, end, _, matched) = words[i];
            let folded = folded_at(i);
            if matched {
                ranges.push((start, end));
                i += 1;
                continue;
            }
            // Two words that match only run together ("Sign Out" for "signout"), when
            // neither matches alone and a term could start with the first.
            if let Some(&(next_start, next_end, _, false)) = words.get(i + 1) {
                let could = terms
                    .terms
                    .iter()
                    .any(|t| t.chars > folded.len() && starts_with_char(folded, t.first));
                if could && text[end..next_start].chars().all(|c| c == ' ' || c == '-') {
                    joined.clear();
                    joined.push_str(folded);
                    normalize::fold_into(&text[next_start..next_end], &mut joined);
                    if self.matches(&joined) {
                        ranges.push((start, next_end));
                        i += 2;
                        continue;
                    }
                }
            }
            i += 1;
        }
        ranges
    }
}

/// The byte ranges of the words of `text` that match a word of `query`.
#[cfg(test)]
pub fn matched_words(query: &str, text: &str) -> Vec<(usize, usize)> {
    Matcher::new(query).words(text)
}

const ELLIPSIS: char = '…';

/// Cuts `text` to at most `max_chars` characters around the first of `ranges`, at word
/// boundaries, marking each cut with "…"; returns the cut text and the ranges that fall
/// in it, moved to its byte offsets. Text that fits comes back whole. `max_chars` counts
/// the ellipses, so it should be at least 3.
pub fn snippet(
    text: &str,
    ranges: &[(usize, usize)],
    max_chars: usize,
) -> (String, Vec<(usize, usize)>) {
    let total = text.chars().count();
    if total <= max_chars {
        return (text.to_owned(), ranges.to_vec());
    }
    // Room for an ellipsis at each end.
    let budget = max_chars.saturating_sub(2).max(1);
    let (first_start, first_end) = ranges.first().copied().unwrap_or((0, 0));
    // In ASCII text, as most is, a character is a byte.
    let ascii = total == text.len();
    let byte_at = |from: usize, chars: usize| match ascii {
        true => (from + chars).min(text.len()),
        false => text[from..]
            .char_indices()
            .nth(chars)
            .map_or(text.len(), |(b, _)| from + b),
    };

    // Start a quarter of the window before the first match, so it reads in context, but
    // never so late that the window runs past the end of the text.
    let match_char = text[..first_start].chars().count();
    let start_char = match_char
        .saturating_sub(budget / 4)
        .min(total.saturating_sub(budget));
    let mut start = byte_at(0, start_char);
    if start > 0 {
        // On to the start of the next whole word, keeping a quote or bracket that opens it.
        if ends_in_word(&text[..start]) {
            start = text[start..]
                .find(|c| !normalize::is_word_char(c))
                .map_or(text.len(), |i| start + i);
        }
        start = text[start..]
            .find(normalize::is_word_char)
            .map_or(text.len(), |i| start + i);
        if let Some(opening) = text[..start]
            .chars()
            .next_back()
            .filter(|c| "\"'“‘([".contains(*c))
        {
            start -= opening.len_utf8();
        }
        start = start.min(first_start);
    }

    let mut end = byte_at(start, budget);
    if end < text.len() && ends_in_word(&text[..end]) && starts_word(&text[end..]) {
        let boundary = text[start..end]
            .rfind(|c: char| !normalize::is_word_char(c))
            .map(|i| start + i);
        if let Some(b) = boundary.filter(|&b| b >= first_end && b > start) {
            end = b;
        }
    }
    if end < text.len() {
        end = start
            + text[start..end]
                .trim_end_matches(|c: char| c.is_whitespace() || ",;:(–-".contains(c))
                .len();
    }

    let mut out = String::with_capacity(end - start + 2 * ELLIPSIS.len_utf8());
    if start > 0 {
        out.push(ELLIPSIS);
    }
    let shift = out.len();
    out.push_str(&text[start..end]);
    if end < text.len() {
        out.push(ELLIPSIS);
    }
    let moved = ranges
        .iter()
        .map(|&(s, e)| (s.max(start), e.min(end)))
        .filter(|&(s, e)| s < e)
        .map(|(s, e)| (s - start + shift, e - start + shift))
        .collect();
    (out, moved)
}

fn ends_in_word(text: &str) -> bool {
    text.chars()
        .next_back()
        .is_some_and(normalize::is_word_char)
}

fn starts_word(text: &str) -> bool {
    text.chars().next().is_some_and(normalize::is_word_char)
}

/// The optimal string alignment distance between `a` and `b`: insertions, deletions,
/// substitutions and swaps of neighbouring letters, each one edit. `None` when it is
/// over `max`, found without finishing the table when a whole row is.
fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    if a.is_ascii() && b.is_ascii() {
        osa(a.as_bytes(), b.as_bytes(), max)
    } else {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        osa(&a, &b, max)
    }
}

/// The table is computed only within `max` of its diagonal, since a path through any
/// other cell costs more than `max`.
fn osa<T: PartialEq>(a: &[T], b: &[T], max: usize) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > max || n > MAX_FUZZY_CHARS || m > MAX_FUZZY_CHARS {
        return None;
    }
    if n == 0 || m == 0 {
        return Some(n.max(m));
    }
    // Anything over `max`; cells outside the band hold it.
    let over = max as u8 + 1;
    // Three rows of the table: the one before last (for swaps), the last, the current.
    let mut rows = [[over; MAX_FUZZY_CHARS + 2]; 3];
    let [back, last, current] = &mut rows;
    let (mut back, mut last, mut current) = (back, last, current);
    for (j, cell) in last.iter_mut().enumerate().take(m.min(max) + 1) {
        *cell = j as u8;
    }
    for i in 1..=n {
        let low = i.saturating_sub(max).max(1);
        let high = (i + max).min(m);
        current[low - 1] = if low == 1 && i <= max { i as u8 } else { over };
        current[high + 1] = over;
        let mut row_min = current[low - 1];
        for j in low..=high {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut d = (last[j] + 1)
                .min(current[j - 1] + 1)
                .min(last[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(back[j - 2] + 1);
            }
            current[j] = d.min(over);
            row_min = row_min.min(d);
        }
        if row_min > max as u8 {
            return None;
        }
        (back, last, current) = (last, current, back);
    }
    let d = usize::from(last[m]);
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::version::Version;

    fn ids(hits: &[Hit]) -> Vec<&'static str> {
        hits.iter().map(|h| h.doc.id()).collect()
    }

    fn all(query: &str) -> Vec<Hit> {
        search(&Matcher::new(query), |_| true)
    }

    fn faqs(query: &str) -> Vec<Hit> {
        search(&Matcher::new(query), |d| d.kind == Kind::Faq)
    }

    #[test]
    fn count_in_counts_each_query_word_found_alone_or_joined() {
        let plain = |query: &str, text: &str| {
            let m = Matcher::new(query);
            let folded: Vec<String> = normalize::tokens(text).collect();
            let joined: Vec<String> = folded.windows(2).map(|w| w.concat()).collect();
            let found = |t: &Term| folded.iter().chain(&joined).any(|w| t.quality(w).is_some());
            m.terms.terms.iter().filter(|t| found(t)).count()
        };
        let texts = [
            "Sign out of iMessage on the company iPhone",
            "Log Out, then sign in again with your Apple Account",
            "Réglages › Messages: signout signed-out singout",
            "",
        ];
        for query in [
            "sign out",
            "signout iphone",
            "logout",
            "imesage company",
            "xyz",
        ] {
            for text in texts {
                assert_eq!(
                    Matcher::new(query).count_in([text]),
                    plain(query, text),
                    "{query}: {text}"
                );
            }
        }
        assert_eq!(Matcher::new("signout iphone").count_in([texts[0]]), 2);
        // Texts in parts read as one: "Sign" ends one and "Out" starts the next.
        assert_eq!(Matcher::new("signout").count_in(["Tap Sign", "Out now"]), 1);
    }

    #[test]
    fn the_rarity_table_is_the_bm25_idf() {
        let all = index::DOCS.len() as f64;
        assert_eq!(index::RARITY.len(), index::DOCS.len() + 1);
        for (held, &tabled) in index::RARITY.iter().enumerate() {
            let held = held as f64;
            let idf = (1.0 + (all - held + 0.5) / (held + 0.5)).ln();
            assert_eq!(tabled, (idf * 100.0).round() as u32, "{held}");
        }
        // Rare words say more than common ones.
        assert!(rarity(1) > rarity(index::DOCS.len() / 2));
    }

    #[test]
    fn common_endings_are_cut_to_the_stem() {
        let stems: Vec<String> = normalize::tokens(
            "signing taking activating getting calling waiting signed does apps messages devices",
        )
        .collect();
        assert_eq!(
            stems,
            [
                "sign", "take", "activate", "get", "call", "wait", "signed", "does", "apps",
                "message", "device"
            ]
        );
    }

    #[test]
    fn folds_case_and_accents_and_splits_on_anything_else() {
        let tokens = |text| normalize::tokens(text).collect::<Vec<_>>();
        assert_eq!(
            tokens("Fix the \"iMessage is Signed Out\" alert"),
            ["fix", "the", "imessage", "is", "signed", "out", "alert"]
        );
        assert_eq!(
            tokens("Crème BRÛLÉE, Ångström; Łódź–Œuvre straße"),
            ["creme", "brulee", "angstrom", "lodz", "oeuvre", "strasse"]
        );
        assert_eq!(
            tokens("Imessagé Ĳssel Ğ Ž ſ"),
            ["imessage", "ijssel", "g", "z", "s"]
        );
        // A decomposed accent stays inside its word.
        assert_eq!(tokens("cafe\u{301} au lait"), ["cafe", "au", "lait"]);
        assert_eq!(
            tokens("Wi-Fi 10.13.5 > [your name]"),
            ["wi", "fi", "10", "13", "5", "your", "name"]
        );
        assert_eq!(tokens(" ... "), Vec::<String>::new());
        let words: Vec<_> = normalize::words("Sign-in, now!").collect();
        assert_eq!(words, [(0, 4), (5, 7), (9, 12)]);
    }

    #[test]
    fn distance_counts_swaps_as_one_edit() {
        assert_eq!(distance("singout", "signout", 1), Some(1));
        assert_eq!(distance("adresses", "addresses", 2), Some(1));
        assert_eq!(distance("deactivte", "deactivate", 2), Some(1));
        assert_eq!(distance("imesage", "imessage", 1), Some(1));
        assert_eq!(distance("kitten", "sitting", 3), Some(3));
        assert_eq!(distance("kitten", "sitting", 2), None);
        // Optimal string alignment edits no substring twice.
        assert_eq!(distance("ca", "abc", 3), Some(3));
        assert_eq!(distance("same", "same", 0), Some(0));
        assert_eq!(distance("", "ab", 2), Some(2));
        assert_eq!(distance("café", "cafe", 1), Some(1));
    }

    /// Misspelt and short words, as people type them, for the tests of the word matching.
    const TYPED: &[&str] = &[
        "singout",
        "adresses",
        "imesage",
        "deactivte",
        "activaton",
        "sign",
        "setings",
        "out",
        "facetmie",
        "icluod",
        "numbre",
        "devcie",
        "apple",
        "a",
        "ab",
        "mesages",
        "signedout",
        "zzzz",
        "ç",
    ];

    #[test]
    fn banded_distance_equals_the_full_table() {
        for &query in TYPED {
            for i in 0..index::WORD_ENDS.len() {
                let expected = strsim::osa_distance(query, word(i));
                for max in 0..=3 {
                    let got = distance(query, word(i), max);
                    assert_eq!(
                        got,
                        (expected <= max).then_some(expected),
                        "{query} {}",
                        word(i)
                    );
                }
            }
        }
    }

    #[test]
    fn letter_sets_never_rule_out_a_near_word() {
        for query in ["singout", "adresses", "deactivte", "imesage", "facetmie"] {
            let term = Term::new(query.to_owned());
            for i in 0..index::WORD_ENDS.len() {
                let max = term.max_edits();
                if distance(query, word(i), max).is_some() {
                    assert!(term.letters_near(normalize::char_mask(word(i)), max));
                }
            }
        }
    }

    #[test]
    fn the_vocabulary_scan_finds_what_a_full_scan_finds() {
        for &query in TYPED {
            let term = Term::new(query.to_owned());
            let mut found = vocabulary_matches(&term);
            found.sort_unstable();
            let expected: Vec<_> = (0..index::WORD_ENDS.len())
                .filter_map(|i| Some((i, term.quality(word(i))?)))
                .collect();
            assert_eq!(found, expected, "{query}");
        }
    }

    #[test]
    fn each_faq_is_found_by_a_natural_question() {
        let cases = [
            ("reasons to sign out of imessage", "why-sign-out"),
            (
                "will signing out delete my messages",
                "signing-out-deletes-messages",
            ),
            (
                "if I sign out on my iphone are my other devices signed out",
                "sign-out-one-device-only",
            ),
            (
                "does signing out touch my icloud data",
                "icloud-data-after-sign-out",
            ),
            (
                "do I still get texts when signed out",
                "sms-while-signed-out",
            ),
            (
                "do I need an apple account for imessage",
                "apple-account-required",
            ),
            ("how do I sign back in", "sign-back-in"),
            (
                "sign out of messages on mac, other apple services",
                "mac-other-services",
            ),
            ("sign out facetime", "facetime-unaffected"),
            (
                "what to do before leaving imessage for good",
                "before-signing-out-for-good",
            ),
            (
                "what does messages in icloud need",
                "what-is-messages-in-icloud",
            ),
            (
                "deregister my phone number without the iphone",
                "deregister-without-iphone",
            ),
            (
                "why is activation taking so long",
                "activation-takes-24-hours",
            ),
            (
                "remove a device from my apple account",
                "remove-device-from-account",
            ),
            (
                "does turning off messages in icloud sign me out",
                "icloud-messages-off-is-not-sign-out",
            ),
            (
                "why didn't signing out stop imessage on my iphone",
                "iphone-sign-out-keeps-number",
            ),
            (
                "what happens to my messages when I turn off messages in icloud",
                "messages-in-icloud-off-history",
            ),
            (
                "how do I get iPhone texts on my Mac",
                "iphone-texts-on-ipad-mac",
            ),
            (
                "what does not registered with iMessage mean",
                "not-registered-with-imessage",
            ),
            (
                "stop my iPhone calls showing on my iPad",
                "stop-iphone-on-ipad-mac",
            ),
            (
                "what to do before selling my iPhone",
                "sell-iphone-imessage",
            ),
            (
                "switching to android texts from iPhones",
                "switching-to-android",
            ),
            ("my iPhone was stolen", "stolen-iphone-messages"),
            ("why is sign out greyed out", "sign-out-greyed-out"),
            (
                "sign out of iMessage on Apple Watch",
                "apple-watch-sign-out",
            ),
            (
                "does signing out of my whole Apple Account sign me out of iMessage",
                "apple-account-sign-out-imessage",
            ),
            ("start new conversations from my email", "start-from-email"),
            (
                "use a different Apple ID for iMessage",
                "different-account-for-imessage",
            ),
            (
                "can my family share one Apple ID",
                "share-one-apple-account",
            ),
            (
                "verification code without trusted device",
                "code-without-trusted-device",
            ),
            (
                "why wasn't I asked for a code on my iPhone",
                "no-code-asked-on-iphone",
            ),
            ("does Vision Pro use iMessage", "vision-pro-imessage"),
        ];
        for faq in faq::builtins() {
            assert!(
                cases.iter().any(|&(_, id)| faq.id == id),
                "no question for {}",
                faq.id
            );
        }
        for (question, id) in cases {
            let hits = faqs(question);
            assert_eq!(
                hits.first().map(|h| h.doc.id()),
                Some(id),
                "{question}: {:?}",
                ids(&hits)
            );
        }
        // Questions about an FAQ lead with it among all documents too.
        assert_eq!(ids(&all("sign out facetime"))[0], "facetime-unaffected");
        assert_eq!(
            ids(&all("will signing out delete my messages"))[0],
            "signing-out-deletes-messages"
        );
    }

    #[test]
    fn error_messages_lead_to_the_fix() {
        for message in [
            "iMessage is Signed Out",
            "No Addresses",
            "Waiting for activation",
        ] {
            let hits = all(message);
            let top: Vec<_> = ids(&hits).into_iter().take(3).collect();
            assert!(top.contains(&"fix-signed-out"), "{message}: {top:?}");
            let first_guide = hits.iter().find(|h| h.doc.kind != Kind::Faq).unwrap();
            assert_eq!(first_guide.doc.id(), "fix-signed-out", "{message}");
        }
        assert_eq!(ids(&all("iMessage is Signed Out"))[0], "fix-signed-out");
        assert_eq!(ids(&all("No Addresses"))[0], "fix-signed-out");
    }

    #[test]
    fn typos_are_forgiven() {
        let top = |q| all(q).first().map(|h| (h.doc.id(), h.doc.kind));
        assert_eq!(top("singout"), Some(("signout", Kind::Guide)));
        assert!(matches!(
            top("adresses"),
            Some(("fix-signed-out" | "deactivate", _))
        ));
        assert_eq!(top("deactivte imesage"), Some(("deactivate", Kind::Guide)));
        assert_eq!(top("Deactivte IMESAGE"), top("deactivte imesage"));
    }

    #[test]
    fn case_and_accents_do_not_matter() {
        let plain = ids(&all("iMessage"));
        assert!(!plain.is_empty());
        assert_eq!(ids(&all("IMESSAGE")), plain);
        assert_eq!(ids(&all("imessagé")), plain);
    }

    #[test]
    fn nothing_found_for_unknown_words() {
        assert!(all("zebra quantum").is_empty());
        assert!(all("").is_empty());
        assert!(all(" -- ").is_empty());
    }

    #[test]
    fn multi_word_queries_favour_documents_with_more_of_the_words() {
        let hits = all("sign out facetime");
        assert!(!hits.is_empty());
        assert_eq!(hits[0].matched, 3);
        assert!(hits.iter().all(|h| h.matched >= 2));
        // No document has "zebra": fall back to those with the other word.
        let hits = all("facetime zebra");
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|h| h.matched == 1));
        // Only stop words: they are searched for after all.
        assert!(!all("how do I").is_empty());
    }

    #[test]
    fn ranked_best_first_with_ties_in_index_order() {
        let hits = all("iMessage");
        for pair in hits.windows(2) {
            let index = |h: &Hit| docs().iter().position(|d| std::ptr::eq(d, h.doc));
            assert!(
                pair[0].score > pair[1].score
                    || (pair[0].score == pair[1].score && index(&pair[0]) < index(&pair[1]))
            );
        }
    }

    #[test]
    fn joined_words_favour_the_guide_of_that_name() {
        assert_eq!(ids(&all("sign in"))[0], "signin");
        assert_eq!(ids(&all("log in"))[0], "signin");
        assert_eq!(ids(&all("log out"))[0], "signout");
        assert_eq!(ids(&all("logout"))[0], "signout");
    }

    #[test]
    fn placeholders_are_found_by_their_words() {
        let hits = all("apple id");
        assert!(hits.iter().any(|h| h.doc.text().contains("{account}")));
        let hits = all("restart ipad");
        assert!(hits
            .iter()
            .any(|h| h.doc.text() == "Restart your {device}."));
        // `{device}` stands for the devices of its method only.
        let hits = all("mac");
        for hit in &hits {
            let text = hit.doc.text();
            if text.contains("{device}") && !text.to_lowercase().contains("mac") {
                assert!(hit.doc.has_device(Device::Mac), "{text}");
            }
        }
        assert!(!hits
            .iter()
            .any(|h| h.doc.text() == "Restart your {device}."));
    }

    #[test]
    fn guides_are_found_by_the_devices_they_cover() {
        assert_eq!(ids(&all("turn off iMessage on my Mac"))[0], "deactivate");
        let hits = all("stop iMessage on my Mac");
        assert!(ids(&hits).iter().take(2).any(|&id| id == "deactivate"));
    }

    #[test]
    fn device_and_version_narrow_the_results() {
        let query = Query {
            devices: vec![Device::Mac],
            os: Some(Version::new(14, 0, 0, 1)),
        };
        let hits = search(&Matcher::new("click sign out"), |d| d.fits(&query));
        assert!(!hits.is_empty());
        for hit in &hits {
            assert!(hit.doc.has_device(Device::Mac));
            assert!(hit.doc.os.contains(Version::new(14, 0, 0, 1)));
        }
        let methods: Vec<_> = hits
            .iter()
            .filter_map(|h| h.doc.method())
            .map(|m| &*m.id)
            .collect();
        assert!(methods.contains(&"mac-settings-imessage"), "{methods:?}");
        assert!(!methods.contains(&"mac-preferences-accounts"));
    }

    #[test]
    fn every_document_points_at_its_text() {
        assert_eq!(
            docs().iter().filter(|d| d.kind == Kind::Faq).count(),
            faq::builtins().len()
        );
        for doc in docs() {
            assert!(!doc.text().is_empty(), "{doc:?}");
            assert!(!doc.id().is_empty());
            // A step or remark may narrow the devices and versions of what it stands under.
            let narrowing: Vec<(&[Device], Range)> = [
                doc.step().map(|s| (&s.devices[..], s.os)),
                doc.remark().map(|r| (&r.devices[..], r.os)),
                doc.faq().map(|f| (&f.devices[..], f.os)),
            ]
            .into_iter()
            .flatten()
            .collect();
            let narrow = |mut devices: Vec<Device>, mut os: Range| {
                for (only, range) in &narrowing {
                    if !only.is_empty() {
                        devices.retain(|d| only.contains(d));
                    }
                    os = os.intersect(range).unwrap();
                }
                (devices, os)
            };
            let (devices, os) = match doc.method() {
                Some(method) => {
                    let mut devices = method.devices.to_vec();
                    devices.sort();
                    narrow(devices, method.os)
                }
                None => {
                    // Guide-wide text covers the guide's devices; an FAQ answer, all.
                    let covered: Vec<Device> = match doc.guide() {
                        Some(g) => Device::ALL
                            .into_iter()
                            .filter(|d| g.methods.iter().any(|m| m.devices.contains(d)))
                            .collect(),
                        None => Device::ALL.to_vec(),
                    };
                    narrow(covered, Range::ALL)
                }
            };
            assert_eq!(doc.devices().collect::<Vec<_>>(), devices, "{doc:?}");
            assert_eq!(doc.os, os, "{doc:?}");
            assert_eq!(
                doc.kind == Kind::Step,
                doc.step().is_some() && doc.remark().is_none()
            );
        }
        let remarks = |g: &Guide| {
            let count = |w: &[Remark], n: &[Remark]| w.len() + n.len();
            count(&g.warnings, &g.notes)
                + g.methods
                    .iter()
                    .map(|m| {
                        count(&m.warnings, &m.notes)
                            + m.steps
                                .iter()
                                .map(|s| count(&s.warnings, &s.notes))
                                .sum::<usize>()
                    })
                    .sum::<usize>()
        };
        let expected: usize = guide::builtins().iter().map(remarks).sum();
        let found = docs()
            .iter()
            .filter(|d| matches!(d.kind, Kind::Remark { .. }))
            .count();
        assert_eq!(found, expected);
    }

    #[test]
    fn highlights_the_matching_words_of_the_original_text() {
        let text = "Sign Out of iMessage, then deactivate Messages.";
        let words = |q| {
            matched_words(q, text)
                .into_iter()
                .map(|(s, e)| &text[s..e])
                .collect::<Vec<_>>()
        };
        assert_eq!(words("singout"), ["Sign Out"]);
        assert_eq!(words("deactivte imesage"), ["iMessage", "deactivate"]);
        assert_eq!(words("sign out of imessage"), ["Sign", "Out", "iMessage"]);
        assert_eq!(words("MESSAGÉS"), ["Messages"]);
        assert_eq!(words("mess"), ["Messages"]);
        assert!(words("zebra").is_empty());
    }

    #[test]
    fn snippets_cut_at_words_around_the_first_match() {
        let short = "Restart your iPhone.";
        let ranges = matched_words("restart", short);
        assert_eq!(snippet(short, &ranges, 40), (short.to_owned(), ranges));

        let text =
            "Check Apple's System Status page at https://www.apple.com/support/systemstatus/. \
                    A yellow mark instead of a green one next to iMessage means Apple has an \
                    outage: wait until Apple fixes it.";
        let ranges = matched_words("yellow", text);
        let (cut, moved) = snippet(text, &ranges, 50);
        assert!(cut.chars().count() <= 50, "{cut}");
        assert!(cut.starts_with('…') && cut.ends_with('…'), "{cut}");
        assert_eq!(moved.len(), 1);
        assert_eq!(&cut[moved[0].0..moved[0].1], "yellow");
        let inner = cut.trim_matches('…');
        assert!(text.contains(inner));
        // Whole words at both ends.
        let start = text.find(inner).unwrap();
        let end = start + inner.len();
        assert!(!text[..start].ends_with(char::is_alphanumeric), "{cut}");
        assert!(!text[end..].starts_with(char::is_alphanumeric));

        // A match at the very start needs no leading ellipsis.
        let ranges = matched_words("check", text);
        let (cut, moved) = snippet(text, &ranges, 30);
        assert!(cut.starts_with("Check") && cut.ends_with('…'), "{cut}");
        assert_eq!(moved, [(0, 5)]);
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Any query: no panic, results best first, every hit passes the filter.
        #[test]
        fn search_is_total_and_ordered(query in "[a-zA-Z0-9éü'\" -]{0,40}") {
            let hits = search(&Matcher::new(&query), |doc| doc.kind != Kind::Faq);
            prop_assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
            prop_assert!(hits.iter().all(|h| h.doc.kind != Kind::Faq && h.matched >= 1));
        }

        /// `count_in`, which skips the words that cannot match, counts what a look at every
        /// word and every pair of neighbours run together counts.
        #[test]
        fn count_in_skips_only_words_that_cannot_match(
            query in "[sinoutgé ]{1,16}",
            text in "[sinoutgaÉé ,-]{0,80}",
        ) {
            let matcher = Matcher::new(&query);
            let words: Vec<String> = normalize::tokens(&text).collect();
            let pairs: Vec<String> = words.windows(2).map(|p| p.concat()).collect();
            let expected = matcher
                .terms
                .terms
                .iter()
                .filter(|t| words.iter().chain(&pairs).any(|w| t.quality(w).is_some()))
                .count();
            prop_assert_eq!(matcher.count_in([text.as_str()]), expected);
            let (head, tail) = text.split_at(text.find(' ').unwrap_or(0));
            prop_assert_eq!(matcher.count_in([head, tail]), expected);
        }

        /// Marks fall on character boundaries, in order, without overlapping; snippets
        /// keep to their length.
        #[test]
        fn marks_and_snippets_are_well_formed(
            query in "[a-z ]{1,20}",
            text in "[a-zA-Zé ,.'-]{0,400}",
            max in 3usize..200,
        ) {
            let matcher = Matcher::new(&query);
            let marks = matcher.words(&text);
            for w in marks.windows(2) {
                prop_assert!(w[0].1 <= w[1].0);
            }
            for &(start, end) in &marks {
                prop_assert!(start < end && end <= text.len());
                prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            }
            let (cut, moved) = snippet(&text, &marks, max);
            prop_assert!(cut.chars().count() <= max || cut == text);
            for &(start, end) in &moved {
                prop_assert!(cut.is_char_boundary(start) && cut.is_char_boundary(end));
            }
        }
    }
}
