//! The search index over the built-in guides and FAQ: for each folded word, the documents
//! that hold it and how much it counts there, written as static arrays.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::bake::Bake;
use crate::device::Device;
use crate::model::{Faq, Guide, Remark, Scoped};
use crate::normalize;
use crate::version::Range;

/// How much a word counts, by the field it stands in: a word in a title or question says
/// more about the document than one in running text.
mod weight {
    /// A guide's id or command run together ("signout"): what people type for it.
    pub const NAME: u8 = 10;
    pub const TITLE: u8 = 8;
    pub const KEYWORD: u8 = 6;
    pub const SUMMARY: u8 = 4;
    pub const BODY: u8 = 3;
    pub const PATH: u8 = 2;
}

/// One bit per device, in the order of `Device::ALL` (a test in `src/search.rs` checks it).
fn bit(device: Device) -> u8 {
    1 << Device::ALL.iter().position(|&d| d == device).unwrap()
}

fn bits(devices: &[Device]) -> u8 {
    devices.iter().fold(0, |all, &d| all | bit(d))
}

const ALL_DEVICES: u8 = 0b1_1111;

/// The words a text is found by in place of `{device}`: the names of the devices it is
/// for, or of every device with a Messages app outside methods.
fn device_words(devices: u8) -> String {
    if devices == ALL_DEVICES {
        return " iphone ipad ipod mac ".to_owned();
    }
    let names = Device::ALL
        .iter()
        .filter(|&&d| devices & bit(d) != 0)
        .map(|d| match d {
            Device::Iphone => "iphone",
            Device::Ipad => "ipad",
            Device::Ipod => "ipod touch",
            Device::Mac => "mac",
            Device::Web => "apple account website",
        });
    format!(" {} ", names.collect::<Vec<_>>().join(" "))
}

/// The words the terms are found by, whichever of their words a version reads.
const TERM_WORDS: [(&str, &str); 4] = [
    ("{account}", " apple id apple account "),
    ("{preferences}", " preferences settings "),
    ("{system-settings}", " system preferences system settings "),
    ("{cellular}", " cellular data "),
];

/// Where a document sits, as written into its `DocInfo`.
#[derive(Clone)]
struct Place {
    owner: usize,
    method: Option<usize>,
    step: Option<usize>,
    devices: u8,
    os: Range,
}

impl Place {
    /// The place of a step, remark or FAQ answer that names its own devices or versions.
    fn narrowed(&self, item: &impl Scoped) -> Place {
        let mut place = self.clone();
        if !item.devices().is_empty() {
            place.devices &= bits(item.devices());
        }
        if *item.os() != Range::ALL {
            place.os = item.os().intersect(&self.os).unwrap_or(*item.os());
        }
        place
    }
}

#[derive(Default)]
pub struct Index {
    docs: Vec<String>,
    /// The devices of each document, for resolving `{device}`.
    devices: Vec<u8>,
    postings: BTreeMap<String, BTreeMap<usize, u8>>,
}

impl Index {
    fn doc(&mut self, kind: &str, place: &Place) -> usize {
        let option = |v: Option<usize>| v.map_or("None".to_owned(), |i| format!("Some({i})"));
        let mut os = String::new();
        place.os.bake(&mut os);
        self.docs.push(format!(
            "DocInfo {{ kind: {kind}, owner: {}, method: {}, step: {}, devices: {:#07b}, os: {os} }}",
            place.owner,
            option(place.method),
            option(place.step),
            place.devices,
        ));
        self.devices.push(place.devices);
        self.docs.len() - 1
    }

    fn word(&mut self, doc: usize, word: String, weight: u8) {
        let best = self
            .postings
            .entry(word)
            .or_default()
            .entry(doc)
            .or_default();
        *best = (*best).max(weight);
    }

    fn text(&mut self, doc: usize, text: &str, weight: u8) {
        let mut text = text.replace("{device}", &device_words(self.devices[doc]));
        for (term, words) in TERM_WORDS {
            text = text.replace(term, words);
        }
        for word in normalize::tokens(&text) {
            self.word(doc, word, weight);
        }
    }

    /// A keyword phrase, plus its words run together: people type "signout" and "logout"
    /// for "sign out" and "log out", and a longer phrase (an error message) typed whole
    /// finds it by that one word.
    fn keyword(&mut self, doc: usize, phrase: &str) {
        self.text(doc, phrase, weight::KEYWORD);
        let words: Vec<String> = normalize::tokens(phrase).collect();
        if words.len() >= 2 {
            self.word(doc, words.concat(), weight::KEYWORD);
        }
    }

    /// A guide id or command, by its words and run together, as in `fix-signed-out`.
    fn name(&mut self, doc: usize, name: &str) {
        self.text(doc, name, weight::KEYWORD);
        self.word(doc, normalize::tokens(name).collect(), weight::NAME);
    }

    pub fn guide(&mut self, owner: usize, g: &Guide) {
        // The devices the guide covers: guide-wide text applies to them and no others, and
        // their names find it ("… on my Mac").
        let covered = g.methods.iter().fold(0, |all, m| all | bits(&m.devices));
        let place = Place {
            owner,
            method: None,
            step: None,
            devices: covered,
            os: Range::ALL,
        };
        let doc = self.doc("Kind::Guide", &place);
        self.text(doc, &g.title, weight::TITLE);
        self.text(doc, &g.summary, weight::SUMMARY);
        for keyword in g.keywords.iter() {
            self.keyword(doc, keyword);
        }
        self.name(doc, &g.id);
        if let Some(job) = g.command {
            self.name(doc, job.name());
        }
        self.text(doc, &device_words(covered), weight::PATH);
        self.remarks(&g.warnings, &g.notes, &place);
        for (i, method) in g.methods.iter().enumerate() {
            let place = Place {
                method: Some(i),
                devices: bits(&method.devices),
                os: method.os,
                ..place.clone()
            };
            self.remarks(&method.warnings, &method.notes, &place);
            for (j, step) in method.steps.iter().enumerate() {
                let place = Place {
                    step: Some(j),
                    ..place.narrowed(step)
                };
                let doc = self.doc("Kind::Step", &place);
                self.text(doc, &step.text, weight::BODY);
                for element in step.path.iter() {
                    self.text(doc, element, weight::PATH);
                }
                self.remarks(&step.warnings, &step.notes, &place);
            }
        }
    }

    /// One document per warning and note of a guide, method or step.
    fn remarks(&mut self, warnings: &[Remark], notes: &[Remark], place: &Place) {
        for (list, warning) in [(warnings, true), (notes, false)] {
            for (index, remark) in list.iter().enumerate() {
                let kind = format!("Kind::Remark {{ warning: {warning}, index: {index} }}");
                let doc = self.doc(&kind, &place.narrowed(remark));
                self.text(doc, &remark.text, weight::BODY);
            }
        }
    }

    pub fn faq(&mut self, owner: usize, faq: &Faq) {
        let place = Place {
            owner,
            method: None,
            step: None,
            devices: ALL_DEVICES,
            os: Range::ALL,
        };
        let doc = self.doc("Kind::Faq", &place.narrowed(faq));
        self.text(doc, &faq.question, weight::TITLE);
        self.text(doc, &faq.answer, weight::BODY);
        for keyword in faq.keywords.iter() {
            self.keyword(doc, keyword);
        }
        self.text(doc, &faq.id, weight::KEYWORD);
    }

    /// The index as static arrays without pointers: the words run together in one string
    /// and every list flattened, so loading the program costs no relocations for them.
    pub fn render(&self) -> String {
        assert!(
            self.docs.len() <= usize::from(u16::MAX),
            "too many documents"
        );
        let mut out = String::new();
        writeln!(out, "pub static DOCS: [DocInfo; {}] = [", self.docs.len()).unwrap();
        for doc in &self.docs {
            writeln!(out, "    {doc},").unwrap();
        }
        out.push_str("];\n");

        let words = self.postings.len();
        let vocabulary: String = self.postings.keys().map(String::as_str).collect();
        writeln!(out, "pub static VOCABULARY: &str = {vocabulary:?};").unwrap();
        let mut ends = Vec::new();
        let mut posting_ends = Vec::new();
        // Each posting's document and weight, in two arrays: as `(u16, u8)` pairs they
        // would be padded to four bytes.
        let (mut posting_docs, mut posting_weights) = (String::new(), String::new());
        let (mut end, mut count) = (0, 0);
        // Word places grouped by length in characters, with their letter sets.
        let mut by_length: Vec<Vec<String>> = Vec::new();
        for (i, (word, docs)) in self.postings.iter().enumerate() {
            end += word.len();
            ends.push(end.to_string());
            let len = word.chars().count();
            if by_length.len() <= len {
                by_length.resize(len + 1, Vec::new());
            }
            by_length[len].push(format!("({i}, {:#x})", normalize::char_mask(word)));
            for (doc, weight) in docs {
                write!(posting_docs, "{doc}, ").unwrap();
                write!(posting_weights, "{weight}, ").unwrap();
                count += 1;
            }
            posting_ends.push(count.to_string());
        }
        let length_ends: Vec<String> = by_length
            .iter()
            .scan(0, |end, group| {
                *end += group.len();
                Some(end.to_string())
            })
            .collect();
        assert!(words <= usize::from(u16::MAX), "too many words");
        // Ends as u16, half the bytes of u32, while the vocabulary and postings fit.
        assert!(
            end <= usize::from(u16::MAX) && count <= usize::from(u16::MAX),
            "the vocabulary or the postings outgrew 16-bit ends"
        );
        let arrays = [
            ("WORD_ENDS", "u16", words, ends.join(", ")),
            ("POSTING_ENDS", "u16", words, posting_ends.join(", ")),
            ("POSTING_DOCS", "u16", count, posting_docs),
            ("POSTING_WEIGHTS", "u8", count, posting_weights),
            (
                "BY_LENGTH",
                "(u16, u32)",
                words,
                by_length.concat().join(", "),
            ),
            (
                "LENGTH_ENDS",
                "u32",
                by_length.len(),
                length_ends.join(", "),
            ),
        ];
        for (name, ty, len, items) in arrays {
            writeln!(out, "pub static {name}: [{ty}; {len}] = [{items}];").unwrap();
        }
        // A word's rarity depends only on how many documents hold it, so it is looked up
        // rather than computed: the binary then needs no `ln`, and no libm to load for it.
        let all = self.docs.len();
        let rarity: Vec<String> = (0..=all)
            .map(|held| rarity(all, held).to_string())
            .collect();
        writeln!(
            out,
            "pub static RARITY: [u32; {}] = [{}];",
            all + 1,
            rarity.join(", ")
        )
        .unwrap();
        out
    }
}

/// How much a match of a word held by `held` of `all` documents says, times 100: rare
/// words say more (the BM25 inverse document frequency).
fn rarity(all: usize, held: usize) -> u32 {
    let (all, held) = (all as f64, held as f64);
    let idf = (1.0 + (all - held + 0.5) / (held + 0.5)).ln();
    (idf * 100.0).round() as u32
}
