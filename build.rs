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

#[allow(dead_code)]
#[path = "src/check.rs"]
mod check;
#[allow(dead_code)]
#[path = "src/device.rs"]
mod device;
#[allow(dead_code)]
#[path = "src/locate.rs"]
mod locate;
#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/search/normalize.rs"]
mod normalize;
#[allow(dead_code)]
#[path = "src/sanitize.rs"]
mod sanitize;
#[allow(dead_code)]
#[path = "src/version.rs"]
mod version;

#[allow(dead_code)]
#[path = "src/facts/model.rs"]
mod facts;

#[path = "build/bake.rs"]
mod bake;
#[path = "build/index.rs"]
mod index;

use bake::Bake;
use facts::Fact;
use model::{Faq, Guide};

fn main() {
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    for source in [
        "build",
        "src/check.rs",
        "src/device.rs",
        "src/locate.rs",
        "src/facts/model.rs",
        "src/model.rs",
        "src/sanitize.rs",
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

    let fact_ids = write_facts(&root, &out_dir);
    let mut index = index::Index::default();
    let mut out = String::from("pub static GUIDES: &[crate::model::Guide] = &[\n");
    for (number, path) in files.iter().enumerate() {
        let guide: Guide = read(path);
        checked(path, &guide, &fact_ids);
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
    write_raw_files(&root, &out_dir, &files);
    link_without_pie();
    link_unwinder_statically();
}

/// Writes `$OUT_DIR/raw_files.rs`: the guide files and the JSON Schemas as written,
/// deflated (a quarter of their size), for `show ID --raw` and `schema`; `src/files.rs`
/// inflates them. Each is deflated on its own, so printing one inflates only that one.
fn write_raw_files(root: &Path, out_dir: &Path, guides: &[PathBuf]) {
    let deflated = |name: &str, text: &str| -> String {
        let bytes = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
        let path = out_dir.join(format!("{name}.json.deflate"));
        fs::write(&path, bytes).unwrap_or_else(|e| fail(&path, &e.to_string()));
        format!("include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}.json.deflate\"))")
    };
    let mut out = String::from("pub static GUIDE_FILES: &[(&str, &[u8])] = &[\n");
    for path in guides {
        let stem = path.file_stem().unwrap().to_string_lossy();
        let text = fs::read_to_string(path).unwrap_or_else(|e| fail(path, &e.to_string()));
        let bytes = deflated(&format!("guide-{stem}"), &text);
        out.push_str(&format!("    ({stem:?}, {bytes}),\n"));
    }
    out.push_str("];\n");
    for (name, file) in [
        ("GUIDE_SCHEMA", "guide.schema.json"),
        ("OUTPUT_SCHEMA", "output.schema.json"),
    ] {
        let path = root.join("schema").join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| fail(&path, &e.to_string()));
        let bytes = deflated(&format!("schema-{}", name.to_lowercase()), &text);
        out.push_str(&format!("pub static {name}: &[u8] = {bytes};\n"));
    }
    write(&out_dir.join("raw_files.rs"), &out);
}

/// Links the binary as a fixed-address executable on Linux: a position-independent one
/// makes the dynamic loader apply a relocation to every pointer in the compiled guides and
/// search index at each start, which cost more than the answer itself. Only the binary is
/// linked this way; tests, the library and the fuzz targets keep the toolchain's default.
/// With glibc only: the musl target links a static PIE, which `-no-pie` would break; the
/// static build asks for `-C relocation-model=static` instead (README, Install).
fn link_without_pie() {
    println!("cargo:rerun-if-env-changed=IMSG_GUIDE_PIE");
    let os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env_name = env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let wanted = env::var_os("IMSG_GUIDE_PIE").is_none_or(|v| v.is_empty() || v == "0");
    if os == "linux" && env_name == "gnu" && wanted {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}

/// Links GCC's unwinder (`libgcc_eh.a`) into the binary instead of loading `libgcc_s.so`
/// at every start, as `-static-libgcc` does for C: the binary aborts on panic, so the
/// unwinder serves only backtraces, and loading one more shared library cost about
/// 20,000 instructions a run. The archive is found by asking the C compiler; where it
/// has none (clang-only or musl systems), the toolchain's default stays.
fn link_unwinder_statically() {
    println!("cargo:rerun-if-env-changed=CC");
    let os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env_name = env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os != "linux" || env_name != "gnu" {
        return;
    }
    let cc = env::var("CC").unwrap_or_else(|_| "cc".to_owned());
    let Ok(out) = std::process::Command::new(cc)
        .arg("-print-file-name=libgcc_eh.a")
        .output()
    else {
        return;
    };
    let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    // Without the archive, the compiler prints the bare name back.
    if let (true, Some(dir)) = (path.is_absolute() && path.is_file(), path.parent()) {
        println!("cargo:rustc-link-search=native={}", dir.display());
        println!("cargo:rustc-link-lib=static=gcc_eh");
    }
}

/// Runs on a built-in guide the checks a custom guide gets (`src/check.rs`); the build
/// stops with every problem as `path:line:column: message`.
fn checked(path: &Path, guide: &Guide, fact_ids: &[&str]) {
    let findings = check::check_guide(guide, fact_ids);
    if findings.is_empty() {
        return;
    }
    let text = fs::read_to_string(path).unwrap_or_else(|e| fail(path, &e.to_string()));
    let lines: Vec<String> = findings
        .iter()
        .map(|f| {
            let (line, column) = locate::locate(&text, &f.at);
            format!("{}:{line}:{column}: {}", path.display(), f.message)
        })
        .collect();
    panic!("the built-in guides have problems:\n{}", lines.join("\n"));
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
/// guides read at run time can be checked by binary search without parsing the registry;
/// and `$OUT_DIR/builtin_facts.rs`: the registry as static data, in file order, and where
/// each sorted id is in it, `FACT_AT` (`src/facts.rs` reads them).
fn write_facts(root: &Path, out_dir: &Path) -> Vec<&'static str> {
    let path = root.join("data").join("facts.json");
    let facts: Vec<Fact> = read(&path);
    let mut ids: Vec<(&str, usize)> = facts.iter().map(|f| &*f.id).zip(0..).collect();
    ids.sort_unstable();
    if let Some(pair) = ids.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        fail(&path, &format!("fact id `{}` appears twice", pair[0].0));
    }

    let mut out = String::from("pub static FACTS: &[crate::facts::Fact] = &[\n");
    for fact in &facts {
        fact.bake(&mut out);
        out.push_str(",\n");
    }
    let at: Vec<usize> = ids.iter().map(|&(_, at)| at).collect();
    writeln!(out, "];\npub static FACT_AT: &[u16] = &{at:?};").unwrap();
    // Every citation in words (`Citation::describe`), fact after fact, and where each
    // fact's begin: an answer lists them without building them.
    let mut starts = vec![0];
    out.push_str("pub static CITATION_WORDS: &[&str] = &[\n");
    for fact in &facts {
        for citation in fact.citations.iter() {
            writeln!(out, "    {:?},", citation.describe()).unwrap();
        }
        starts.push(starts.last().unwrap() + fact.citations.len());
    }
    writeln!(out, "];\npub static CITATIONS_AT: &[u16] = &{starts:?};").unwrap();
    write(&out_dir.join("builtin_facts.rs"), &out);

    let mut out = String::from("pub static FACT_IDS: &[&str] = &[\n");
    for (id, _) in &ids {
        writeln!(out, "    {id:?},").unwrap();
    }
    // The same ids as numbers that sort as they do (`facts::key`): answers look up every
    // fact they cite.
    writeln!(out, "];\npub static FACT_KEYS: [u128; {}] = [", ids.len()).unwrap();
    for (id, _) in &ids {
        if id.len() > 16 || id.contains('\0') {
            fail(
                &path,
                &format!("fact id `{id}` is longer than 16 bytes or holds a NUL"),
            );
        }
        writeln!(out, "    {:#034x},", facts::key(id).unwrap()).unwrap();
    }
    out.push_str("];\n");
    // Where each id sits in a table at most a third full, found from `facts::slot` and the
    // slots after it: a look-up is a multiplication and a compare or two, not a search.
    let bits = (ids.len() * 3).next_power_of_two().trailing_zeros().max(4);
    let mut slots = vec![u16::MAX; 1 << bits];
    for (at, (id, _)) in ids.iter().enumerate() {
        let mut i = facts::slot(facts::key(id).unwrap(), bits);
        while slots[i] != u16::MAX {
            i = (i + 1) % slots.len();
        }
        slots[i] = u16::try_from(at).expect("fewer than 65,535 facts");
    }
    writeln!(out, "pub const FACT_SLOT_BITS: u32 = {bits};").unwrap();
    writeln!(
        out,
        "pub static FACT_SLOTS: [u16; {}] = {slots:?};",
        slots.len()
    )
    .unwrap();
    write(&out_dir.join("fact_ids.rs"), &out);
    // The build checks the built-in guides' sources against them; it runs once.
    ids.into_iter()
        .map(|(id, _)| &*Box::leak(id.to_owned().into_boxed_str()))
        .collect()
}
