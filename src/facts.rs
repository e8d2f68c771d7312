//! The fact registry, as written in `data/facts.json`: what each fact the guides rest on
//! says, how sure it is, and where it comes from.

use serde::{Deserialize, Serialize};

use crate::guide::{List, Text};
use crate::validate::FACT_IDS;

/// One fact of the content spec; like the guides, compiled into static data by `build.rs`
/// so looking one up parses nothing.
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
        let mut s = String::from(by);
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
    use super::*;
    use std::borrow::Cow;
    include!(concat!(env!("OUT_DIR"), "/builtin_facts.rs"));
}

/// Every fact, in the order of `data/facts.json`.
pub fn builtins() -> &'static [Fact] {
    generated::FACTS
}

/// The fact with this id, exactly as the registry spells it.
pub fn get(id: &str) -> Option<&'static Fact> {
    let at = FACT_IDS.binary_search(&id).ok()?;
    Some(&generated::FACTS[usize::from(generated::FACT_AT[at])])
}

/// The fact an id typed by a person names: any case, and without the brackets and commas
/// around ids the text output prints (`[S0-8, V-iOS-1]`).
pub fn find(typed: &str) -> Option<&'static Fact> {
    let id = typed.trim_matches(|c: char| c == '[' || c == ']' || c == ',' || c.is_whitespace());
    get(id).or_else(|| builtins().iter().find(|f| f.id.eq_ignore_ascii_case(id)))
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
    ids.iter()
        .any(|id| get(id).is_some_and(|f| f.confidence == Confidence::C))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiled_facts_equal_the_file_read_at_run_time() {
        let parsed: Vec<Fact> = serde_json::from_str(include_str!("../data/facts.json")).unwrap();
        assert_eq!(parsed, builtins());
    }

    #[test]
    fn every_id_finds_its_fact() {
        assert_eq!(FACT_IDS.len(), builtins().len());
        for fact in builtins() {
            assert_eq!(get(&fact.id), Some(fact));
            assert_eq!(find(&fact.id.to_ascii_lowercase()), Some(fact));
        }
        assert_eq!(find("[S0-8,").map(|f| &*f.id), Some("S0-8"));
        assert_eq!(find("V-iOS-1]").map(|f| &*f.id), Some("V-iOS-1"));
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
        for fact in builtins() {
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
        for fact in builtins() {
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
            assert_eq!(get(id).unwrap().confidence, Confidence::C, "{id}");
        }
        for (id, confidence) in [
            ("V-iOS-2", Confidence::A),
            ("V-Act-1", Confidence::A),
            ("V-Act-2", Confidence::B),
        ] {
            assert_eq!(get(id).unwrap().confidence, confidence, "{id}");
        }
    }
}
