//! Checks every built-in guide: schema, ids, sources, verification flags and version coverage.
//!
//! The checks custom guides get (`validate::check_text`) run here too; the tests below add
//! what only the built-in guides promise: gap-free coverage, honest verification flags,
//! file names that match ids, related guides that exist, and the JSON Schema itself.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::device::Device;
use crate::guide::{self, Guide, Job, Remark, Scope};
use crate::validate::{self, FACT_IDS};
use crate::version::{Range, Version};

fn sources() -> impl Iterator<Item = (&'static str, &'static include_dir::File<'static>)> {
    guide::SOURCES
        .files()
        .map(|f| (f.path().to_str().unwrap(), f))
        .filter(|(name, _)| name.ends_with(".json"))
}

#[test]
fn every_guide_file_matches_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schema/guide.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut count = 0;
    for (name, file) in sources() {
        let value: serde_json::Value = serde_json::from_str(file.contents_utf8().unwrap()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "guides/{name}: {errors:#?}");
        count += 1;
    }
    assert!(count >= 4, "expected the built-in guides, found {count}");
}

/// The field names serde reads for a model type, taken from its derived `Deserialize`: a
/// deserializer that only records what `deserialize_struct` is asked for.
fn serde_fields<'de, T: Deserialize<'de>>() -> BTreeSet<&'static str> {
    use serde::de::{self, Visitor};
    struct Fields(Option<&'static [&'static str]>);
    #[derive(Debug)]
    struct Stop;
    impl std::fmt::Display for Stop {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("stop")
        }
    }
    impl std::error::Error for Stop {}
    impl de::Error for Stop {
        fn custom<M: std::fmt::Display>(_: M) -> Stop {
            Stop
        }
    }
    impl<'de> de::Deserializer<'de> for &mut Fields {
        type Error = Stop;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
            Err(Stop)
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Stop> {
            self.0 = Some(fields);
            Err(Stop)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 u8 u16 u32 u64 f32 f64 char str string bytes byte_buf option
            unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }
    let mut fields = Fields(None);
    let _ = T::deserialize(&mut fields);
    fields.0.expect("a struct").iter().copied().collect()
}

/// The JSON Schema names exactly the fields the model reads, object by object, so a field
/// added to the model and not to the schema (or the other way round) fails here.
#[test]
fn the_guide_schema_has_the_fields_of_the_model() {
    use crate::model::{Check, Method, Step};
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schema/guide.schema.json")).unwrap();
    fn names(v: &serde_json::Value) -> BTreeSet<&str> {
        v["properties"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect()
    }
    let defs = &schema["$defs"];
    assert_eq!(names(&schema), serde_fields::<Guide>(), "guide");
    assert_eq!(names(&defs["method"]), serde_fields::<Method>(), "method");
    assert_eq!(names(&defs["step"]), serde_fields::<Step>(), "step");
    assert_eq!(names(&defs["remark"]), serde_fields::<Remark>(), "remark");
    assert_eq!(
        names(&defs["step"]["properties"]["check"]),
        serde_fields::<Check>(),
        "check"
    );
    assert_eq!(
        names(&defs["os_range"]).len(),
        2,
        "os_range: from and before"
    );
}

/// The linter custom guides go through passes the built-in files and compiled guides.
#[test]
fn built_in_guides_pass_the_checks_custom_guides_get() {
    for (name, file) in sources() {
        let path = format!("guides/{name}");
        if let Err(problems) = validate::check_text(&path, file.contents_utf8().unwrap(), FACT_IDS)
        {
            let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("{}", lines.join("\n"));
        }
    }
    for g in guide::builtins() {
        let findings: Vec<String> = validate::check_guide(g, FACT_IDS)
            .iter()
            .map(|f| format!("{}: {f}", g.id))
            .collect();
        assert!(findings.is_empty(), "{findings:#?}");
    }
}

#[test]
fn compiled_guides_equal_the_files_read_at_run_time() {
    let compiled = guide::builtins();
    let files: Vec<_> = sources().collect();
    assert_eq!(compiled.len(), files.len());
    for ((name, file), built) in files.into_iter().zip(compiled) {
        let parsed = guide::parse(file.contents_utf8().unwrap())
            .unwrap_or_else(|e| panic!("guides/{name}: {e}"));
        assert_eq!(&parsed, built, "guides/{name}");
    }
}

/// Method ids and id formats are among the shared checks; uniqueness across files and
/// related guides that exist are promised by the built-in set as a whole.
#[test]
fn ids_are_unique_and_match_file_names() {
    let mut ids = BTreeSet::new();
    for ((name, _), g) in sources().zip(guide::builtins()) {
        assert_eq!(format!("{}.json", g.id), name);
        assert!(ids.insert(g.id.to_string()), "duplicate guide id {}", g.id);
    }
    for g in guide::builtins() {
        for related in g.related.iter() {
            assert!(
                guide::builtin(related).is_some(),
                "{}: related guide `{related}` does not exist",
                g.id
            );
        }
    }
}

#[test]
fn each_job_has_its_guide() {
    for job in [
        Job::Signin,
        Job::Signout,
        Job::Deactivate,
        Job::FixSignedOut,
    ] {
        let g = guide::builtin(job.name()).unwrap_or_else(|| panic!("no guide for {job}"));
        assert_eq!(g.command, Some(job));
    }
    assert!(guide::builtin("signout")
        .unwrap()
        .methods
        .iter()
        .any(|m| m.scope == Scope::AllDevices && m.devices.contains(&Device::Web)));
}

fn all_remarks(g: &Guide) -> Vec<(&Remark, String)> {
    let mut out: Vec<(&Remark, String)> = g
        .warnings
        .iter()
        .chain(g.notes.iter())
        .map(|r| (r, g.id.to_string()))
        .collect();
    for m in g.methods.iter() {
        let at = format!("{}/{}", g.id, m.id);
        out.extend(
            m.warnings
                .iter()
                .chain(m.notes.iter())
                .map(|r| (r, at.clone())),
        );
        for s in m.steps.iter() {
            out.extend(
                s.warnings
                    .iter()
                    .chain(s.notes.iter())
                    .map(|r| (r, at.clone())),
            );
        }
    }
    out
}

/// Known, non-empty sources are among the shared checks; confidence is the built-ins' own.
/// A fact with any part graded C is C in the registry (see `facts.rs`).
#[test]
fn c_facts_are_unverified() {
    let low = crate::facts::any_low;
    for g in guide::builtins() {
        for m in g.methods.iter() {
            for (n, s) in m.steps.iter().enumerate() {
                if low(&s.sources) {
                    assert!(
                        !s.verified,
                        "{}/{} step {} rests on a C fact but is marked verified",
                        g.id,
                        m.id,
                        n + 1
                    );
                }
            }
        }
        for (r, at) in all_remarks(g) {
            if low(&r.sources) {
                assert!(
                    !r.verified,
                    "{at}: `{}` rests on a C fact but is marked verified",
                    r.text
                );
            }
        }
    }
}

/// The fact registry carries exactly the ids of the content spec, when the spec is beside the project.
#[test]
fn facts_match_the_content_spec() {
    let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/spec/content.md");
    let Ok(text) = std::fs::read_to_string(spec) else {
        // Past the harness's capture, so the skip is seen; CI has the spec and must run it.
        use std::io::Write;
        if std::env::var_os("IMSG_GUIDE_REQUIRE_TOOLS").is_some_and(|v| !v.is_empty() && v != "0") {
            panic!("../shared/spec/content.md is needed: IMSG_GUIDE_REQUIRE_TOOLS asks for every test to run");
        }
        let _ = writeln!(
            std::io::stderr(),
            "skipped facts_match_the_content_spec: ../shared/spec/content.md is not beside the project"
        );
        return;
    };
    let mut ids = BTreeSet::new();
    for line in text.lines().filter(|l| l.starts_with("- ")) {
        let head = &line[2..];
        for token in head
            .split_whitespace()
            .take_while(|t| is_fact_id(t) || *t == "/")
        {
            if token != "/" {
                ids.insert(token.to_owned());
            }
        }
    }
    let known: BTreeSet<String> = crate::facts::all().map(|f| f.id.to_string()).collect();
    let missing: Vec<&String> = ids.difference(&known).collect();
    let extra: Vec<&String> = known.difference(&ids).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "data/facts.json and the content spec disagree: missing from the registry {missing:?}; \
         not in the spec {extra:?}"
    );
    assert!(ids.len() > 150, "only {} ids read from the spec", ids.len());
}

/// `S0-1`, `S1-F10`, `V-iCloud-3`.
fn is_fact_id(token: &str) -> bool {
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = token.split('-').collect();
    match parts.as_slice() {
        ["V" | "J", family, n] => {
            !family.is_empty() && family.bytes().all(|b| b.is_ascii_alphabetic()) && numeric(n)
        }
        [s, n] => {
            s.len() == 2
                && s.starts_with('S')
                && numeric(&s[1..])
                && numeric(n.strip_prefix('F').unwrap_or(n))
        }
        _ => false,
    }
}

#[test]
fn fact_ids_are_recognised() {
    for id in [
        "S0-1",
        "S1-F10",
        "S2-7",
        "V-iCloud-3",
        "V-Act-4",
        "J-Mac-1",
        "J-Fwd-5",
    ] {
        assert!(is_fact_id(id), "{id}");
    }
    for word in ["Signing", "Someone", "S0", "V-iOS", "V--1", "S0-x"] {
        assert!(!is_fact_id(word), "{word}");
    }
}

#[test]
fn placeholders_are_known() {
    for g in guide::builtins() {
        let mut texts: Vec<&str> = vec![];
        for m in g.methods.iter() {
            for s in m.steps.iter() {
                texts.push(&s.text);
                texts.extend(s.path.iter().map(|p| p.as_ref()));
            }
        }
        texts.extend(all_remarks(g).into_iter().map(|(r, _)| r.text.as_ref()));
        for t in texts {
            let stripped = [
                "{account}",
                "{device}",
                "{preferences}",
                "{system-settings}",
                "{cellular}",
            ]
            .iter()
            .fold(t.to_owned(), |t, term| t.replace(term, ""));
            assert!(
                !stripped.contains('{') && !stripped.contains('}'),
                "{}: unknown placeholder in `{t}`",
                g.id
            );
        }
    }
}

/// For each guide, scope, approach and device, the methods' version ranges meet end to start,
/// from the device's first iMessage release (or a documented later start) to the newest.
/// Overlaps are also among the shared checks; gap-free coverage is asked of the built-in
/// guides only, as a company guide may cover one device or release.
#[test]
fn version_ranges_neither_overlap_nor_leave_gaps() {
    for g in guide::builtins() {
        // (approach, all devices?, device) → (range, has since_note, method id)
        type Groups<'a> = BTreeMap<(String, bool, Device), Vec<(Range, bool, &'a str)>>;
        let mut groups: Groups = BTreeMap::new();
        for m in g.methods.iter() {
            for &d in m.devices.iter() {
                let Some(r) = m.os.intersect(&d.supported()) else {
                    continue;
                };
                groups
                    .entry((m.approach.to_string(), m.scope == Scope::AllDevices, d))
                    .or_default()
                    .push((r, m.since_note.is_some(), &m.id));
            }
        }
        for ((approach, _, device), mut ranges) in groups {
            let at = format!("{} approach `{approach}` on {}", g.id, device.name());
            ranges.sort_by_key(|(r, _, _)| r.from);
            let (first, documented, id) = ranges[0];
            assert!(
                first.from == device.supported().from || documented,
                "{at}: `{id}` starts after {}'s first iMessage release without a since_note",
                device.name()
            );
            for pair in ranges.windows(2) {
                let (a, _, a_id) = pair[0];
                let (b, _, b_id) = pair[1];
                assert_eq!(
                    a.before, b.from,
                    "{at}: `{a_id}` and `{b_id}` overlap or leave a gap"
                );
            }
            let (last, _, id) = ranges[ranges.len() - 1];
            assert_eq!(
                last.before,
                device.supported().before,
                "{at}: `{id}` stops before the newest release"
            );
        }
    }
}

/// The boundaries the content spec names, on the compiled data.
#[test]
fn version_facts_are_applied() {
    use crate::filter::{select, Query};
    let path_at = |job: &str, device: Device, os: &str| -> Vec<String> {
        let g = guide::builtin(job).unwrap();
        let q = Query {
            devices: vec![device],
            os: Some(os.parse::<Version>().unwrap()),
        };
        let sections = select(g, &q, Some(Scope::Device));
        assert_eq!(
            sections.len(),
            sections
                .iter()
                .map(|s| &s.method.approach)
                .collect::<BTreeSet<_>>()
                .len()
        );
        sections
            .iter()
            .flat_map(|s| {
                s.method
                    .steps
                    .iter()
                    .map(move |st| s.resolve(&st.path.join(" > ")).into_owned())
            })
            .collect()
    };
    let has = |paths: &[String], want: &str| paths.iter().any(|p| p.contains(want));
    let ios17 = path_at("signout", Device::Iphone, "17");
    assert!(
        has(&ios17, "Settings > Messages > Send & Receive > Apple ID"),
        "{ios17:?}"
    );
    let ios18 = path_at("signout", Device::Iphone, "18");
    assert!(
        has(
            &ios18,
            "Settings > Apps > Messages > Send & Receive > Apple Account"
        ),
        "{ios18:?}"
    );
    let mac14 = path_at("signout", Device::Mac, "14");
    assert!(has(&mac14, "Messages > Settings > iMessage"), "{mac14:?}");
    let mac1014 = path_at("signout", Device::Mac, "10.14");
    assert!(
        has(&mac1014, "Messages > Preferences > Accounts"),
        "{mac1014:?}"
    );
    let ios102 = path_at("signin", Device::Iphone, "10.2");
    assert!(
        has(&ios102, "Settings > Messages > Send & Receive"),
        "{ios102:?}"
    );
    let ios103 = path_at("signin", Device::Iphone, "10.3");
    assert!(has(&ios103, "Sign in to your iPhone"), "{ios103:?}");
}
