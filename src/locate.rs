//! Finds where a value sits in JSON text, so every problem in a guide file names a line and column.
//!
//! The scanner only walks bytes: it builds no tree, and it tolerates text that serde has
//! already rejected, because a position is wanted most when the file is broken.

/// One step of a path into a JSON document: an object member or an array element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    position(text, offset_of(text, path))
}

/// The byte offset of the value at `path`, or of its deepest existing ancestor.
pub fn offset_of(text: &str, path: &[Key<'_>]) -> usize {
    let mut s = Scanner {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    s.skip_ws();
    let mut found = s.pos;
    for key in path {
        let next = match *key {
            Key::Field(name) => s.enter_member(name),
            Key::Index(index) => s.enter_element(index),
        };
        match next {
            Some(at) => found = at,
            None => break,
        }
    }
    found
}

/// The 1-based line and character column of a byte offset; an offset inside a character
/// counts as that character, and one past the end as the place after the last character.
pub fn position(text: &str, offset: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut offset = offset.min(bytes.len());
    while offset > 0 && offset < bytes.len() && is_continuation(bytes[offset]) {
        offset -= 1;
    }
    let before = &bytes[..offset];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let column = 1 + before[line_start..]
        .iter()
        .filter(|&&b| !is_continuation(b))
        .count();
    (line, column)
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

/// Whether a value or an object key starts at byte `offset`.
pub fn token_starts_at(text: &str, offset: usize) -> bool {
    let mut hit = false;
    walk_tokens(text, offset + 1, |start, _| {
        hit = start == offset;
        hit
    });
    hit
}

/// The start of the value or object key that ends just before byte `end`, if one does.
///
/// serde reports a data error just after the value it rejected; editors want its start.
pub fn start_of_token_ending_at(text: &str, end: usize) -> Option<usize> {
    let mut found = None;
    walk_tokens(text, end, |start, token_end| {
        if token_end == Some(end) {
            found = Some(start);
        }
        found.is_some()
    });
    found
}

/// Calls `visit(start, Some(end))` for each string, scalar and container as it ends, and
/// `visit(start, None)` as a container opens, until `visit` returns true or the scan passes
/// `limit`. Malformed text ends the walk.
fn walk_tokens(text: &str, limit: usize, mut visit: impl FnMut(usize, Option<usize>) -> bool) {
    let mut s = Scanner {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    let mut open: Vec<usize> = Vec::new();
    while s.pos <= limit {
        s.skip_ws();
        let start = s.pos;
        let Some(b) = s.peek() else { return };
        let end = match b {
            b'{' | b'[' => {
                open.push(start);
                if visit(start, None) {
                    return;
                }
                s.pos += 1;
                continue;
            }
            b'}' | b']' => {
                s.pos += 1;
                let Some(container) = open.pop() else { return };
                if visit(container, Some(s.pos)) {
                    return;
                }
                continue;
            }
            b',' | b':' => {
                s.pos += 1;
                continue;
            }
            b'"' => s.skip_string(),
            _ => s.skip_scalar(),
        };
        if end.is_none() || visit(start, Some(s.pos)) {
            return;
        }
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
}

impl Scanner<'_> {
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

    /// From an object's `{`, moves to the value of member `name` and returns its offset.
    fn enter_member(&mut self, name: &str) -> Option<usize> {
        self.eat(b'{')?;
        loop {
            self.skip_ws();
            let key_start = self.pos;
            if self.peek()? != b'"' {
                return None;
            }
            self.skip_string()?;
            let matches = self.key_equals(key_start, name);
            self.eat(b':')?;
            self.skip_ws();
            if matches {
                return Some(self.pos);
            }
            self.skip_value()?;
            self.eat(b',')?;
        }
    }

    /// From an array's `[`, moves to element `index` and returns its offset.
    fn enter_element(&mut self, index: usize) -> Option<usize> {
        self.eat(b'[')?;
        for _ in 0..index {
            self.skip_ws();
            self.skip_value()?;
            self.eat(b',')?;
        }
        self.skip_ws();
        match self.peek()? {
            b']' => None,
            _ => Some(self.pos),
        }
    }

    /// Compares the string key that starts at `start` and ends at the cursor with `name`.
    fn key_equals(&self, start: usize, name: &str) -> bool {
        let raw = &self.text[start + 1..self.pos - 1];
        if !raw.contains('\\') {
            return raw == name;
        }
        serde_json::from_str::<String>(&self.text[start..self.pos]).is_ok_and(|k| k == name)
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

    const DOC: &str = r#"{
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

    #[test]
    fn tokens_by_their_ends() {
        let text = r#"{"a": "xy", "b": [1, {"c": true}]}"#;
        let end_of = |needle: &str| text.find(needle).unwrap() + needle.len();
        assert_eq!(start_of_token_ending_at(text, end_of("\"xy\"")), Some(6));
        assert_eq!(start_of_token_ending_at(text, end_of("\"a\"")), Some(1));
        assert_eq!(start_of_token_ending_at(text, end_of("true}")), Some(21));
        assert_eq!(start_of_token_ending_at(text, end_of("}]")), Some(17));
        assert_eq!(start_of_token_ending_at(text, text.len()), Some(0));
        assert_eq!(start_of_token_ending_at(text, 5), None);
        assert!(token_starts_at(text, 17));
        assert!(token_starts_at(text, 18));
        assert!(!token_starts_at(text, 19));
    }
}
