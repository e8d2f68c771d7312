//! The fact registry's model, as written in `data/facts.json`: defined once, read by
//! `build.rs` to bake the registry into static data and by the tests that check it.

use serde::{Deserialize, Serialize};

use crate::model::{List, Text};

/// One fact of the content spec; baked into static data by `build.rs`, so looking one up
/// parses nothing.
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

/// An id as a number that sorts as the id does: its bytes, big-endian, then zeros. Ids
/// are at most 16 bytes (the build checks); a longer string is no id.
#[inline]
pub fn key(id: &str) -> Option<u128> {
    let mut bytes = [0u8; 16];
    bytes.get_mut(..id.len())?.copy_from_slice(id.as_bytes());
    Some(u128::from_be_bytes(bytes))
}

/// Where the search for `key` starts in a table of `1 << bits` slots: `build.rs` places
/// every fact id with it, and answers look up every fact they cite with it.
#[inline]
pub fn slot(key: u128, bits: u32) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}
