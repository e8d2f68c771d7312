//! The questions people ask about iMessage sign-in and sign-out, as written in `data/faq.json`.

use serde::Deserialize;

use crate::device::Device;
use crate::guide::{List, Text};
use crate::version::Range;

/// One question with its short answer; like the guides, compiled into static data by
/// `build.rs` so listing or searching the FAQ parses nothing.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub id: Text,
    pub question: Text,
    pub answer: Text,
    /// The facts in `data/facts.json` the answer rests on.
    pub sources: List<Text>,
    /// False when the answer rests on a single source (a confidence-C fact).
    #[serde(default = "crate::guide::yes")]
    pub verified: bool,
    /// The devices the answer is for; empty means every device.
    #[serde(default)]
    pub devices: List<Device>,
    /// The versions the answer is for, read in the OS family of `devices`.
    #[serde(default)]
    pub os: Range,
    /// Other words people use for the question, for search.
    #[serde(default)]
    pub keywords: List<Text>,
    /// Guide ids to read next.
    #[serde(default)]
    pub related: List<Text>,
}

mod generated {
    use super::*;
    use std::borrow::Cow;
    include!(concat!(env!("OUT_DIR"), "/builtin_faqs.rs"));
}

/// Every built-in FAQ entry, in the order of `data/faq.json`.
pub fn builtins() -> &'static [Faq] {
    generated::FAQS
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::guide;

    #[test]
    fn compiled_faq_equals_the_file_read_at_run_time() {
        let parsed: Vec<Faq> = serde_json::from_str(include_str!("../data/faq.json")).unwrap();
        assert_eq!(parsed, builtins());
    }

    #[test]
    fn ids_are_unique_and_related_guides_exist() {
        let mut ids = BTreeSet::new();
        for faq in builtins() {
            assert!(ids.insert(&*faq.id), "duplicate FAQ id {}", faq.id);
            assert!(!faq.sources.is_empty(), "{}: no sources", faq.id);
            for related in faq.related.iter() {
                assert!(
                    guide::builtin(related).is_some(),
                    "{}: related guide `{related}` does not exist",
                    faq.id
                );
            }
        }
    }
}
