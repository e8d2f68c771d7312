//! The questions people ask about iMessage sign-in and sign-out, as written in `data/faq.json`.

pub use crate::model::Faq;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/builtin_faqs.rs"));
}

/// Every built-in FAQ entry, in the order of `data/faq.json`.
pub fn builtins() -> &'static [Faq] {
    generated::FAQS
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::guide;

    #[test]
    fn compiled_faq_equals_the_file_read_at_run_time() {
        let parsed: Vec<Faq> = serde_json::from_str(include_str!("../data/faq.json")).unwrap();
        assert_eq!(parsed, builtins());
    }

    #[test]
    fn ids_are_unique_and_related_guides_exist() {
        let mut ids = BTreeSet::new();
        for faq in builtins() {
            assert!(ids.insert(&*faq.id), "duplicate FAQ id {}", faq.id);
            assert!(!faq.sources.is_empty(), "{}: no sources", faq.id);
            for related in faq.related.iter() {
                assert!(
                    guide::builtin(related).is_some(),
                    "{}: related guide `{related}` does not exist",
                    faq.id
                );
            }
        }
    }
}
