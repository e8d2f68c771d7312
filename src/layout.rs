//! Lays out compact JSON as the project's files are written (two-space indent, one item a
//! line, `[]` and `{}` when empty), so the embedded copies print as the files read.

/// The file for compact `json`, ending in a newline.
pub fn pretty(json: &str) -> String {
    let mut out = String::with_capacity(json.len() * 3 / 2);
    let bytes = json.as_bytes();
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    for (i, c) in json.char_indices() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if !matches!(bytes.get(i + 1), Some(b'}' | b']')) {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                if !matches!(bytes.get(i.wrapping_sub(1)), Some(b'{' | b'[')) {
                    depth = depth.saturating_sub(1);
                    newline(&mut out, depth);
                }
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out.push('\n');
    out
}

mod generated {
    include!(concat!(env!("OUT_DIR"), "/raw_files.rs"));
}

/// The compact JSON that `build.rs` deflated.
fn inflate(deflated: &[u8]) -> String {
    let bytes = miniz_oxide::inflate::decompress_to_vec(deflated)
        .expect("build.rs deflated the embedded files");
    String::from_utf8(bytes).expect("the embedded files are UTF-8")
}

/// The file a built-in guide was compiled from, as its author wrote it.
pub fn guide_file(id: &str) -> Option<String> {
    generated::GUIDE_FILES
        .iter()
        .find(|(stem, _)| *stem == id)
        .map(|(_, deflated)| pretty(&inflate(deflated)))
}

pub fn guide_schema() -> String {
    pretty(&inflate(generated::GUIDE_SCHEMA))
}

pub fn output_schema() -> String {
    pretty(&inflate(generated::OUTPUT_SCHEMA))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every embedded file prints exactly as the file in the repository reads.
    #[test]
    fn embedded_files_print_as_written() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for (stem, _) in generated::GUIDE_FILES {
            let file = std::fs::read_to_string(root.join("guides").join(format!("{stem}.json")));
            assert_eq!(guide_file(stem).as_deref(), file.ok().as_deref(), "{stem}");
        }
        let schema = |f: &str| std::fs::read_to_string(root.join("schema").join(f)).unwrap();
        assert_eq!(guide_schema(), schema("guide.schema.json"));
        assert_eq!(output_schema(), schema("output.schema.json"));
        assert_eq!(
            pretty(r#"{"a":[],"b":{},"c":["x, \"y\"",1]}"#),
            "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    \"x, \\\"y\\\"\",\n    1\n  ]\n}\n"
        );
    }
}
