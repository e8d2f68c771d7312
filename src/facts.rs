//! The fact registry, as written in `data/facts.json`: what each fact the guides rest on
//! says, how sure it is, and where it comes from.

use crate::validate::{FACT_IDS, FACT_KEYS, FACT_SLOTS, FACT_SLOT_BITS};

mod model;

use model::{key, slot};
pub use model::{Citation, Confidence, Fact, Kind};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/builtin_facts.rs"));
}

use generated::{CITATIONS_AT, CITATION_WORDS, FACTS, FACT_AT};

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
        if let Some(at) = place(id) {
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
            .map(|at| Cited(usize::from(FACT_AT[at])))
    }
}

impl Default for FactSet {
    fn default() -> FactSet {
        FactSet::new()
    }
}

/// What an answer says of a fact it cites; `sources ID` gives the whole fact. Holds the
/// fact's place in `FACTS`.
pub struct Cited(usize);

impl Cited {
    fn fact(&self) -> &'static Fact {
        &FACTS[self.0]
    }

    pub fn id(&self) -> &'static str {
        &self.fact().id
    }

    pub fn confidence(&self) -> Confidence {
        self.fact().confidence
    }

    /// Each citation with its words (`Citation::describe`), baked by `build.rs`.
    pub fn citations(&self) -> impl Iterator<Item = (&'static Citation, &'static str)> {
        let words = &CITATION_WORDS[usize::from(CITATIONS_AT[self.0])..];
        self.fact().citations.iter().zip(words.iter().copied())
    }
}

/// Every fact, in the order of `data/facts.json`.
pub fn all() -> impl ExactSizeIterator<Item = Fact> {
    FACTS.iter().cloned()
}

/// The place in `FACT_IDS` of the id spelt exactly so.
#[inline]
fn place(id: &str) -> Option<usize> {
    let key = key(id)?;
    let mut at = slot(key, FACT_SLOT_BITS);
    loop {
        let place = usize::from(*FACT_SLOTS.get(at)?);
        if *FACT_KEYS.get(place)? == key {
            return Some(place);
        }
        // The table is at most a third full, so an empty slot ends every search.
        at = (at + 1) % FACT_SLOTS.len();
    }
}

/// `get`, borrowing the compiled fact.
fn get_static(id: &str) -> Option<&'static Fact> {
    FACTS.get(usize::from(FACT_AT[place(id)?]))
}

/// The fact with this id, exactly as the registry spells it.
pub fn get(id: &str) -> Option<Fact> {
    get_static(id).cloned()
}

/// How sure the fact with this id is.
#[cfg(test)]
pub fn confidence(id: &str) -> Option<Confidence> {
    get_static(id).map(|f| f.confidence)
}

/// The fact an id typed by a person names: any case, and without the brackets and commas
/// around ids the text output prints (`[S0-8, V-iOS-1]`).
pub fn find(typed: &str) -> Option<Fact> {
    let id = typed.trim_matches(|c: char| c == '[' || c == ']' || c == ',' || c.is_whitespace());
    let at = place(id).or_else(|| {
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
pub fn any_low(ids: &[crate::guide::Text]) -> bool {
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

    /// The keys sort as the ids do, so a set holds exactly the facts inserted into it,
    /// and strings that are no id (too long, a prefix, a longer id) are left out.
    #[test]
    fn fact_keys_sort_as_the_ids_do() {
        let keys: Vec<u128> = FACT_IDS.iter().map(|id| key(id).unwrap()).collect();
        assert_eq!(keys, FACT_KEYS);
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        for (at, id) in FACT_IDS.iter().enumerate() {
            assert_eq!(place(id), Some(at), "{id}");
        }
        for id in FACT_IDS {
            let tried = [
                id.to_string(),
                id[..id.len() - 1].to_owned(),
                format!("{id}~"),
                "an id far longer than sixteen bytes".to_owned(),
            ];
            let mut set = FactSet::new();
            for t in &tried {
                set.insert(t);
            }
            let held: Vec<&str> = set.iter().map(|c| c.id()).collect();
            let ids: Vec<&str> = FACT_IDS
                .iter()
                .copied()
                .filter(|i| tried.iter().any(|t| t == i))
                .collect();
            assert_eq!(held, ids, "{id}");
        }
    }

    /// The words baked for each citation are those `describe` makes.
    #[test]
    fn baked_citation_words_are_described() {
        assert_eq!(CITATIONS_AT.len(), FACTS.len() + 1);
        for (at, fact) in FACTS.iter().enumerate() {
            let baked: Vec<(&Citation, &str)> = Cited(at).citations().collect();
            assert_eq!(baked.len(), fact.citations.len(), "{}", fact.id);
            for ((citation, words), own) in baked.iter().zip(fact.citations.iter()) {
                assert!(std::ptr::eq(*citation, own), "{}", fact.id);
                assert_eq!(*words, own.describe(), "{}", fact.id);
            }
        }
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
