//! Renderers: one per output format, each writing an answer to any `Write`.

pub mod text;

use crate::filter::{Query, Section};
use crate::guide::Guide;

/// A guide narrowed to the query: what every renderer prints for a guide command.
pub struct GuideAnswer<'g> {
    pub guide: &'g Guide,
    pub sections: Vec<Section<'g>>,
    pub query: &'g Query,
}
