//! Compiles `guides/*.json` into static Rust data, so a query parses nothing at run time.
//!
//! The generated values mirror the serde model in `src/guide.rs`; a test checks that each
//! one equals the guide file read through serde.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

fn main() {
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let dir = root.join("guides");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| fail(&dir, &format!("cannot read the guides folder: {e}")))
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();

    let mut out = String::from("pub static GUIDES: &[Guide] = &[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(path).unwrap_or_else(|e| fail(path, &e.to_string()));
        let value: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| fail(path, &format!("{}:{}: {e}", e.line(), e.column())));
        let mut g = Gen {
            out: &mut out,
            path,
        };
        g.guide(&value);
        out.push_str(",\n");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var_os("OUT_DIR").unwrap()).join("builtin_guides.rs");
    fs::write(&dest, out).unwrap_or_else(|e| fail(&dest, &e.to_string()));
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
        let fields = ["text", "path", "verified", "warnings", "notes", "sources"];
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
        self.out.push_str(" }");
    }
}
