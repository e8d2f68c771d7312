//! Bakes `guides/*.json` and `data/faq.json` into static Rust data and builds the search
//! index over them, so a query parses and normalizes nothing at run time.
//!
//! The files are read into the same model types the tool reads custom guides into
//! (`src/model.rs`, with `src/device.rs` and `src/version.rs`), so the format is defined once;
//! `build/bake.rs` writes those values back out as Rust.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_json::Value;

#[allow(dead_code)]
#[path = "src/device.rs"]
mod device;
#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/search/normalize.rs"]
mod normalize;
#[allow(dead_code)]
#[path = "src/version.rs"]
mod version;

#[path = "build/bake.rs"]
mod bake;
#[path = "build/index.rs"]
mod index;

use bake::Bake;
use model::{Faq, Guide};

fn main() {
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    for source in [
        "build",
        "src/device.rs",
        "src/model.rs",
        "src/search/normalize.rs",
        "src/version.rs",
    ] {
        println!("cargo:rerun-if-changed={source}");
    }
    let dir = root.join("guides");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| fail(&dir, &format!("cannot read the guides folder: {e}")))
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();

    let mut index = index::Index::default();
    let mut out = String::from("pub static GUIDES: &[crate::model::Guide] = &[\n");
    for (number, path) in files.iter().enumerate() {
        let guide: Guide = read(path);
        guide.bake(&mut out);
        out.push_str(",\n");
        index.guide(number, &guide);
    }
    out.push_str("];\n");
    write(&out_dir.join("builtin_guides.rs"), &out);

    let path = root.join("data").join("faq.json");
    let faqs: Vec<Faq> = read(&path);
    let mut out = String::from("pub static FAQS: &[crate::model::Faq] = &[\n");
    for (number, faq) in faqs.iter().enumerate() {
        faq.bake(&mut out);
        out.push_str(",\n");
        index.faq(number, faq);
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

/// A guide or FAQ file read into the model, or the build stops at its first problem.
fn read<T: DeserializeOwned>(path: &Path) -> T {
    println!("cargo:rerun-if-changed={}", path.display());
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
