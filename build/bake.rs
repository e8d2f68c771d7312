//! Writes values of the guide model and the fact registry as Rust expressions, so the
//! built-in guides, FAQ and facts are static data. Each struct is taken apart field by
//! field without `..`: a field added to the model fails to compile here until it is baked
//! too.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::device::Device;
use crate::facts::{Citation, Confidence, Fact, Kind};
use crate::model::{Answer, Check, Faq, Guide, Job, Method, Remark, Scope, Step};
use crate::version::{Range, Version};

pub trait Bake {
    fn bake(&self, out: &mut String);
}

impl Bake for Cow<'static, str> {
    fn bake(&self, out: &mut String) {
        // The renderers write built-in text without cleaning it for the terminal: here
        // is where it is known to need none.
        assert!(
            crate::sanitize::for_terminal(self) == self.as_ref(),
            "built-in text has characters a terminal must not see: {self:?}"
        );
        write!(out, "::std::borrow::Cow::Borrowed({:?})", self.as_ref()).unwrap();
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self, out: &mut String) {
        out.push_str("::std::borrow::Cow::Borrowed(&[");
        for item in self.iter() {
            item.bake(out);
            out.push_str(", ");
        }
        out.push_str("])");
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.bake(out);
                out.push(')');
            }
        }
    }
}

impl Bake for bool {
    fn bake(&self, out: &mut String) {
        write!(out, "{self}").unwrap();
    }
}

impl Bake for Version {
    fn bake(&self, out: &mut String) {
        let [major, minor, patch] = self.parts();
        let given = self.given_parts();
        write!(
            out,
            "crate::version::Version::new({major}, {minor}, {patch}, {given})"
        )
        .unwrap();
    }
}

impl Bake for Range {
    fn bake(&self, out: &mut String) {
        let Range { from, before } = self;
        out.push_str("crate::version::Range { from: ");
        from.bake(out);
        out.push_str(", before: ");
        before.bake(out);
        out.push_str(" }");
    }
}

/// Enums by their variants' names; the match is exhaustive, so a new variant is baked too.
macro_rules! bake_enum {
    ($path:literal, $ty:ident { $($variant:ident),* $(,)? }) => {
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                out.push_str(match self {
                    $($ty::$variant => concat!($path, "::", stringify!($variant)),)*
                });
            }
        }
    };
}

bake_enum!(
    "crate::device::Device",
    Device {
        Iphone,
        Ipad,
        Ipod,
        Mac,
        Web
    }
);
bake_enum!(
    "crate::model::Job",
    Job {
        Signin,
        Signout,
        Deactivate,
        FixSignedOut
    }
);
bake_enum!("crate::model::Scope", Scope { Device, AllDevices });
bake_enum!("crate::model::Answer", Answer { Yes, No });
bake_enum!("crate::facts::Confidence", Confidence { Seed, A, B, C });
bake_enum!(
    "crate::facts::Kind",
    Kind {
        Seed,
        Apple,
        Secondary
    }
);

/// Structs field by field; the pattern names every field, so a new one must be listed.
macro_rules! bake_struct {
    ($path:literal, $ty:ident { $($field:ident),* $(,)? }) => {
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                let $ty { $($field),* } = self;
                out.push_str(concat!($path, " { "));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    $field.bake(out);
                    out.push_str(", ");
                )*
                out.push('}');
            }
        }
    };
}

bake_struct!("crate::model::Check", Check { ask, fault, path });
bake_struct!(
    "crate::model::Remark",
    Remark {
        text,
        devices,
        os,
        verified,
        sources
    }
);
bake_struct!(
    "crate::model::Step",
    Step {
        text,
        devices,
        os,
        path,
        verified,
        warnings,
        notes,
        sources,
        check,
        last_resort
    }
);
bake_struct!(
    "crate::model::Method",
    Method {
        id,
        title,
        approach,
        scope,
        devices,
        os,
        since_note,
        warnings,
        notes,
        steps
    }
);
bake_struct!(
    "crate::model::Guide",
    Guide {
        schema,
        id,
        command,
        title,
        summary,
        keywords,
        warnings,
        notes,
        related,
        methods
    }
);
bake_struct!(
    "crate::model::Faq",
    Faq {
        id,
        question,
        answer,
        sources,
        verified,
        devices,
        os,
        keywords,
        related
    }
);
bake_struct!(
    "crate::facts::Fact",
    Fact {
        id,
        confidence,
        confidence_note,
        summary,
        citations,
        replaced_by,
        corrected_by,
        qualified_by,
        correction
    }
);
bake_struct!(
    "crate::facts::Citation",
    Citation {
        kind,
        site,
        article,
        title,
        url,
        note
    }
);
