//! Finds where a value sits in JSON text, so every problem in a guide file names a line and column.
//!
//! Each object or array a path goes into is split into its members or elements and where
//! each starts, and only those are looked into. Broken text is read up to the break,
//! because a position is wanted most when a file is broken.

use std::collections::BTreeMap;

/// One step of a path into a JSON document: an object member or an array element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key<'a> {
    Field(&'a str),
    Index(usize),
}

impl<'a> From<&'a str> for Key<'a> {
    fn from(name: &'a str) -> Key<'a> {
        Key::Field(name)
    }
}

impl From<usize> for Key<'_> {
    fn from(index: usize) -> Self {
        Key::Index(index)
    }
}

/// The 1-based line and character column of the value at `path`, or of its deepest
/// existing ancestor when the path runs out: a missing `os` is reported at its method.
pub fn locate(text: &str, path: &[Key<'_>]) -> (usize, usize) {
    position(text, offsets_of(text, &[path])[0])
}

/// The byte offset of the value at each path, or of its deepest existing ancestor: a file
/// with thousands of problems is read once, not once for each. Text that is broken is
/// read up to the break.
pub fn offsets_of(text: &str, paths: &[&[Key<'_>]]) -> Vec<usize> {
    let root = text.len() - text.trim_start().len();
    let mut out = vec![root; paths.len()];
    descend(text, root, 0, paths, (0..paths.len()).collect(), &mut out);
    out
}

/// Sets `out[i]`, for each path `i` of `wanted` that goes on past `depth` into the value
/// at `at`, to where its next step starts, and goes on into those children.
fn descend(
    text: &str,
    at: usize,
    depth: usize,
    paths: &[&[Key<'_>]],
    wanted: Vec<usize>,
    out: &mut [usize],
) {
    let mut next: BTreeMap<Key<'_>, Vec<usize>> = BTreeMap::new();
    for i in wanted {
        if let Some(&key) = paths[i].get(depth) {
            next.entry(key).or_default().push(i);
        }
    }
    if next.is_empty() {
        return;
    }
    let children = children(text, at);
    for (key, here) in next {
        let child = match key {
            Key::Field(name) => children.iter().find(|(f, _)| f.as_deref() == Some(name)),
            Key::Index(i) => children.get(i).filter(|(f, _)| f.is_none()),
        };
        let Some(&(_, start)) = child else { continue };
        for &i in &here {
            out[i] = start;
        }
        descend(text, start, depth + 1, paths, here, out);
    }
}

/// The members (with their names) or elements of the object or array at `at`, each with
/// where its value starts, up to the end of the container or the first thing that is not
/// JSON; none for any other value.
fn children(text: &str, at: usize) -> Vec<(Option<String>, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let object = match bytes.get(at) {
        Some(b'{') => true,
        Some(b'[') => false,
        _ => return found,
    };
    let mut i = skip_space(bytes, at + 1);
    while !matches!(bytes.get(i), None | Some(b'}' | b']')) {
        let name = if object {
            let Some(end) = skip_value(bytes, i).filter(|&end| end > i) else {
                break;
            };
            // A name with escapes in it is read by serde_json; most have none.
            let name = match text.get(i + 1..end - 1) {
                Some(raw) if !raw.contains('\\') => Some(raw.to_owned()),
                _ => text.get(i..end).and_then(|s| serde_json::from_str(s).ok()),
            };
            i = skip_space(bytes, end);
            if bytes.get(i) != Some(&b':') {
                break;
            }
            i = skip_space(bytes, i + 1);
            name
        } else {
            None
        };
        if i >= bytes.len() {
            break;
        }
        found.push((name, i));
        let Some(end) = skip_value(bytes, i).filter(|&end| end > i) else {
            break;
        };
        i = skip_space(bytes, end);
        if bytes.get(i) == Some(&b',') {
            i = skip_space(bytes, i + 1);
        }
    }
    found
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

/// The end of the value that starts at `i`, or `None` when the text ends inside it.
fn skip_value(bytes: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0usize;
    loop {
        match *bytes.get(i)? {
            b'"' => {
                i += 1;
                while *bytes.get(i)? != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth > 0 => depth -= 1,
            b'}' | b']' | b',' | b':' if depth == 0 => return Some(i),
            b if depth == 0 && b.is_ascii_whitespace() => return Some(i),
            _ => {}
        }
        i += 1;
        // A value that ends the text ends there; any other end is read on the next turn.
        if depth == 0 && i == bytes.len() {
            return Some(i);
        }
    }
}

/// The positions of many byte offsets, as `position` gives each, in one pass over the text.
pub fn positions(text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![(1, 1); offsets.len()];
    let (mut at, mut line, mut column) = (0, 1, 1);
    for i in order {
        let mut offset = offsets[i].min(bytes.len());
        while offset > 0 && offset < bytes.len() && is_continuation(bytes[offset]) {
            offset -= 1;
        }
        for &b in &bytes[at..offset.max(at)] {
            if b == b'\n' {
                line += 1;
                column = 1;
            } else if !is_continuation(b) {
                column += 1;
            }
        }
        at = at.max(offset);
        out[i] = (line, column);
    }
    out
}

/// The 1-based line and character column of a byte offset; an offset inside a character
/// counts as that character, and one past the end as the place after the last character.
pub fn position(text: &str, offset: usize) -> (usize, usize) {
    positions(text, &[offset])[0]
}

/// The byte offset where 1-based `line` starts, or the end of the text when it has fewer lines.
pub fn line_start(text: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .nth(line - 2)
        .map_or(text.len(), |(i, _)| i + 1)
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) const DOC: &str = r#"{
  "id": "x",
  "methods": [
    { "id": "a", "steps": [] },
    {
      "id": "b",
      "os": { "from": "17", "before": "18" },
      "title": "Ünïcödé \"quoted\" [not] {a} container"
    }
  ],
  "esc\u0061ped": 1
}"#;

    fn at(path: &[Key<'_>]) -> (usize, usize) {
        locate(DOC, path)
    }

    #[test]
    fn finds_members_and_elements() {
        assert_eq!(at(&[]), (1, 1));
        assert_eq!(at(&["id".into()]), (2, 9));
        assert_eq!(at(&["methods".into()]), (3, 14));
        assert_eq!(at(&["methods".into(), 0.into()]), (4, 5));
        assert_eq!(at(&["methods".into(), 0.into(), "steps".into()]), (4, 27));
        assert_eq!(at(&["methods".into(), 1.into(), "id".into()]), (6, 13));
        assert_eq!(
            at(&["methods".into(), 1.into(), "os".into(), "before".into()]),
            (7, 39)
        );
        assert_eq!(at(&["escaped".into()]), (11, 19));
    }

    #[test]
    fn a_missing_path_stops_at_the_deepest_ancestor() {
        assert_eq!(at(&["methods".into(), 0.into(), "os".into()]), (4, 5));
        assert_eq!(at(&["methods".into(), 7.into(), "os".into()]), (3, 14));
        assert_eq!(at(&["nope".into(), 0.into()]), (1, 1));
        assert_eq!(
            at(&["methods".into(), 0.into(), "steps".into(), 0.into()]),
            (4, 27)
        );
        // An index into an object, or a field of an array, does not exist.
        assert_eq!(at(&["methods".into(), "id".into()]), (3, 14));
        assert_eq!(at(&[0.into()]), (1, 1));
    }

    #[test]
    fn columns_count_characters() {
        let text = "{\"ü\": \"é\", \"k\": 1}";
        assert_eq!(locate(text, &["k".into()]), (1, 17));
        assert_eq!(position(text, text.len()), (1, 19));
        // Inside a two-byte character: that character.
        assert_eq!(position(text, 3), (1, 3));
    }

    #[test]
    fn broken_text_is_read_up_to_the_break() {
        let text = "{\"methods\": [ {\"id\": \"a\"}, {\"id\": ";
        assert_eq!(
            locate(text, &["methods".into(), 0.into(), "id".into()]),
            (1, 22)
        );
        assert_eq!(
            locate(text, &["methods".into(), 1.into(), "id".into()]),
            (1, 28)
        );
        assert_eq!(locate(text, &["methods".into(), 2.into()]), (1, 13));
        assert_eq!(locate("", &["id".into()]), (1, 1));
        assert_eq!(locate("  [", &[3.into()]), (1, 3));
        assert_eq!(locate("[:", &[0.into()]), (1, 2));
        let deep = "[".repeat(100_000);
        assert_eq!(locate(&deep, &[0.into(), 5.into()]), (1, 2));
        assert_eq!(locate(&format!("[{deep}, 1]"), &[1.into()]), (1, 1));
    }

    #[test]
    fn line_starts() {
        assert_eq!(line_start(DOC, 1), 0);
        assert_eq!(line_start(DOC, 2), 2);
        assert_eq!(line_start("a\n", 2), 2);
        assert_eq!(line_start("a\n", 9), 2);
    }
}

#[cfg(test)]
mod one_pass {
    use super::*;
    use proptest::prelude::*;

    /// Every path into DOC-like text, with some that do not exist.
    fn paths() -> Vec<Vec<Key<'static>>> {
        let mut all = vec![vec![]];
        let fields = [
            "id", "methods", "os", "from", "before", "steps", "title", "nope", "escaped",
        ];
        for _ in 0..3 {
            let mut longer = Vec::new();
            for p in &all {
                for f in fields {
                    let mut q = p.clone();
                    q.push(Key::Field(f));
                    longer.push(q);
                }
                for i in 0..3 {
                    let mut q = p.clone();
                    q.push(Key::Index(i));
                    longer.push(q);
                }
            }
            all.extend(longer);
        }
        all
    }

    fn agree(text: &str) {
        let paths = paths();
        let refs: Vec<&[Key]> = paths.iter().map(Vec::as_slice).collect();
        let many = offsets_of(text, &refs);
        for (path, got) in paths.iter().zip(&many) {
            let alone = offsets_of(text, &[path.as_slice()])[0];
            assert_eq!(*got, alone, "{path:?} in {text:?}");
        }
        let each: Vec<_> = many.iter().map(|&o| position(text, o)).collect();
        assert_eq!(positions(text, &many), each);
    }

    #[test]
    fn agrees_with_one_path_at_a_time() {
        agree(super::tests::DOC);
        agree("");
        agree("  [");
        agree("{\"methods\": [ {\"id\": \"a\"}, {\"id\": ");
        agree(r#"{"methods": [{"os": {"from": "1"}}, 5, [], {"os": 1, "os": 2}]}"#);
    }

    proptest! {
        #[test]
        fn agrees_on_cut_and_mangled_text(cut in 0usize..400, junk in "[\\[\\]{}\",: a-z\n]{0,12}") {
            let doc = super::tests::DOC;
            let mut at = cut.min(doc.len());
            while !doc.is_char_boundary(at) {
                at -= 1;
            }
            agree(&format!("{}{junk}", &doc[..at]));
        }
    }
}
