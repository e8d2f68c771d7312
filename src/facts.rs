//! The fact registry, as written in `data/facts.json`: what each fact the guides rest on
//! says, how sure it is, and where it comes from.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::guide::{List, Text};
use crate::validate::FACT_IDS;

/// One fact of the content spec; compiled into small tables by `build.rs` (see
/// `write_fact_ids` there), so looking one up parses nothing.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub id: Text,
    pub confidence: Confidence,
    /// How the confidence splits when parts of the fact differ, such as "A route, C
    /// boundary"; `confidence` is then the lowest part.
    #[serde(default)]
    pub confidence_note: Option<Text>,
    pub summary: Text,
    pub citations: List<Citation>,
    /// Later facts that stand in its place.
    #[serde(default)]
    pub replaced_by: List<Text>,
    /// Later facts that show part of it wrong.
    #[serde(default)]
    pub corrected_by: List<Text>,
    /// Later facts that narrow where it holds.
    #[serde(default)]
    pub qualified_by: List<Text>,
    /// What to say instead, where the fact as its source gives it is wrong or too broad.
    #[serde(default)]
    pub correction: Option<Text>,
}

/// How sure a fact is, as the content spec grades it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum Confidence {
    /// From one of the three source articles.
    #[serde(rename = "seed")]
    Seed,
    /// Apple's own text.
    A,
    /// Several independent secondary sources agree, or one quotes Apple.
    B,
    /// One source, inferred, or no source found: what rests on it is shown as unverified.
    C,
}

impl Confidence {
    pub fn name(self) -> &'static str {
        match self {
            Confidence::Seed => "seed",
            Confidence::A => "A",
            Confidence::B => "B",
            Confidence::C => "C",
        }
    }
}

/// Where a fact was read: an article, a guide page or a site.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub kind: Kind,
    /// Who published it when that is not simply Apple or a source article: a site such as
    /// `softwarehow.com`, or one of Apple's guides.
    #[serde(default)]
    pub site: Option<Text>,
    /// Apple's article number (`HT208532`, `108758`) or the source article (`000`).
    #[serde(default)]
    pub article: Option<Text>,
    #[serde(default)]
    pub title: Option<Text>,
    #[serde(default)]
    pub url: Option<Text>,
    /// The language or copy it was read in, its date, or what it supports.
    #[serde(default)]
    pub note: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// One of the three source articles the guides started from.
    Seed,
    /// Apple's support articles, guides and pages.
    Apple,
    /// Anyone else.
    Secondary,
}

impl Citation {
    /// The citation in words, without its URL: `Apple HT208532 "Use Messages in iCloud"
    /// (fr-mu)`, `softwarehow.com`, `source article 000 "How to Login and Logout of iMessage"`.
    pub fn describe(&self) -> String {
        let by = match (&self.site, self.kind) {
            (Some(site), _) => site,
            (None, Kind::Apple) => "Apple",
            (None, Kind::Seed) => "source article",
            (None, Kind::Secondary) => "",
        };
        let parts = [&self.article, &self.title, &self.note];
        let length = parts
            .iter()
            .flat_map(|p| p.as_deref())
            .map(str::len)
            .sum::<usize>();
        let mut s = String::with_capacity(by.len() + length + 8);
        s.push_str(by);
        for (text, open, close) in [
            (&self.article, "", ""),
            (&self.title, "\"", "\""),
            (&self.note, "(", ")"),
        ] {
            if let Some(text) = text {
                if !s.is_empty() {
                    s.push(' ');
                }
                s.push_str(open);
                s.push_str(text);
                s.push_str(close);
            }
        }
        s
    }
}

impl Fact {
    /// The later facts that replace, correct or qualify this one, with the word for each.
    pub fn superseded(&self) -> impl Iterator<Item = (&'static str, &[Text])> {
        [
            ("replaced by", &*self.replaced_by),
            ("corrected by", &*self.corrected_by),
            ("qualified by", &*self.qualified_by),
        ]
        .into_iter()
        .filter(|(_, ids)| !ids.is_empty())
    }
}

mod generated {
    include!(concat!(env!("OUT_DIR"), "/builtin_facts.rs"));
}

use generated::{CITATION_ROWS, ENDS, FACT_AT, FACT_ROWS, ID_LISTS, TEXT};

/// String `n` of the registry's text; 0 is none.
fn string(n: u16) -> Option<&'static str> {
    let n = usize::from(n);
    let end = *ENDS.get(n.checked_sub(1)?)? as usize;
    let start = n.checked_sub(2).map_or(0, |before| ENDS[before] as usize);
    TEXT.get(start..end)
}

fn text(n: u16) -> Text {
    Cow::Borrowed(string(n).unwrap_or_default())
}

fn span<T>(table: &'static [T], start: u16, len: u16) -> &'static [T] {
    let start = usize::from(start);
    table
        .get(start..start + usize::from(len))
        .unwrap_or_default()
}

fn ids(start: u16, len: u16) -> List<Text> {
    match span(ID_LISTS, start, len) {
        [] => Cow::Borrowed(&[]),
        ids => Cow::Owned(ids.iter().map(|&n| text(n)).collect()),
    }
}

fn decode(row: &[u16; 13]) -> Fact {
    let [id, confidence, note, summary, correction, c_start, c_len, r_start, r_len, k_start, k_len, q_start, q_len] =
        *row;
    let citations = span(CITATION_ROWS, c_start, c_len).iter().map(citation);
    Fact {
        id: text(id),
        confidence: CONFIDENCES[usize::from(confidence)],
        confidence_note: string(note).map(Cow::Borrowed),
        summary: text(summary),
        citations: if c_len == 0 {
            Cow::Borrowed(&[])
        } else {
            Cow::Owned(citations.collect())
        },
        replaced_by: ids(r_start, r_len),
        corrected_by: ids(k_start, k_len),
        qualified_by: ids(q_start, q_len),
        correction: string(correction).map(Cow::Borrowed),
    }
}

fn citation(&[kind, site, article, title, url, note]: &[u16; 6]) -> Citation {
    Citation {
        kind: [Kind::Seed, Kind::Apple, Kind::Secondary][usize::from(kind)],
        site: string(site).map(Cow::Borrowed),
        article: string(article).map(Cow::Borrowed),
        title: string(title).map(Cow::Borrowed),
        url: string(url).map(Cow::Borrowed),
        note: string(note).map(Cow::Borrowed),
    }
}

/// A set of facts, such as those an answer cites: a bit per fact, read in id order. An
/// answer cites the same few facts many times; this skips sorting and building them.
#[allow(clippy::len_without_is_empty)]
pub struct FactSet {
    bits: Vec<u64>,
}

impl FactSet {
    pub fn new() -> FactSet {
        FactSet {
            bits: vec![0; FACT_IDS.len().div_ceil(64)],
        }
    }

    /// Adds the fact with this id; an unknown id (none pass the guide checks) is left out.
    pub fn insert(&mut self, id: &str) {
        if let Ok(at) = FACT_IDS.binary_search(&id) {
            self.bits[at / 64] |= 1 << (at % 64);
        }
    }

    pub fn len(&self) -> usize {
        self.bits.iter().map(|b| b.count_ones() as usize).sum()
    }

    /// The facts in the set, in id order, as answers cite them.
    pub fn iter(&self) -> impl Iterator<Item = Cited> + '_ {
        (0..FACT_IDS.len())
            .filter(|at| self.bits[at / 64] & (1 << (at % 64)) != 0)
            .map(|at| {
                let row = &FACT_ROWS[usize::from(FACT_AT[at])];
                Cited {
                    id: FACT_IDS[at],
                    confidence: CONFIDENCES[usize::from(row[1])],
                    citations: span(CITATION_ROWS, row[5], row[6]),
                }
            })
    }
}

impl Default for FactSet {
    fn default() -> FactSet {
        FactSet::new()
    }
}

/// What an answer says of a fact it cites; `sources ID` gives the whole fact.
pub struct Cited {
    pub id: &'static str,
    pub confidence: Confidence,
    citations: &'static [[u16; 6]],
}

impl Cited {
    pub fn citations(&self) -> impl Iterator<Item = Citation> {
        self.citations.iter().map(citation)
    }
}

/// In the order `build.rs` numbers them.
const CONFIDENCES: [Confidence; 4] = [
    Confidence::Seed,
    Confidence::A,
    Confidence::B,
    Confidence::C,
];

/// Every fact, in the order of `data/facts.json`.
pub fn all() -> impl ExactSizeIterator<Item = Fact> {
    FACT_ROWS.iter().map(decode)
}

/// The place in `FACT_ROWS` of the fact with this id, exactly as the registry spells it.
fn row(id: &str) -> Option<&'static [u16; 13]> {
    let at = FACT_IDS.binary_search(&id).ok()?;
    FACT_ROWS.get(usize::from(FACT_AT[at]))
}

/// The fact with this id, exactly as the registry spells it.
pub fn get(id: &str) -> Option<Fact> {
    row(id).map(decode)
}

/// How sure the fact with this id is, without building the fact.
#[cfg(test)]
pub fn confidence(id: &str) -> Option<Confidence> {
    row(id).map(|row| CONFIDENCES[usize::from(row[1])])
}

/// The fact an id typed by a person names: any case, and without the brackets and commas
/// around ids the text output prints (`[S0-8, V-iOS-1]`).
pub fn find(typed: &str) -> Option<Fact> {
    let id = typed.trim_matches(|c: char| c == '[' || c == ']' || c == ',' || c.is_whitespace());
    let exact = FACT_IDS.binary_search(&id).ok();
    let at = exact.or_else(|| {
        FACT_IDS
            .iter()
            .position(|known| known.eq_ignore_ascii_case(id))
    })?;
    get(FACT_IDS[at])
}

/// The nearest ids to a mistyped one, for "did you mean".
pub fn nearest(typed: &str) -> Option<&'static str> {
    let lower: Vec<String> = FACT_IDS.iter().map(|id| id.to_ascii_lowercase()).collect();
    let near = crate::suggest::did_you_mean(typed, lower.iter().map(String::as_str))?;
    let at = lower.iter().position(|l| l == near)?;
    Some(FACT_IDS[at])
}

/// Whether a text resting on these facts must be shown as unverified: any of them is C.
#[cfg(test)]
pub fn any_low(ids: &[Text]) -> bool {
    ids.iter().any(|id| confidence(id) == Some(Confidence::C))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiled_facts_equal_the_file_read_at_run_time() {
        let parsed: Vec<Fact> = serde_json::from_str(include_str!("../data/facts.json")).unwrap();
        assert_eq!(parsed, all().collect::<Vec<_>>());
    }

    #[test]
    fn every_id_finds_its_fact() {
        assert_eq!(FACT_IDS.len(), all().len());
        for fact in all() {
            assert_eq!(get(&fact.id).as_ref(), Some(&fact));
            assert_eq!(find(&fact.id.to_ascii_lowercase()).as_ref(), Some(&fact));
            assert_eq!(confidence(&fact.id), Some(fact.confidence));
        }
        assert_eq!(find("[S0-8,").unwrap().id, "S0-8");
        assert_eq!(find("V-iOS-1]").unwrap().id, "V-iOS-1");
        assert_eq!(get("s0-8"), None);
        assert_eq!(find("S9-9"), None);
    }

    #[test]
    fn mistyped_ids_get_the_nearest() {
        assert_eq!(nearest("v-ios-99"), Some("V-iOS-9"));
        assert_eq!(nearest("V-iCloud-16"), Some("V-iCloud-1"));
        assert_eq!(nearest("zzzzzzzz"), None);
    }

    /// Every fact says where it comes from unless the spec names no source, and every id
    /// a fact points at exists.
    #[test]
    fn registry_is_consistent() {
        for fact in all() {
            assert!(!fact.summary.trim().is_empty(), "{}: no summary", fact.id);
            for (_, ids) in fact.superseded() {
                for id in ids.iter() {
                    assert!(get(id).is_some(), "{}: unknown fact `{id}`", fact.id);
                    assert_ne!(id, &fact.id, "{} points at itself", fact.id);
                }
            }
            for c in fact.citations.iter() {
                assert!(!c.describe().is_empty(), "{}: empty citation", fact.id);
                if let Some(url) = &c.url {
                    assert!(url.starts_with("https://"), "{}: {url}", fact.id);
                }
                if c.kind == Kind::Apple {
                    if let Some(article) = &c.article {
                        assert_eq!(
                            c.url.as_deref(),
                            Some(&*format!("https://support.apple.com/{article}")),
                            "{}",
                            fact.id
                        );
                    }
                }
            }
            if fact.confidence == Confidence::Seed {
                assert!(
                    fact.citations.iter().any(|c| c.kind == Kind::Seed),
                    "{}: a seed fact cites its source article",
                    fact.id
                );
            }
        }
    }

    /// A fact with any part graded C counts as C, so what rests on it is shown as unverified.
    #[test]
    fn a_c_part_makes_the_fact_low() {
        for fact in all() {
            let note = fact.confidence_note.as_deref().unwrap_or_default();
            let c_part = note
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|word| word == "C")
                || note.contains("no source found")
                || note.contains("inferred");
            if c_part {
                assert_eq!(fact.confidence, Confidence::C, "{}: {note}", fact.id);
            }
        }
        for id in [
            "V-iCloud-3",
            "V-iCloud-5",
            "V-iOS-14",
            "J-Watch-1",
            "J-Block-7",
        ] {
            assert_eq!(confidence(id), Some(Confidence::C), "{id}");
        }
        for (id, confidence) in [
            ("V-iOS-2", Confidence::A),
            ("V-Act-1", Confidence::A),
            ("V-Act-2", Confidence::B),
        ] {
            assert_eq!(super::confidence(id), Some(confidence), "{id}");
        }
    }
}
