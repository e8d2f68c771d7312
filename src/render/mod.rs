//! Renderers: one per output format, each writing an answer to any `Write`.

pub mod json;
pub mod markdown;
pub mod text;

use crate::filter::{Query, Section};
use crate::guide::{Guide, Scope};

/// A guide narrowed to the query: what every renderer prints for a guide command.
pub struct GuideAnswer<'g> {
    /// The command the user ran, such as `signout` or `show`.
    pub command: &'static str,
    /// The scope the command asked for; `None` for `show`, which prints every scope.
    pub scope: Option<Scope>,
    pub guide: &'g Guide,
    pub sections: Vec<Section<'g>>,
    pub query: &'g Query,
    /// Built-in text, which `build.rs` has checked holds no control characters, so the
    /// text renderer writes it without scanning it again.
    pub built_in: bool,
}
