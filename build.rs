//! Compiles `guides/*.json` and `data/faq.json` into static Rust data, and builds the search
//! index over them, so a query parses and normalizes nothing at run time.
//!
//! The generated values mirror the serde models in `src/guide.rs` and `src/faq.rs`; tests
//! check that each one equals its file read through serde.

use std::collections::BTreeMap;
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

#[path = "src/search/normalize.rs"]
mod normalize;

fn main() {
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    let dir = root.join("guides");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=src/search/normalize.rs");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| fail(&dir, &format!("cannot read the guides folder: {e}")))
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();

    let mut index = Index::default();
    let mut out = String::from("pub static GUIDES: &[Guide] = &[\n");
    for (number, path) in files.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", path.display());
        let value = read_json(path);
        let mut g = Gen {
            out: &mut out,
            path,
        };
        g.guide(&value);
        out.push_str(",\n");
        index.guide(number, &value, path);
    }
    out.push_str("];\n");
    write(&out_dir.join("builtin_guides.rs"), &out);

    let path = root.join("data").join("faq.json");
    println!("cargo:rerun-if-changed={}", path.display());
    let value = read_json(&path);
    let Some(entries) = value.as_array() else {
        fail(&path, "the FAQ must be an array")
    };
    let mut out = String::from("pub static FAQS: &[Faq] = &[\n");
    for (number, entry) in entries.iter().enumerate() {
        let mut g = Gen {
            out: &mut out,
            path: &path,
        };
        g.faq(entry);
        out.push_str(",\n");
        index.faq(number, entry);
    }
    out.push_str("];\n");
    write(&out_dir.join("builtin_faqs.rs"), &out);

    write(&out_dir.join("search_index.rs"), &index.render());
    write_fact_ids();
    write_raw_files(&root, &out_dir, &files);
}

/// Writes `$OUT_DIR/raw_files.rs`: the guide files and the JSON Schemas as written, with
/// the whitespace between tokens taken out (a third of their size), for `show ID --raw`
/// and `schema`; `src/layout.rs` lays them out again as the files are.
fn write_raw_files(root: &Path, out_dir: &Path, guides: &[PathBuf]) {
    let mut out = String::from("pub static GUIDE_FILES: &[(&str, &str)] = &[\n");
    for path in guides {
        let stem = path.file_stem().unwrap().to_string_lossy();
        let text = fs::read_to_string(path).unwrap_or_else(|e| fail(path, &e.to_string()));
        out.push_str(&format!("    ({stem:?}, {:?}),\n", compact(&text)));
    }
    out.push_str("];\n");
    for (name, file) in [
        ("GUIDE_SCHEMA", "guide.schema.json"),
        ("OUTPUT_SCHEMA", "output.schema.json"),
    ] {
        let path = root.join("schema").join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| fail(&path, &e.to_string()));
        out.push_str(&format!(
            "pub static {name}: &str = {:?};\n",
            compact(&text)
        ));
    }
    write(&out_dir.join("raw_files.rs"), &out);
}

/// JSON text without the whitespace between tokens.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn read_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| fail(path, &e.to_string()));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| fail(path, &format!("{}:{}: {e}", e.line(), e.column())))
}

fn write(dest: &Path, text: &str) {
    fs::write(dest, text).unwrap_or_else(|e| fail(dest, &e.to_string()));
}

fn fail(path: &Path, message: &str) -> ! {
    panic!("{}: {message}", path.display())
}

struct Gen<'a> {
    out: &'a mut String,
    path: &'a Path,
}

impl Gen<'_> {
    fn object<'v>(&self, v: &'v Value, what: &str, fields: &[&str]) -> &'v Map<String, Value> {
        let Some(map) = v.as_object() else {
            fail(self.path, &format!("{what} must be an object"))
        };
        if let Some(unknown) = map.keys().find(|k| !fields.contains(&k.as_str())) {
            fail(self.path, &format!("unknown field `{unknown}` in {what}"));
        }
        map
    }

    fn text(&mut self, v: Option<&Value>, what: &str) {
        match v.and_then(Value::as_str) {
            Some(s) => write!(self.out, "Cow::Borrowed({s:?})").unwrap(),
            None => fail(self.path, &format!("{what} must be a string")),
        }
    }

    fn text_or_empty(&mut self, v: Option<&Value>, what: &str) {
        match v {
            None => self.out.push_str("Cow::Borrowed(\"\")"),
            Some(_) => self.text(v, what),
        }
    }

    fn optional_text(&mut self, v: Option<&Value>, what: &str) {
        match v {
            None => self.out.push_str("None"),
            Some(_) => {
                self.out.push_str("Some(");
                self.text(v, what);
                self.out.push(')');
            }
        }
    }

    fn list(&mut self, v: Option<&Value>, what: &str, mut item: impl FnMut(&mut Self, &Value)) {
        let items = match v {
            None => &[][..],
            Some(Value::Array(items)) => items.as_slice(),
            Some(_) => fail(self.path, &format!("{what} must be an array")),
        };
        self.out.push_str("Cow::Borrowed(&[");
        for i in items {
            item(self, i);
            self.out.push_str(", ");
        }
        self.out.push_str("])");
    }

    fn texts(&mut self, v: Option<&Value>, what: &str) {
        self.list(v, what, |g, item| g.text(Some(item), what));
    }

    fn boolean(&mut self, v: Option<&Value>, what: &str) {
        match v {
            None => self.out.push_str("true"),
            Some(Value::Bool(b)) => write!(self.out, "{b}").unwrap(),
            Some(_) => fail(self.path, &format!("{what} must be true or false")),
        }
    }

    fn variant(&mut self, v: Option<&Value>, what: &str, variants: &[(&str, &str)]) {
        let name = v.and_then(Value::as_str).unwrap_or_default();
        match variants.iter().find(|(json, _)| *json == name) {
            Some((_, rust)) => self.out.push_str(rust),
            None => fail(self.path, &format!("{what} has an unknown value `{name}`")),
        }
    }

    fn guide(&mut self, v: &Value) {
        let fields = [
            "$schema", "id", "command", "title", "summary", "keywords", "warnings", "notes",
            "related", "methods",
        ];
        let m = self.object(v, "a guide", &fields);
        self.out.push_str("Guide { schema: ");
        self.optional_text(m.get("$schema"), "$schema");
        self.out.push_str(", id: ");
        self.text(m.get("id"), "id");
        self.out.push_str(", command: ");
        match m.get("command") {
            None => self.out.push_str("None"),
            some => {
                self.out.push_str("Some(");
                self.variant(
                    some,
                    "command",
                    &[
                        ("signin", "Job::Signin"),
                        ("signout", "Job::Signout"),
                        ("deactivate", "Job::Deactivate"),
                        ("fix-signed-out", "Job::FixSignedOut"),
                    ],
                );
                self.out.push(')');
            }
        }
        self.out.push_str(", title: ");
        self.text(m.get("title"), "title");
        self.out.push_str(", summary: ");
        self.text(m.get("summary"), "summary");
        self.out.push_str(", keywords: ");
        self.texts(m.get("keywords"), "keywords");
        self.out.push_str(", warnings: ");
        self.remarks(m.get("warnings"));
        self.out.push_str(", notes: ");
        self.remarks(m.get("notes"));
        self.out.push_str(", related: ");
        self.texts(m.get("related"), "related");
        self.out.push_str(", methods: ");
        self.list(m.get("methods"), "methods", |g, method| g.method(method));
        self.out.push_str(" }");
    }

    fn remarks(&mut self, v: Option<&Value>) {
        self.list(v, "warnings and notes", |g, r| {
            let m = g.object(r, "a warning or note", &["text", "verified", "sources"]);
            g.out.push_str("Remark { text: ");
            g.text(m.get("text"), "text");
            g.out.push_str(", verified: ");
            g.boolean(m.get("verified"), "verified");
            g.out.push_str(", sources: ");
            g.texts(m.get("sources"), "sources");
            g.out.push_str(" }");
        });
    }

    fn method(&mut self, v: &Value) {
        let fields = [
            "id",
            "title",
            "approach",
            "scope",
            "devices",
            "os",
            "since_note",
            "warnings",
            "notes",
            "steps",
        ];
        let m = self.object(v, "a method", &fields);
        self.out.push_str("Method { id: ");
        self.text(m.get("id"), "method id");
        self.out.push_str(", title: ");
        self.text(m.get("title"), "method title");
        self.out.push_str(", approach: ");
        self.text_or_empty(m.get("approach"), "approach");
        self.out.push_str(", scope: ");
        self.variant(
            Some(m.get("scope").unwrap_or(&Value::String("device".into()))),
            "scope",
            &[
                ("device", "Scope::Device"),
                ("all-devices", "Scope::AllDevices"),
            ],
        );
        self.out.push_str(", devices: ");
        self.list(m.get("devices"), "devices", |g, d| {
            g.variant(
                Some(d),
                "device",
                &[
                    ("iphone", "Device::Iphone"),
                    ("ipad", "Device::Ipad"),
                    ("ipod", "Device::Ipod"),
                    ("mac", "Device::Mac"),
                    ("web", "Device::Web"),
                ],
            )
        });
        self.out.push_str(", os: ");
        self.range(m.get("os"));
        self.out.push_str(", since_note: ");
        self.optional_text(m.get("since_note"), "since_note");
        self.out.push_str(", warnings: ");
        self.remarks(m.get("warnings"));
        self.out.push_str(", notes: ");
        self.remarks(m.get("notes"));
        self.out.push_str(", steps: ");
        self.list(m.get("steps"), "steps", |g, s| g.step(s));
        self.out.push_str(" }");
    }

    fn range(&mut self, v: Option<&Value>) {
        let Some(v) = v else {
            self.out.push_str("Range::ALL");
            return;
        };
        let m = self.object(v, "os", &["from", "before"]);
        self.out.push_str("Range { from: ");
        self.version(m.get("from"));
        self.out.push_str(", before: ");
        self.version(m.get("before"));
        self.out.push_str(" }");
    }

    fn version(&mut self, v: Option<&Value>) {
        let Some(v) = v else {
            self.out.push_str("None");
            return;
        };
        let text = v.as_str().unwrap_or_default();
        let parts: Vec<u32> = text
            .split('.')
            .map(|p| {
                p.parse()
                    .unwrap_or_else(|_| fail(self.path, &format!("bad version `{text}`")))
            })
            .collect();
        if parts.is_empty() || parts.len() > 3 {
            fail(self.path, &format!("bad version `{text}`"));
        }
        let part = |i: usize| parts.get(i).copied().unwrap_or(0);
        write!(
            self.out,
            "Some(Version::new({}, {}, {}, {}))",
            part(0),
            part(1),
            part(2),
            parts.len()
        )
        .unwrap();
    }

    fn step(&mut self, v: &Value) {
        let fields = [
            "text",
            "path",
            "verified",
            "warnings",
            "notes",
            "sources",
            "check",
            "last_resort",
        ];
        let m = self.object(v, "a step", &fields);
        self.out.push_str("Step { text: ");
        self.text(m.get("text"), "step text");
        self.out.push_str(", path: ");
        self.texts(m.get("path"), "path");
        self.out.push_str(", verified: ");
        self.boolean(m.get("verified"), "verified");
        self.out.push_str(", warnings: ");
        self.remarks(m.get("warnings"));
        self.out.push_str(", notes: ");
        self.remarks(m.get("notes"));
        self.out.push_str(", sources: ");
        self.texts(m.get("sources"), "sources");
        self.out.push_str(", check: ");
        match m.get("check") {
            None => self.out.push_str("None"),
            Some(check) => {
                let c = self.object(check, "a check", &["ask", "fault"]);
                self.out.push_str("Some(Check { ask: ");
                self.text(c.get("ask"), "check ask");
                self.out.push_str(", fault: ");
                self.variant(
                    c.get("fault"),
                    "fault",
                    &[("yes", "Answer::Yes"), ("no", "Answer::No")],
                );
                self.out.push_str(" })");
            }
        }
        self.out.push_str(", last_resort: ");
        match m.get("last_resort") {
            None => self.out.push_str("false"),
            value => self.boolean(value, "last_resort"),
        }
        self.out.push_str(" }");
    }
}

impl Gen<'_> {
    fn faq(&mut self, v: &Value) {
        let fields = ["id", "question", "answer", "sources", "keywords", "related"];
        let m = self.object(v, "an FAQ entry", &fields);
        if !m.contains_key("sources") {
            fail(self.path, "an FAQ entry needs `sources`");
        }
        self.out.push_str("Faq { id: ");
        self.text(m.get("id"), "id");
        self.out.push_str(", question: ");
        self.text(m.get("question"), "question");
        self.out.push_str(", answer: ");
        self.text(m.get("answer"), "answer");
        self.out.push_str(", sources: ");
        self.texts(m.get("sources"), "sources");
        self.out.push_str(", keywords: ");
        self.texts(m.get("keywords"), "keywords");
        self.out.push_str(", related: ");
        self.texts(m.get("related"), "related");
        self.out.push_str(" }");
    }
}

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

/// The devices as guides name them, with their bits in the order of `Device::ALL` (a test
/// in `src/search.rs` checks them) and the words `{device}` becomes for them.
const DEVICES: [(&str, u8, &str); 5] = [
    ("iphone", 1, "iphone"),
    ("ipad", 2, "ipad"),
    ("ipod", 4, "ipod touch"),
    ("mac", 8, "mac"),
    ("web", 16, "apple account website"),
];

const ALL_DEVICES: u8 = 0b1_1111;

fn device_bit(name: &str) -> u8 {
    DEVICES.iter().find(|d| d.0 == name).map_or(0, |d| d.1)
}

/// The words a text is found by in place of `{device}`: the names of the devices its
/// method is for, or of every device with a Messages app outside methods.
fn device_words(devices: u8) -> String {
    if devices == ALL_DEVICES {
        return " iphone ipad ipod mac ".to_owned();
    }
    let names = DEVICES.iter().filter(|d| devices & d.1 != 0).map(|d| d.2);
    format!(" {} ", names.collect::<Vec<_>>().join(" "))
}

/// The words `{account}` is found by: it reads "Apple ID" or "Apple Account" by version.
const ACCOUNT_WORDS: &str = " apple id apple account ";

/// Where a document sits, as written into its `DocInfo`.
#[derive(Clone)]
struct Place {
    owner: usize,
    method: Option<usize>,
    step: Option<usize>,
    devices: u8,
    os: String,
}

/// The search index: the documents, and for each folded word the documents that hold it.
#[derive(Default)]
struct Index {
    docs: Vec<String>,
    /// The devices of each document, for resolving `{device}`.
    devices: Vec<u8>,
    postings: BTreeMap<String, BTreeMap<usize, u8>>,
}

impl Index {
    fn doc(&mut self, kind: &str, place: &Place) -> usize {
        let option = |v: Option<usize>| v.map_or("None".to_owned(), |i| format!("Some({i})"));
        self.docs.push(format!(
            "DocInfo {{ kind: {kind}, owner: {}, method: {}, step: {}, devices: {:#07b}, os: {} }}",
            place.owner,
            option(place.method),
            option(place.step),
            place.devices,
            place.os,
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
        let text = text
            .replace("{account}", ACCOUNT_WORDS)
            .replace("{device}", &device_words(self.devices[doc]));
        for word in normalize::tokens(&text) {
            self.word(doc, word, weight);
        }
    }

    /// A keyword phrase, plus its words run together when there are two of them: people
    /// type "signout" and "logout" for "sign out" and "log out".
    fn keyword(&mut self, doc: usize, phrase: &str) {
        self.text(doc, phrase, weight::KEYWORD);
        let words: Vec<String> = normalize::tokens(phrase).collect();
        if words.len() == 2 {
            self.word(doc, words.concat(), weight::KEYWORD);
        }
    }

    /// A guide id or command, by its words and run together, as in `fix-signed-out`.
    fn name(&mut self, doc: usize, name: &str) {
        self.text(doc, name, weight::KEYWORD);
        self.word(doc, normalize::tokens(name).collect(), weight::NAME);
    }

    fn guide(&mut self, owner: usize, v: &Value, path: &Path) {
        let text = |v: &Value, field: &str| v[field].as_str().unwrap_or_default().to_owned();
        // The devices the guide covers: guide-wide text applies to them and no others, and
        // their names find it ("… on my Mac").
        let covered = items(&v["methods"])
            .iter()
            .flat_map(|m| strings(&m["devices"]))
            .fold(0, |all, d| all | device_bit(d));
        let place = Place {
            owner,
            method: None,
            step: None,
            devices: covered,
            os: "Range::ALL".to_owned(),
        };
        let doc = self.doc("Kind::Guide", &place);
        self.text(doc, &text(v, "title"), weight::TITLE);
        self.text(doc, &text(v, "summary"), weight::SUMMARY);
        for keyword in strings(&v["keywords"]) {
            self.keyword(doc, keyword);
        }
        self.name(doc, &text(v, "id"));
        if let Some(command) = v["command"].as_str() {
            self.name(doc, command);
        }
        self.text(doc, &device_words(covered), weight::PATH);
        self.remarks(v, &place);
        for (i, method) in items(&v["methods"]).iter().enumerate() {
            let mut os = String::new();
            Gen { out: &mut os, path }.range(method.get("os"));
            let mut place = Place {
                method: Some(i),
                devices: strings(&method["devices"])
                    .map(device_bit)
                    .fold(0, |a, b| a | b),
                os,
                ..place.clone()
            };
            self.remarks(method, &place);
            for (j, step) in items(&method["steps"]).iter().enumerate() {
                place.step = Some(j);
                let doc = self.doc("Kind::Step", &place);
                self.text(doc, &text(step, "text"), weight::BODY);
                for element in strings(&step["path"]) {
                    self.text(doc, element, weight::PATH);
                }
                self.remarks(step, &place);
            }
        }
    }

    /// One document per warning and note of a guide, method or step.
    fn remarks(&mut self, v: &Value, place: &Place) {
        for (field, warning) in [("warnings", true), ("notes", false)] {
            for (index, remark) in items(&v[field]).iter().enumerate() {
                let kind = format!("Kind::Remark {{ warning: {warning}, index: {index} }}");
                let doc = self.doc(&kind, place);
                let text = remark["text"].as_str().unwrap_or_default();
                self.text(doc, text, weight::BODY);
            }
        }
    }

    fn faq(&mut self, owner: usize, v: &Value) {
        let place = Place {
            owner,
            method: None,
            step: None,
            devices: ALL_DEVICES,
            os: "Range::ALL".to_owned(),
        };
        let doc = self.doc("Kind::Faq", &place);
        self.text(
            doc,
            v["question"].as_str().unwrap_or_default(),
            weight::TITLE,
        );
        self.text(doc, v["answer"].as_str().unwrap_or_default(), weight::BODY);
        for keyword in strings(&v["keywords"]) {
            self.keyword(doc, keyword);
        }
        self.text(doc, v["id"].as_str().unwrap_or_default(), weight::KEYWORD);
    }

    /// The index as static arrays without pointers: the words run together in one string
    /// and every list flattened, so loading the program costs no relocations for them.
    fn render(&self) -> String {
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
        let mut postings = String::new();
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
                write!(postings, "({doc}, {weight}), ").unwrap();
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
        let arrays = [
            ("WORD_ENDS", "u32", words, ends.join(", ")),
            ("POSTING_ENDS", "u32", words, posting_ends.join(", ")),
            ("POSTINGS", "(u16, u8)", count, postings),
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
        out
    }
}

fn items(v: &Value) -> &[Value] {
    v.as_array().map_or(&[], Vec::as_slice)
}

fn strings(v: &Value) -> impl Iterator<Item = &str> {
    items(v).iter().filter_map(Value::as_str)
}

/// Writes `$OUT_DIR/fact_ids.rs`: the ids of `data/facts.json`, sorted, so the sources of
/// guides read at run time can be checked by binary search without parsing the registry.
fn write_fact_ids() {
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let path = root.join("data").join("facts.json");
    println!("cargo:rerun-if-changed={}", path.display());
    let bad = |message: &str| -> ! { panic!("{}: {message}", path.display()) };
    let text = fs::read_to_string(&path).unwrap_or_else(|e| bad(&e.to_string()));
    let facts: Value = serde_json::from_str(&text).unwrap_or_else(|e| bad(&e.to_string()));
    let Some(facts) = facts.as_array() else {
        bad("the facts must be an array")
    };
    let mut ids: Vec<&str> = facts
        .iter()
        .map(|f| {
            f.get("id")
                .and_then(Value::as_str)
                .unwrap_or_else(|| bad("every fact needs a string `id`"))
        })
        .collect();
    ids.sort_unstable();
    if let Some(pair) = ids.windows(2).find(|pair| pair[0] == pair[1]) {
        bad(&format!("fact id `{}` appears twice", pair[0]));
    }
    let mut out = String::from("pub static FACT_IDS: &[&str] = &[\n");
    for id in ids {
        writeln!(out, "    {id:?},").unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var_os("OUT_DIR").unwrap()).join("fact_ids.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
