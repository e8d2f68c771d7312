//! The guide files and JSON Schemas embedded for `show ID --raw` and `schema`, as written:
//! `build.rs` deflates them, and they are inflated only when one is printed.

mod generated {
    include!(concat!(env!("OUT_DIR"), "/raw_files.rs"));
}

/// A file as written, from what `build.rs` deflated.
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
        .map(|(_, deflated)| inflate(deflated))
}

pub fn guide_schema() -> String {
    inflate(generated::GUIDE_SCHEMA)
}

pub fn output_schema() -> String {
    inflate(generated::OUTPUT_SCHEMA)
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
    }
}
