//! The built-in guides, compiled from `guides/*.json` into static data by `build.rs`, so
//! answering a query parses nothing.

#[cfg(test)]
use include_dir::{include_dir, Dir};

pub use crate::model::*;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/builtin_guides.rs"));
}

/// The guide files as written, to check the compiled data against them.
#[cfg(test)]
pub static SOURCES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/guides");

/// Every built-in guide, in file-name order.
pub fn builtins() -> &'static [Guide] {
    generated::GUIDES
}

/// The built-in guide with this id.
#[cfg(test)]
pub fn builtin(id: &str) -> Option<&'static Guide> {
    builtins().iter().find(|g| g.id == id)
}

/// Reads a guide from JSON text.
#[cfg(test)]
pub fn parse(text: &str) -> Result<Guide, serde_json::Error> {
    serde_json::from_str(text)
}
