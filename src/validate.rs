//! Checks guide files like a linter and loads custom guides; problems read `path:line:column: message`.
//!
//! Custom guides go through exactly these checks before any command uses them, so a broken
//! file stops a command instead of silently changing its answer. The built-in guides pass
//! the same checks (see `data_tests.rs`) plus stricter ones of their own.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::error::Category;
use serde_path_to_error::Segment;

use crate::guide::Guide;
use crate::locate::{self, Key};

// `pub static FACT_IDS: &[&str]`: the ids of `data/facts.json`, sorted; `FACT_KEYS`, the same
// ids as numbers (`facts::key`); and `FACT_SLOTS`, a hash table of their places
// (`facts::slot`); written by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/fact_ids.rs"));

use crate::check::quote;
pub use crate::check::{check_guide, is_id, FactIds, Finding};

/// One problem in one file, located for editors and CI.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file path as given on the command line or joined to the guides folder.
    pub path: String,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// One line: control characters quoted from the file are shown as `\u{1b}` escapes.
    pub message: String,
}

impl Problem {
    /// A problem with the file as a whole, such as one that cannot be read.
    fn whole_file(path: &str, message: String) -> Problem {
        Problem {
            path: path.to_owned(),
            line: 1,
            column: 1,
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.column, self.message
        )
    }
}

/// Parses one guide file's text and runs every check on it.
///
/// Serde stops at the first syntax or schema error, so such a file yields one problem;
/// a file that parses yields every semantic problem, in file order. A leading byte-order
/// mark is accepted, as Windows editors write one.
pub fn check_text(path: &str, text: &str, facts: FactIds<'_>) -> Result<Guide, Vec<Problem>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut de = serde_json::Deserializer::from_str(text);
    let Ok(guide) = crate::model::object::<_, Guide>(&mut de).and_then(|g| de.end().map(|()| g))
    else {
        // Read again, this time keeping track of where serde is, to say where it stopped.
        return Err(vec![from_serde(path, text)]);
    };
    let findings = check_guide(&guide, facts);
    if findings.is_empty() {
        return Ok(guide);
    }
    Err(locate_all(path, text, findings))
}

/// The most problems reported for one file; past it, one more line says how many are left.
/// A file with thousands of problems is not fixed from the thousandth line.
pub const MAX_PROBLEMS: usize = 100;

/// Findings as problems in file order, the first `MAX_PROBLEMS` of them and a count of the
/// rest, located in one pass over the text.
fn locate_all(path: &str, text: &str, findings: Vec<Finding>) -> Vec<Problem> {
    let paths: Vec<&[Key]> = findings.iter().map(|f| f.at.as_slice()).collect();
    let offsets = locate::offsets_of(text, &paths);
    let mut order: Vec<usize> = (0..findings.len()).collect();
    // Stable: findings at one place keep the order the checks made them in.
    order.sort_by_key(|&i| offsets[i]);
    let shown = order.len().min(MAX_PROBLEMS + 1);
    let at: Vec<usize> = order[..shown].iter().map(|&i| offsets[i]).collect();
    let positions = locate::positions(text, &at);
    let mut findings: Vec<Option<Finding>> = findings.into_iter().map(Some).collect();
    let mut problems: Vec<Problem> = order[..shown]
        .iter()
        .zip(positions)
        .map(|(&i, (line, column))| Problem {
            path: path.to_owned(),
            line,
            column,
            message: findings[i].take().map(|f| f.message).unwrap_or_default(),
        })
        .collect();
    if order.len() > MAX_PROBLEMS {
        // Placed at the first problem not shown, where the reading would go on.
        let next = &mut problems[MAX_PROBLEMS];
        next.message = format!(
            "and {} more problems in this file; fix the ones above and run again to see them",
            order.len() - MAX_PROBLEMS
        );
    }
    problems
}

/// Loads the custom guides of a folder: its `*.json` files, sorted by name.
///
/// Every problem in every file is returned, and none of the guides, when any file is
/// broken: a half-loaded folder would change answers without saying so.
pub fn load_dir(dir: &Path, facts: FactIds<'_>) -> Result<Vec<(String, Guide)>, Vec<Problem>> {
    let files = json_files(dir).map_err(|p| vec![p])?;
    let mut run = Run::new(facts);
    let guides: Vec<(String, Guide)> = files
        .iter()
        .filter_map(|f| run.file(f, Named::AfterId))
        .collect();
    if run.problems.is_empty() {
        Ok(guides)
    } else {
        Err(run.problems)
    }
}

/// Loads one guide of a guides folder, `ID.json`, as `load_dir` would; `None` when the
/// folder has no such file. The rest of the folder is not read.
pub fn load_one(
    dir: &Path,
    id: &str,
    facts: FactIds<'_>,
) -> Result<Option<(String, Guide)>, Vec<Problem>> {
    let shown = dir.display().to_string();
    match fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            let message = "cannot read folder: not a folder".to_owned();
            return Err(vec![Problem::whole_file(&shown, message)]);
        }
        Err(e) => {
            let message = format!("cannot read folder: {e}");
            return Err(vec![Problem::whole_file(&shown, message)]);
        }
    }
    // Only an id names a file: `show ../x` must not reach outside the folder.
    if !is_id(id) {
        return Ok(None);
    }
    let path = dir.join(format!("{id}.json"));
    if fs::symlink_metadata(&path).is_err() {
        return Ok(None);
    }
    let mut run = Run::new(facts);
    match run.file(&path, Named::AfterId) {
        Some(guide) => Ok(Some(guide)),
        None => Err(run.problems),
    }
}

/// Checks files and folders (their `*.json` files) as `imsg-guide validate` does, and
/// returns every problem in argument order. Guide ids must be unique across all of them,
/// as they would be if the files were loaded from one folder.
pub fn validate_paths(paths: &[PathBuf], facts: FactIds<'_>) -> Vec<Problem> {
    let mut run = Run::new(facts);
    run.ids = Some(BTreeMap::new());
    for path in paths {
        if path.is_dir() {
            match json_files(path) {
                Ok(files) => files.iter().for_each(|f| {
                    run.file(f, Named::AfterId);
                }),
                Err(p) => run.problems.push(p),
            }
        } else {
            run.file(path, Named::Freely);
        }
    }
    run.problems
}

/// The `*.json` files of a folder, sorted by name. Hidden files are skipped, as a shell
/// glob skips them, so an editor's lock file such as `.#signout.json` cannot break a folder
/// while it is being edited.
pub(crate) fn json_files(dir: &Path) -> Result<Vec<PathBuf>, Problem> {
    let shown = dir.display().to_string();
    let cannot =
        |e: std::io::Error| Problem::whole_file(&shown, format!("cannot read folder: {e}"));
    let mut files = folder(dir).map_err(cannot)?;
    files.retain(|path| {
        let name = path.file_name().map_or(&[][..], |n| n.as_encoded_bytes());
        !name.starts_with(b".") && name.ends_with(b".json")
    });
    // In one folder, by name: every path is the folder's and a name, so comparing the
    // paths' bytes does it without walking their components.
    files.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    Ok(files)
}

/// The paths of everything in a folder (on Unix with "." and "..", which start with a
/// dot). On Unix through rustix, which makes the system calls itself: `fs::read_dir`
/// brings four symbols (`opendir` and the rest) for the dynamic loader to look up at every
/// start, folder or not.
#[cfg(unix)]
fn folder(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    use rustix::fs::{Dir, Mode, OFlags};
    use std::os::unix::ffi::OsStrExt;
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    let fd = rustix::fs::open(dir, flags, Mode::empty())?;
    let mut paths = Vec::new();
    for entry in Dir::new(fd)? {
        let entry = entry?;
        paths.push(dir.join(std::ffi::OsStr::from_bytes(entry.file_name().to_bytes())));
    }
    Ok(paths)
}

#[cfg(not(unix))]
fn folder(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    fs::read_dir(dir)?.map(|entry| Ok(entry?.path())).collect()
}

/// Whether a file's name must be its guide's id, as in a guides folder, where a command
/// that needs one guide reads `ID.json` and no other file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Named {
    AfterId,
    Freely,
}

/// The files checked so far in one load or validation.
struct Run<'f> {
    facts: FactIds<'f>,
    /// Guide id → the file that has it, to find ids used twice, when files from more than
    /// one folder or argument are checked together. In one folder no two can share an id,
    /// as each is named after its own.
    ids: Option<BTreeMap<String, String>>,
    problems: Vec<Problem>,
}

impl<'f> Run<'f> {
    fn new(facts: FactIds<'f>) -> Run<'f> {
        Run {
            facts,
            ids: None,
            problems: Vec::new(),
        }
    }

    /// Checks one file, recording its problems; returns its guide when it has none.
    fn file(&mut self, path: &Path, named: Named) -> Option<(String, Guide)> {
        // As `display` shows it, without formatting for the common case.
        let shown = path
            .to_str()
            .map_or_else(|| path.display().to_string(), str::to_owned);
        let text = match read_text(path, &shown) {
            Ok(text) => text,
            Err(p) => {
                self.problems.push(p);
                return None;
            }
        };
        let guide = match check_text(&shown, &text, self.facts) {
            Ok(guide) => guide,
            Err(problems) => {
                self.problems.extend(problems);
                return None;
            }
        };
        let stem = path.file_stem().and_then(|s| s.to_str());
        if named == Named::AfterId && stem != Some(guide.id.as_ref()) {
            let (line, column) = locate::locate(&text, &[Key::Field("id")]);
            self.problems.push(Problem {
                message: format!(
                    "guide id `{id}` does not match the file name; in a guides folder it goes in `{id}.json`",
                    id = quote(&guide.id),
                ),
                path: shown,
                line,
                column,
            });
            return None;
        }
        let Some(ids) = &mut self.ids else {
            return Some((shown, guide));
        };
        if let Some(first) = ids.get(guide.id.as_ref()) {
            let (line, column) = locate::locate(&text, &[Key::Field("id")]);
            self.problems.push(Problem {
                message: format!(
                    "duplicate guide id `{}`; {first} has it too",
                    quote(&guide.id)
                ),
                path: shown,
                line,
                column,
            });
            return None;
        }
        ids.insert(guide.id.to_string(), shown.clone());
        Some((shown, guide))
    }
}

/// Reads a file as UTF-8, locating the first byte that is not.
fn read_text(path: &Path, shown: &str) -> Result<String, Problem> {
    let bytes = crate::guide_file::read(path)
        .map_err(|e| Problem::whole_file(shown, format!("cannot read: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]);
        let (line, column) = locate::position(&prefix, valid);
        Problem {
            path: shown.to_owned(),
            line,
            column,
            message: "not UTF-8 text; save guide files as UTF-8".to_owned(),
        }
    })
}

/// The first serde error in a file that does not parse, as a problem: the message without
/// serde's position suffix and in JSON's words, located in characters rather than bytes.
/// A schema error is placed at the start of the value it is about, which serde's path
/// names, or at the key it is about; a syntax error where serde stopped reading.
fn from_serde(path: &str, text: &str) -> Problem {
    let mut de = serde_json::Deserializer::from_str(text);
    let mut track = serde_path_to_error::Track::new();
    let tracked = serde_path_to_error::Deserializer::new(&mut de, &mut track);
    let e = match crate::model::object::<_, Guide>(tracked).and_then(|_| de.end()) {
        Err(e) => e,
        // Not reached: the same text failed to parse a moment ago.
        Ok(()) => return Problem::whole_file(path, "does not parse".to_owned()),
    };
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = quote(&tidy(full.strip_suffix(&suffix).unwrap_or(&full)));
    // serde's column counts bytes and names the last byte read; 0 means the line break
    // before the line.
    let read = (e.line() > 0).then(|| locate::line_start(text, e.line()) + e.column());
    let offset = match (e.classify(), read) {
        (_, None) => 0,
        (Category::Data, Some(read)) => key_before(text, read).unwrap_or_else(|| {
            let path = track.path();
            let keys: Vec<Key> = path
                .iter()
                .map_while(|segment| match segment {
                    Segment::Map { key } => Some(Key::Field(key)),
                    Segment::Seq { index } => Some(Key::Index(*index)),
                    _ => None,
                })
                .collect();
            locate::offsets_of(text, &[&keys])[0]
        }),
        _ if message == "trailing comma" => comma_before(text, read.unwrap_or(0)),
        (_, Some(read)) if e.column() == 0 => read,
        (_, Some(read)) => read - 1,
    };
    let (line, column) = locate::position(text, offset);
    Problem {
        path: path.to_owned(),
        line,
        column,
        message,
    }
}

/// The start of the object key that ends at `read`, when serde stopped just after one (an
/// unknown or repeated field).
fn key_before(text: &str, read: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let after = bytes.get(read..)?.iter().find(|b| !b.is_ascii_whitespace());
    if after != Some(&b':') || read == 0 || bytes[read - 1] != b'"' {
        return None;
    }
    // The opening quote: the nearest one before that no backslash escapes.
    let mut at = read - 1;
    loop {
        at = bytes[..at].iter().rposition(|&b| b == b'"')?;
        let slashes = bytes[..at]
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
        if slashes % 2 == 0 {
            return Some(at);
        }
    }
}

/// The comma before the bracket serde stopped at, which is what an author has to delete.
fn comma_before(text: &str, read: usize) -> usize {
    let bytes = &text.as_bytes()[..read.min(text.len())];
    bytes.iter().rposition(|&b| b == b',').unwrap_or(read)
}

/// serde's words for JSON's kinds of value, in JSON's words; the model's own names come
/// from `#[serde(expecting = …)]`.
fn tidy(message: &str) -> String {
    message
        .replace("invalid type: sequence", "invalid type: array")
        .replace("invalid type: map", "invalid type: object")
        .replace("a sequence", "an array")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::Device;

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

    fn fixture(rel: &str) -> PathBuf {
        Path::new(FIXTURES).join(rel)
    }

    fn lines(problems: &[Problem]) -> Vec<String> {
        problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn fact_ids_are_sorted_and_match_the_registry() {
        assert!(FACT_IDS.windows(2).all(|w| w[0] < w[1]));
        let facts: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../data/facts.json")).unwrap();
        let mut ids: Vec<&str> = facts.iter().map(|f| f["id"].as_str().unwrap()).collect();
        ids.sort_unstable();
        assert_eq!(ids, FACT_IDS);
    }

    #[test]
    fn every_invalid_fixture_gives_its_expected_problems() {
        let dir = fixture("invalid");
        let mut count = 0;
        let mut failures = Vec::new();
        for file in json_files(&dir).unwrap() {
            let name = file.file_name().unwrap().to_str().unwrap().to_owned();
            let expected_file = file.with_extension("expected");
            let expected = fs::read_to_string(&expected_file)
                .unwrap_or_else(|e| panic!("{}: {e}", expected_file.display()));
            let shown = file.display().to_string();
            let text = fs::read_to_string(&file).unwrap();
            let problems = check_text(&shown, &text, FACT_IDS).expect_err(&name);
            let got = lines(&problems).join("\n").replace(&shown, "{path}");
            if got != expected.trim_end() {
                failures.push(format!(
                    "{name}:\n  expected: {expected}\n  got:      {got}"
                ));
            }
            // validate_paths and load_dir say the same about the file.
            assert_eq!(
                validate_paths(std::slice::from_ref(&file), FACT_IDS),
                problems,
                "{name}"
            );
            count += 1;
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert!(
            count >= 24,
            "expected at least 24 invalid fixtures, found {count}"
        );
    }

    #[test]
    fn every_expected_file_has_its_fixture() {
        for entry in fs::read_dir(fixture("invalid")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "expected") {
                assert!(path.with_extension("json").is_file(), "{}", path.display());
            }
        }
    }

    #[test]
    fn valid_fixtures_are_clean() {
        let paths = [
            fixture("valid/base"),
            fixture("valid/override"),
            fixture("valid/addition"),
            fixture("valid/injection"),
        ];
        assert_eq!(
            lines(&validate_paths(&paths, FACT_IDS)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn an_override_keeps_the_built_in_id_and_an_addition_brings_a_new_one() {
        let guides = load_dir(&fixture("valid/override"), FACT_IDS).unwrap();
        assert_eq!(guides.len(), 1);
        let (path, g) = &guides[0];
        assert!(path.ends_with("override/signout.json"), "{path}");
        assert_eq!(g.id, "signout");
        assert!(crate::guide::builtin("signout").is_some());
        assert_ne!(g, crate::guide::builtin("signout").unwrap());
        assert_eq!(g.methods.len(), 1);
        assert_eq!(g.methods[0].devices.as_ref(), [Device::Iphone]);

        let guides = load_dir(&fixture("valid/addition"), FACT_IDS).unwrap();
        assert_eq!(guides.len(), 1);
        assert_eq!(guides[0].1.id, "mdm-reset");
        assert!(crate::guide::builtin("mdm-reset").is_none());
    }

    #[test]
    fn injected_escapes_load_exactly_and_are_stripped_for_terminals() {
        use crate::sanitize::for_terminal;
        let guides = load_dir(&fixture("valid/injection"), FACT_IDS).unwrap();
        let g = &guides[0].1;
        assert!(
            g.title.contains("\u{1B}]0;pwned\u{7}"),
            "exact in the model"
        );
        let step = &g.methods[0].steps[0];
        let texts = [&g.title, &step.text, &step.path[1]];
        for t in texts {
            assert!(t.chars().any(|c| c.is_control()), "{t:?}");
            let shown = for_terminal(t);
            assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        }
        assert_eq!(for_terminal(&g.title), "Reset iMessage");
        assert_eq!(for_terminal(&step.path[1]), "Messages");
    }

    #[test]
    fn serde_positions_point_at_the_start_of_the_value() {
        let check = |text: &str| check_text("g.json", text, FACT_IDS).unwrap_err()[0].to_string();
        // Compact text: the value before the closing brace is not blamed for a missing field.
        assert_eq!(
            check(r#"{"id":"x","title":"t","summary":"s"}"#),
            "g.json:1:1: missing field `methods`"
        );
        assert_eq!(
            check(r#"{"id":"x","title":"t","summary":"s","methods":[{"os":"17"}]}"#),
            "g.json:1:54: invalid type: string \"17\", expected an object with `from` and/or `before`"
        );
        assert_eq!(
            check(r#"{"id":"x","title":"t","summary":"s","methods":{}}"#),
            "g.json:1:47: invalid type: object, expected an array"
        );
        // Columns count characters: `é` is two bytes.
        assert_eq!(
            check("{\"title\":\"é\",\"id\":5}"),
            "g.json:1:19: invalid type: integer `5`, expected a string"
        );
        assert_eq!(
            check("\u{FEFF}[]"),
            "g.json:1:1: invalid type: array, expected a guide object"
        );
        assert_eq!(check(""), "g.json:1:1: EOF while parsing a value");
        // A wrong value in a file that is also broken further on: still at the value.
        assert_eq!(
            check(r#"{"id":"x","title":5,"summary":"s","methods":[}"#),
            "g.json:1:19: invalid type: integer `5`, expected a string"
        );
        assert_eq!(
            check(r#"{"id":"x","title":"t","summary":true,"methods":[,"#),
            "g.json:1:33: invalid type: boolean `true`, expected a string"
        );
    }

    #[test]
    fn arrays_are_not_read_as_objects() {
        // serde would read each of these as the object with its fields in this order.
        let method = |rest: &str| {
            let text = format!(
                r#"{{"id":"x","title":"t","summary":"s","methods":[{{"id":"m","title":"t","devices":["iphone"],{rest}}}]}}"#
            );
            check_text("g.json", &text, FACT_IDS).unwrap_err()[0].to_string()
        };
        assert_eq!(
            method(r#""os":["17","18"],"steps":[{"text":"t","sources":["S0-4"]}]"#),
            "g.json:1:96: invalid type: array, expected an object with `from` and/or `before`"
        );
        assert_eq!(
            method(r#""steps":[["t",[],{},[],true,[],[],["S0-4"]]]"#),
            "g.json:1:100: invalid type: array, expected a step object"
        );
        assert_eq!(
            method(r#""steps":[{"text":"t","sources":["S0-4"],"check":["Is it on?","no"]}]"#),
            "g.json:1:139: invalid type: array, expected an object with `ask` and `fault`"
        );
    }

    #[test]
    fn windows_line_ends_and_byte_order_marks_give_the_same_positions() {
        for name in ["unknown-source", "unknown-device", "trailing-comma"] {
            let text = fs::read_to_string(fixture(&format!("invalid/{name}.json"))).unwrap();
            let windows = format!("\u{FEFF}{}", text.replace('\n', "\r\n"));
            assert_eq!(
                check_text("g.json", &windows, FACT_IDS),
                check_text("g.json", &text, FACT_IDS),
                "{name}"
            );
        }
    }

    #[test]
    fn control_characters_in_messages_are_escaped() {
        let text = std::fs::read_to_string(fixture("valid/addition/mdm-reset.json"))
            .unwrap()
            .replace("\"S0-4\"", "\"S0-4\\u001b[2J\"");
        let problems = check_text("g.json", &text, FACT_IDS).unwrap_err();
        assert!(
            problems[0].message.contains("`S0-4\\u{1b}[2J`"),
            "{}",
            problems[0]
        );
    }

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("imsg-guide-validate-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn copy(from: &str, dir: &Path, to: &str) {
        fs::copy(fixture(from), dir.join(to)).unwrap();
    }

    /// Unix only: the error texts and the dangling symlink (tests run as root, so a file
    /// made unreadable with chmod would still be read).
    #[cfg(unix)]
    #[test]
    fn a_mixed_folder_reports_unreadable_files_and_ignores_other_files() {
        let dir = scratch("mixed");
        copy("valid/addition/mdm-reset.json", &dir, "mdm-reset.json");
        fs::write(dir.join("README.md"), "not a guide {").unwrap();
        fs::write(dir.join("notes.txt"), [0xFF, 0xFE]).unwrap();
        fs::write(dir.join("guide.json.bak"), "{").unwrap();
        fs::write(dir.join(".#mdm-reset.json"), "{").unwrap();
        fs::create_dir(dir.join("folder.json")).unwrap();
        std::os::unix::fs::symlink(dir.join("missing"), dir.join("dangling.json")).unwrap();
        fs::write(dir.join("latin1.json"), b"{\"id\": \"caf\xE9\"}").unwrap();

        let problems = load_dir(&dir, FACT_IDS).unwrap_err();
        let shown = dir.display().to_string();
        let got: Vec<String> = lines(&problems)
            .into_iter()
            .map(|l| l.replace(&shown, "{dir}"))
            .collect();
        let want = [
            "{dir}/dangling.json:1:1: cannot read: No such file or directory (os error 2)",
            "{dir}/folder.json:1:1: cannot read: Is a directory (os error 21)",
            "{dir}/latin1.json:1:12: not UTF-8 text; save guide files as UTF-8",
        ];
        assert_eq!(got, want);
        assert_eq!(
            validate_paths(std::slice::from_ref(&dir), FACT_IDS),
            problems
        );

        // Without the broken ones the folder loads; the other files are still ignored.
        fs::remove_dir(dir.join("folder.json")).unwrap();
        fs::remove_file(dir.join("latin1.json")).unwrap();
        fs::remove_file(dir.join("dangling.json")).unwrap();
        let guides = load_dir(&dir, FACT_IDS).unwrap();
        assert_eq!(guides.len(), 1);
        assert_eq!(
            guides[0].0,
            dir.join("mdm-reset.json").display().to_string()
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn files_load_in_name_order_and_each_is_named_after_its_id() {
        let dir = scratch("order");
        copy("valid/override/signout.json", &dir, "signout.json");
        copy("valid/addition/mdm-reset.json", &dir, "mdm-reset.json");
        let guides = load_dir(&dir, FACT_IDS).unwrap();
        let ids: Vec<&str> = guides.iter().map(|(_, g)| g.id.as_ref()).collect();
        assert_eq!(ids, ["mdm-reset", "signout"]);
        let (path, one) = load_one(&dir, "signout", FACT_IDS).unwrap().unwrap();
        assert_eq!(path, dir.join("signout.json").display().to_string());
        assert_eq!(one, guides[1].1);
        assert_eq!(load_one(&dir, "signin", FACT_IDS).unwrap(), None);

        copy("valid/addition/mdm-reset.json", &dir, "c.json");
        let problems = load_dir(&dir, FACT_IDS).unwrap_err();
        let c = dir.join("c.json").display().to_string();
        assert_eq!(
            lines(&problems),
            [format!(
                "{c}:3:9: guide id `mdm-reset` does not match the file name; in a guides folder it goes in `mdm-reset.json`"
            )]
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_folder_is_a_problem_of_its_own() {
        let dir = scratch("gone").join("nope");
        let problems = load_dir(&dir, FACT_IDS).unwrap_err();
        assert_eq!(
            lines(&problems),
            [format!(
                "{}:1:1: cannot read folder: No such file or directory (os error 2)",
                dir.display()
            )]
        );
        let file = dir.join("x.json");
        assert_eq!(
            lines(&validate_paths(std::slice::from_ref(&file), FACT_IDS)),
            [format!(
                "{}:1:1: cannot read: No such file or directory (os error 2)",
                file.display()
            )]
        );
    }

    #[test]
    fn validate_reports_in_argument_order_and_across_arguments() {
        let bad = fixture("invalid/unknown-source.json");
        let good = fixture("valid/override/signout.json");
        let dup = scratch("dup").join("again.json");
        fs::copy(&good, &dup).unwrap();
        let problems = validate_paths(&[bad.clone(), good.clone(), dup.clone()], FACT_IDS);
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths[0], bad.display().to_string());
        assert_eq!(paths.last().unwrap(), &dup.display().to_string());
        assert!(problems
            .last()
            .unwrap()
            .message
            .starts_with("duplicate guide id `signout`"));
        assert!(validate_paths(&[good], FACT_IDS).is_empty());
        fs::remove_dir_all(dup.parent().unwrap()).unwrap();
    }

    #[test]
    fn ids() {
        for good in ["a", "signout", "mdm-reset", "ios-17-x", "0"] {
            assert!(is_id(good), "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a b", "é", "a.b"] {
            assert!(!is_id(bad), "{bad}");
        }
    }

    /// A guide with `n` methods for the same devices, every one from iOS 17 on.
    fn overlapping(n: usize) -> String {
        let methods: Vec<String> = (0..n)
            .map(|i| {
                format!(
                    r#"{{"id": "m{i}", "title": "M", "devices": ["iphone", "ipad"], "os": {{"from": "17"}}, "steps": [{{"text": "t", "sources": ["S0-8"]}}]}}"#
                )
            })
            .collect();
        format!(
            "{{\"id\": \"x\", \"title\": \"T\", \"summary\": \"S\", \"methods\": [\n{}\n]}}",
            methods.join(",\n")
        )
    }

    #[test]
    fn each_overlapping_method_is_one_problem_and_a_file_at_most_a_hundred_and_one() {
        let problems = check_text("g.json", &overlapping(3), FACT_IDS).unwrap_err();
        assert_eq!(
            lines(&problems),
            [
                "g.json:3:65: `os` overlaps method `m0` on iphone, ipad for iOS 17 and later; methods with the same approach and scope need ranges that do not overlap",
                "g.json:4:65: `os` overlaps method `m0` on iphone, ipad for iOS 17 and later; methods with the same approach and scope need ranges that do not overlap",
            ]
        );
        let problems = check_text("g.json", &overlapping(1000), FACT_IDS).unwrap_err();
        assert_eq!(problems.len(), MAX_PROBLEMS + 1);
        assert_eq!(problems[99].line, 102);
        assert_eq!(
            problems[100].to_string(),
            "g.json:103:67: and 899 more problems in this file; fix the ones above and run again to see them"
        );
    }

    #[test]
    fn a_device_listed_thousands_of_times_is_reported_each_time() {
        let devices = vec!["\"ipad\""; 5000].join(", ");
        let text = overlapping(1).replace(r#"["iphone", "ipad"]"#, &format!("[{devices}]"));
        let problems = check_text("g.json", &text, FACT_IDS).unwrap_err();
        assert_eq!(problems.len(), MAX_PROBLEMS + 1);
        assert!(problems[0]
            .message
            .starts_with("device `ipad` is listed twice"));
        assert!(problems[100].message.starts_with("and 4899 more problems"));
    }

    #[test]
    fn thousands_of_unknown_sources_are_located_in_one_pass() {
        let sources = vec!["\"S9-9\""; 20_000].join(",\n");
        let text = overlapping(1).replace(r#"["S0-8"]"#, &format!("[\n{sources}\n]"));
        let problems = check_text("g.json", &text, FACT_IDS).unwrap_err();
        assert_eq!(problems.len(), MAX_PROBLEMS + 1);
        assert_eq!(
            problems[0].to_string(),
            "g.json:3:1: unknown source `S9-9`; sources must be fact ids that `imsg-guide sources` lists"
        );
        assert_eq!(problems[99].line, 102);
        assert!(problems[100].message.starts_with("and 19900 more problems"));
    }
}
