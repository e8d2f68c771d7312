//! Finds where a value sits in JSON text, so every problem in a guide file names a line and column.
//!
//! serde_json reads the text: each object or array a path goes into is read as its members
//! and elements, each kept as the raw text it was written as, so a value's place is where
//! its text starts. Only what some path goes into is read member by member.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

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
/// with thousands of problems is read once, not once for each. In text that does not
/// parse nothing is found below the document itself.
pub fn offsets_of(text: &str, paths: &[&[Key<'_>]]) -> Vec<usize> {
    let root = text.len() - text.trim_start().len();
    let mut out = vec![root; paths.len()];
    descend(
        text,
        &text[root..],
        0,
        paths,
        (0..paths.len()).collect(),
        &mut out,
    );
    out
}

/// Sets `out[i]`, for each path `i` of `wanted` that goes on past `depth` into `value`, to
/// where its next step starts in `text`, and goes on into those children.
fn descend(
    text: &str,
    value: &str,
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
    let Ok(Children { fields, elements }) = serde_json::from_str::<Children>(value) else {
        return;
    };
    for (key, here) in next {
        let child = match key {
            Key::Field(name) => fields.iter().find(|(f, _)| f == name).map(|&(_, raw)| raw),
            Key::Index(i) => elements.get(i).copied(),
        };
        let Some(child) = child else { continue };
        let at = child.get().as_ptr() as usize - text.as_ptr() as usize;
        for &i in &here {
            out[i] = at;
        }
        descend(text, child.get(), depth + 1, paths, here, out);
    }
}

/// An object's members or an array's elements, each as the text it was written as.
#[derive(Default)]
struct Children<'a> {
    fields: Vec<(String, &'a RawValue)>,
    elements: Vec<&'a RawValue>,
}

impl<'de> Deserialize<'de> for Children<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Read;
        impl<'de> Visitor<'de> for Read {
            type Value = Children<'de>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object or an array")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Children<'de>, A::Error> {
                let mut children = Children::default();
                while let Some(member) = map.next_entry()? {
                    children.fields.push(member);
                }
                Ok(children)
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Children<'de>, A::Error> {
                let mut children = Children::default();
                while let Some(element) = seq.next_element()? {
                    children.elements.push(element);
                }
                Ok(children)
            }
        }
        d.deserialize_any(Read)
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
    fn text_that_does_not_parse_is_located_at_its_start() {
        let text = "{\"methods\": [ {\"id\": \"a\"}, {\"id\": ";
        assert_eq!(
            locate(text, &["methods".into(), 1.into(), "id".into()]),
            (1, 1)
        );
        assert_eq!(locate("", &["id".into()]), (1, 1));
        assert_eq!(locate("  [", &[3.into()]), (1, 3));
        let deep = "[".repeat(100_000);
        assert_eq!(locate(&deep, &[0.into(), 5.into()]), (1, 1));
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
