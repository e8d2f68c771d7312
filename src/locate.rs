//! Finds where a value sits in JSON text, so every problem in a guide file names a line and column.
//!
//! The scanner only walks bytes: it builds no tree, and it tolerates text that serde has
//! already rejected, because a position is wanted most when the file is broken.

use std::borrow::Cow;
use std::collections::HashMap;

/// One step of a path into a JSON document: an object member or an array element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// The byte offset of the value at each path, or of its deepest existing ancestor, in one
/// pass over the text: a file with thousands of problems is not read again for each one.
pub fn offsets_of(text: &str, paths: &[&[Key<'_>]]) -> Vec<usize> {
    // The paths as a tree: node 0 is the document; a node's children are the members
    // and elements some path goes on into.
    let mut fields: HashMap<(usize, &str), usize> = HashMap::new();
    let mut elements: HashMap<(usize, usize), usize> = HashMap::new();
    let mut has_children = vec![false];
    let mut ends = Vec::with_capacity(paths.len());
    for path in paths {
        let mut node = 0;
        let mut trail = Vec::with_capacity(path.len());
        for key in *path {
            let next = has_children.len();
            let child = match *key {
                Key::Field(name) => *fields.entry((node, name)).or_insert(next),
                Key::Index(i) => *elements.entry((node, i)).or_insert(next),
            };
            if child == next {
                has_children.push(false);
            }
            has_children[node] = true;
            trail.push(child);
            node = child;
        }
        ends.push(trail);
    }
    let mut found: Vec<Option<usize>> = vec![None; has_children.len()];

    let mut s = Scanner {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    s.skip_ws();
    // The containers being read: node, next index in an array, whether a value was just
    // read (so a comma or the end must follow), and where the container starts.
    let mut open: Vec<Frame> = Vec::new();
    // Reads the value at the cursor for `node`: opens it (false) when a path goes into it
    // and it is seen for the first time, skips it whole (true) otherwise. `None` when the
    // text ends or is malformed.
    let mut value = |s: &mut Scanner, node: usize, open: &mut Vec<Frame>| -> Option<bool> {
        if found[node].is_some() || !has_children[node] {
            found[node].get_or_insert(s.pos);
            return s.skip_value().map(|()| true);
        }
        found[node] = Some(s.pos);
        let index = match s.peek()? {
            b'{' => None,
            b'[' => Some(0),
            _ => return s.skip_value().map(|()| true),
        };
        open.push(Frame {
            node,
            index,
            after: false,
            start: s.pos,
        });
        s.pos += 1;
        Some(false)
    };
    let mut ok = value(&mut s, 0, &mut open).is_some();
    while ok {
        let Some(&Frame {
            node, index, after, ..
        }) = open.last()
        else {
            break;
        };
        s.skip_ws();
        let b = s.peek();
        let closer = if index.is_some() { b']' } else { b'}' };
        let step = if b == Some(closer) {
            s.pos += 1;
            open.pop();
            Some(true)
        } else if after {
            (b == Some(b',')).then(|| s.pos += 1).map(|()| false)
        } else {
            let child = match index {
                // An element is there only when the text goes on.
                Some(i) => b.map(|_| elements.get(&(node, i)).copied()),
                None => s
                    .member()
                    .map(|key| key.and_then(|k| fields.get(&(node, &*k)).copied())),
            };
            child.and_then(|child| match child {
                Some(child) => value(&mut s, child, &mut open),
                None => s.skip_value().map(|()| true),
            })
        };
        match step {
            // A value was read in the container now on top.
            Some(true) => {
                if let Some(top) = open.last_mut() {
                    top.after = true;
                    top.index = top.index.map(|i| i + 1);
                }
            }
            // A container was opened, or a comma read.
            Some(false) => {
                if let Some(top) = open.last_mut() {
                    if top.after {
                        top.after = false;
                    }
                }
            }
            // Malformed: nothing more is found inside this container; it is skipped as a
            // whole, as a sibling value is skipped, and reading goes on after it.
            None => {
                let Some(frame) = open.pop() else { break };
                s.pos = frame.start;
                ok = s.skip_value().is_some();
                if let Some(top) = open.last_mut() {
                    top.after = true;
                    top.index = top.index.map(|i| i + 1);
                }
            }
        }
    }

    // Each path ends at its deepest node that was found.
    ends.iter()
        .map(|trail| {
            trail
                .iter()
                .map_while(|&n| found[n])
                .last()
                .or(found[0])
                .unwrap_or(0)
        })
        .collect()
}

struct Frame {
    node: usize,
    index: Option<usize>,
    after: bool,
    start: usize,
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

struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
}

impl<'t> Scanner<'t> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        self.skip_ws();
        (self.peek()? == byte).then(|| self.pos += 1)
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Reads an object member's key and colon, leaving the cursor on its value: the key
    /// unescaped, or `Some(None)` for a key that does not unescape.
    fn member(&mut self) -> Option<Option<Cow<'t, str>>> {
        let start = self.pos;
        if self.peek()? != b'"' {
            return None;
        }
        self.skip_string()?;
        let key = self.key(start);
        self.eat(b':')?;
        self.skip_ws();
        Some(key)
    }

    /// The string key that starts at `start` and ends at the cursor, unescaped.
    fn key(&self, start: usize) -> Option<Cow<'t, str>> {
        let text: &'t str = self.text;
        let raw = text.get(start + 1..self.pos - 1)?;
        if !raw.contains('\\') {
            return Some(Cow::Borrowed(raw));
        }
        serde_json::from_str::<String>(&text[start..self.pos])
            .ok()
            .map(Cow::Owned)
    }

    /// Skips one value without recursion, so deeply nested text cannot overflow the stack.
    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.skip_string(),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.skip_string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.pos += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.pos += 1;
                }
            }
            _ => self.skip_scalar(),
        }
    }

    fn skip_string(&mut self) -> Option<()> {
        self.pos += 1;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
    }

    /// Skips a number or literal: anything up to the next separator or space.
    fn skip_scalar(&mut self) -> Option<()> {
        let start = self.pos;
        while let Some(b) = self.peek() {
            if matches!(
                b,
                b',' | b':' | b'[' | b']' | b'{' | b'}' | b'"' | b' ' | b'\t' | b'\n' | b'\r'
            ) {
                break;
            }
            self.pos += 1;
        }
        (self.pos > start).then_some(())
    }
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
    fn broken_text_still_gives_the_deepest_position_found() {
        let text = "{\"methods\": [ {\"id\": \"a\"}, {\"id\": ";
        assert_eq!(
            locate(text, &["methods".into(), 1.into(), "id".into()]),
            (1, 35)
        );
        assert_eq!(locate(text, &["methods".into(), 2.into()]), (1, 13));
        assert_eq!(locate("", &["id".into()]), (1, 1));
        assert_eq!(locate("  [", &[3.into()]), (1, 3));
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
