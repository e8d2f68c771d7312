//! Serde's data model written as JSON straight into the answer buffer, byte for byte as
//! `serde_json::to_writer` and `to_writer_pretty` write it (the tests compare the two).
//!
//! It exists for speed: serde_json finds the bytes to escape by looking up every byte of
//! every string in a table, and writes every key as one more escaped string. An answer is
//! thousands of short strings and keys, and that was a third of the cost of the largest.
//! Here strings are read eight bytes at a time; struct field and unit variant names, Rust
//! identifiers, are written as they are; and what answers never hold (floats, signed and
//! 128-bit numbers) is handed to serde_json itself.

use serde::ser::{self, Serialize};

#[cfg(any(test, not(target_arch = "x86_64")))]
use crate::scan::{read_u32, read_u64, ONES};

type Error = serde_json::Error;
type Result<T = ()> = std::result::Result<T, Error>;

/// Writes `value` as JSON to the end of `out`: compact, or indented by two spaces.
pub fn write<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T, pretty: bool) -> Result {
    let mut json = Json {
        out,
        pretty,
        depth: 0,
    };
    value.serialize(&mut json)
}

struct Json<'a> {
    out: &'a mut Vec<u8>,
    pretty: bool,
    /// How many arrays and objects are open, for indenting.
    depth: usize,
}

impl<'a> Json<'a> {
    /// What serde_json writes for a value of a kind answers do not use.
    fn delegate<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        serde_json::to_writer(&mut *self.out, value)
    }

    #[inline]
    fn open(&mut self, bracket: u8) -> Compound<'_, 'a> {
        self.out.push(bracket);
        self.depth += 1;
        Compound {
            json: self,
            first: true,
            variant: false,
        }
    }

    fn new_line(&mut self) {
        self.out.push(b'\n');
        for _ in 0..self.depth {
            self.out.extend_from_slice(b"  ");
        }
    }

    /// `{"variant": ` before the value of an enum variant with data.
    fn open_variant(&mut self, variant: &'static str) {
        self.open(b'{').field_name(variant);
    }

    /// A name from the program as a string, written as it is: the output's structs and
    /// enums name their fields and values with Rust identifiers or lower-case renames,
    /// which need no escaping (debug builds, and so the tests, check every one written).
    #[inline(always)]
    fn name(&mut self, name: &'static str) {
        debug_assert!(next_escape(name.as_bytes(), 0).is_none(), "{name:?}");
        self.out.reserve(name.len() + 2);
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(b'"');
    }

    #[inline]
    fn string(&mut self, s: &str) {
        let out = &mut *self.out;
        out.push(b'"');
        let bytes = s.as_bytes();
        let mut start = 0;
        while let Some(at) = next_escape(bytes, start) {
            out.extend_from_slice(&bytes[start..at]);
            let byte = bytes[at];
            let short = match byte {
                b'"' => b'"',
                b'\\' => b'\\',
                0x08 => b'b',
                0x0C => b'f',
                b'\n' => b'n',
                b'\r' => b'r',
                b'\t' => b't',
                _ => 0,
            };
            if short != 0 {
                out.extend_from_slice(&[b'\\', short]);
            } else {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let hex = [HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 0xF)]];
                out.extend_from_slice(b"\\u00");
                out.extend_from_slice(&hex);
            }
            start = at + 1;
        }
        out.extend_from_slice(&bytes[start..]);
        out.push(b'"');
    }
}

/// The offset of the first byte from `from` that a JSON string must escape: a quote, a
/// backslash or a control character. Most strings need none, so bytes are compared
/// sixteen at a time (`scan::first`); `a` fills out a short string's block.
#[cfg(target_arch = "x86_64")]
#[inline]
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    crate::scan::first(&bytes[from..], b'a', escapes16).map(|at| from + at)
}

/// One bit for each of the sixteen bytes (the first lowest) that needs escaping.
#[cfg(target_arch = "x86_64")]
#[inline]
fn escapes16(v: safe_arch::m128i) -> u32 {
    use safe_arch::{
        bitor_m128i, cmp_eq_mask_i8_m128i, min_u8_m128i, move_mask_i8_m128i, set_splat_i8_m128i,
    };
    // The casts keep the bits: lanes are signed in the names, not in the comparisons.
    let quote = cmp_eq_mask_i8_m128i(v, set_splat_i8_m128i(b'"' as i8));
    let slash = cmp_eq_mask_i8_m128i(v, set_splat_i8_m128i(b'\\' as i8));
    // Below 0x20: the smaller of the byte and 0x1F is the byte itself.
    let control = cmp_eq_mask_i8_m128i(min_u8_m128i(v, set_splat_i8_m128i(0x1F)), v);
    move_mask_i8_m128i(bitor_m128i(bitor_m128i(quote, slash), control)) as u32
}

/// `next_escape` on other processors: eight bytes at a time as one word.
#[cfg(any(test, not(target_arch = "x86_64")))]
#[inline]
fn next_escape_swar(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = &bytes[from..];
    let mut i = 0;
    while let Some(word) = rest.get(i..i + 8) {
        if alarm(read_u64(word)) {
            if let Some(n) = word.iter().position(|&b| needs_escape(b)) {
                return Some(from + i + n);
            }
        }
        i += 8;
    }
    let tail = &rest[i..];
    let word = match tail.len() {
        0 => return None,
        // The last eight bytes: those before the tail are known to need no escape.
        _ if rest.len() >= 8 => read_u64(&rest[rest.len() - 8..]),
        4.. => read_u32(tail) | read_u32(&tail[tail.len() - 4..]) << 32,
        _ => tail
            .iter()
            .fold(ONES * u64::from(b'a'), |w, &b| w << 8 | u64::from(b)),
    };
    if !alarm(word) {
        return None;
    }
    let n = tail.iter().position(|&b| needs_escape(b))?;
    Some(from + i + n)
}

#[cfg(not(target_arch = "x86_64"))]
use next_escape_swar as next_escape;

#[cfg(any(test, not(target_arch = "x86_64")))]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether a word of eight bytes may hold one that needs escaping: a byte below 0x20, or
/// equal to `"` or `\`, sets its high bit here. A byte from 0x80 up may too (as may one
/// right after a hit), so an alarm is settled by looking at the bytes.
#[cfg(any(test, not(target_arch = "x86_64")))]
#[inline]
fn alarm(x: u64) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let quote = x ^ (ONES * u64::from(b'"'));
    let slash = x ^ (ONES * u64::from(b'\\'));
    let hits = (x.wrapping_sub(ONES * 0x20) & !x)
        | (quote.wrapping_sub(ONES) & !quote)
        | (slash.wrapping_sub(ONES) & !slash);
    hits & HIGH != 0
}

/// An open array or object.
struct Compound<'j, 'a> {
    json: &'j mut Json<'a>,
    first: bool,
    /// It is the value of an enum variant, inside an object to be closed with it.
    variant: bool,
}

impl Compound<'_, '_> {
    /// Before an element or a key: the comma, and in pretty output the line and indent.
    #[inline(always)]
    fn next(&mut self) {
        if !self.first {
            self.json.out.push(b',');
        }
        self.first = false;
        if self.json.pretty {
            self.json.new_line();
        }
    }

    #[inline(always)]
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.next();
        value.serialize(&mut *self.json)
    }

    /// A struct field's or enum variant's name, as `Json::name` writes it, and the colon
    /// after it: the closing quote and the colon in one write, as this runs for every
    /// field of every answer (written as two, `fix-signed-out --json` took 20k more).
    #[inline(always)]
    fn field_name(&mut self, name: &'static str) {
        debug_assert!(next_escape(name.as_bytes(), 0).is_none(), "{name:?}");
        self.next();
        let out = &mut *self.json.out;
        out.reserve(name.len() + 4);
        out.push(b'"');
        out.extend_from_slice(name.as_bytes());
        if self.json.pretty {
            out.extend_from_slice(b"\": ");
        } else {
            out.extend_from_slice(b"\":");
        }
    }

    #[inline]
    fn colon(&mut self) {
        if self.json.pretty {
            self.json.out.extend_from_slice(b": ");
        } else {
            self.json.out.push(b':');
        }
    }

    #[inline(always)]
    fn close(self, bracket: u8) -> Result {
        let json = self.json;
        json.depth -= 1;
        if json.pretty && !self.first {
            json.new_line();
        }
        json.out.push(bracket);
        if self.variant {
            json.depth -= 1;
            if json.pretty {
                json.new_line();
            }
            json.out.push(b'}');
        }
        Ok(())
    }
}

impl<'j, 'a> ser::Serializer for &'j mut Json<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'j, 'a>;
    type SerializeTuple = Compound<'j, 'a>;
    type SerializeTupleStruct = Compound<'j, 'a>;
    type SerializeTupleVariant = Compound<'j, 'a>;
    type SerializeMap = Compound<'j, 'a>;
    type SerializeStruct = Compound<'j, 'a>;
    type SerializeStructVariant = Compound<'j, 'a>;

    fn serialize_bool(self, v: bool) -> Result {
        let word: &[u8] = if v { b"true" } else { b"false" };
        self.out.extend_from_slice(word);
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result {
        self.delegate(&v)
    }

    fn serialize_i16(self, v: i16) -> Result {
        self.delegate(&v)
    }

    fn serialize_i32(self, v: i32) -> Result {
        self.delegate(&v)
    }

    fn serialize_i64(self, v: i64) -> Result {
        self.delegate(&v)
    }

    fn serialize_i128(self, v: i128) -> Result {
        self.delegate(&v)
    }

    fn serialize_u8(self, v: u8) -> Result {
        self.serialize_u64(u64::from(v))
    }

    fn serialize_u16(self, v: u16) -> Result {
        self.serialize_u64(u64::from(v))
    }

    fn serialize_u32(self, v: u32) -> Result {
        self.serialize_u64(u64::from(v))
    }

    fn serialize_u64(self, v: u64) -> Result {
        match usize::try_from(v) {
            Ok(n) => {
                let mut digits = [0; 20];
                self.out
                    .extend_from_slice(super::itoa(n, &mut digits).as_bytes());
                Ok(())
            }
            Err(_) => self.delegate(&v),
        }
    }

    fn serialize_u128(self, v: u128) -> Result {
        self.delegate(&v)
    }

    fn serialize_f32(self, v: f32) -> Result {
        self.delegate(&v)
    }

    fn serialize_f64(self, v: f64) -> Result {
        self.delegate(&v)
    }

    fn serialize_char(self, v: char) -> Result {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result {
        self.string(v);
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result {
        ser::Serializer::collect_seq(self, v)
    }

    fn serialize_none(self) -> Result {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.serialize_unit()
    }

    #[inline(always)]
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result {
        self.name(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        let mut object = self.open(b'{');
        object.field_name(variant);
        value.serialize(&mut *object.json)?;
        object.close(b'}')
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq> {
        Ok(self.open(b'['))
    }

    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        self.open_variant(variant);
        let mut array = self.open(b'[');
        array.variant = true;
        Ok(array)
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Ok(self.open(b'{'))
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct> {
        Ok(self.open(b'{'))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        self.open_variant(variant);
        let mut object = self.open(b'{');
        object.variant = true;
        Ok(object)
    }
}

/// serde's four kinds of sequence differ only in name: each is a JSON array.
macro_rules! array {
    ($($kind:ident::$add:ident),*) => {$(
        impl ser::$kind for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;

            #[inline(always)]
            fn $add<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
                self.element(value)
            }

            #[inline(always)]
            fn end(self) -> Result {
                self.close(b']')
            }
        }
    )*};
}

array!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.next();
        // Whatever serializes as a JSON string (a string, a unit variant) may be a key; a
        // string is the only value whose first byte is a quote. (serde_json also quotes
        // numbers and booleans as keys; no answer has such a key.)
        let start = self.json.out.len();
        key.serialize(&mut *self.json)?;
        if self.json.out.get(start) != Some(&b'"') {
            return Err(ser::Error::custom("a JSON object key must be a string"));
        }
        self.colon();
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        value.serialize(&mut *self.json)
    }

    fn end(self) -> Result {
        self.close(b'}')
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    #[inline(always)]
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.field_name(key);
        value.serialize(&mut *self.json)
    }

    fn end(self) -> Result {
        self.close(b'}')
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        ser::SerializeStruct::serialize_field(self, key, value)
    }

    fn end(self) -> Result {
        self.close(b'}')
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use serde::Serialize;

    use super::write;

    /// Both forms, checked against serde_json's.
    fn agree<T: Serialize + ?Sized>(value: &T) {
        for pretty in [false, true] {
            let mut ours = b"prefix ".to_vec();
            write(&mut ours, value, pretty).unwrap();
            let theirs = if pretty {
                serde_json::to_vec_pretty(value)
            } else {
                serde_json::to_vec(value)
            };
            let theirs = [b"prefix ".as_slice(), &theirs.unwrap()].concat();
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&theirs),
                "pretty: {pretty}"
            );
        }
    }

    #[derive(Serialize)]
    enum Shape {
        Unit,
        Newtype(u8),
        Tuple(i32, &'static str),
        EmptyTuple(),
        Struct { a: Vec<u8>, b: Option<bool> },
    }

    #[derive(Serialize)]
    struct Unit;

    #[derive(Serialize)]
    struct Wrapper(&'static str);

    #[derive(Serialize)]
    struct Pair(u16, char);

    #[derive(Serialize)]
    struct Everything {
        yes: bool,
        no: bool,
        small: u8,
        big: u64,
        huge: u128,
        negative: i64,
        float: f64,
        char: char,
        text: &'static str,
        none: Option<u32>,
        some: Option<&'static str>,
        unit: (),
        unit_struct: Unit,
        newtype: Wrapper,
        tuple_struct: Pair,
        empty: Vec<u32>,
        empty_map: BTreeMap<String, u8>,
        nested: Vec<Vec<Vec<u8>>>,
        shapes: Vec<Shape>,
        map: BTreeMap<&'static str, Shape>,
        #[serde(flatten)]
        flattened: BTreeMap<&'static str, (u8, &'static str)>,
        #[serde(with = "serde_bytes_like")]
        bytes: &'static [u8],
    }

    mod serde_bytes_like {
        pub fn serialize<S: serde::Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(v)
        }
    }

    #[test]
    fn writes_every_shape_as_serde_json_does() {
        let value = Everything {
            yes: true,
            no: false,
            small: 7,
            big: u64::MAX,
            huge: u128::MAX,
            negative: i64::MIN,
            float: -1.5e300,
            char: '"',
            text: "a \"quoted\" \\ line\nwith\ttabs, \u{7} bells, \u{1b}[31m escapes, \u{7f} and é › 😀",
            none: None,
            some: Some("x"),
            unit: (),
            unit_struct: Unit,
            newtype: Wrapper("w"),
            tuple_struct: Pair(65535, '\u{0}'),
            empty: vec![],
            empty_map: BTreeMap::new(),
            nested: vec![vec![], vec![vec![], vec![1, 2]]],
            shapes: vec![
                Shape::Unit,
                Shape::Newtype(3),
                Shape::Tuple(-4, "five"),
                Shape::EmptyTuple(),
                Shape::Struct {
                    a: vec![6],
                    b: None,
                },
                Shape::Struct { a: vec![], b: Some(true) },
            ],
            map: BTreeMap::from([("k\"ey", Shape::Unit), ("other", Shape::Newtype(1))]),
            flattened: BTreeMap::from([("extra", (1, "one"))]),
            bytes: b"\x00\xff",
        };
        agree(&value);
        agree(&Shape::Struct { a: vec![], b: None });
        agree(&Vec::<Shape>::new());
        agree("");
    }

    /// Both scans (blocks of sixteen and words of eight) find the first byte to escape at
    /// every offset of every length around their block sizes, from any starting point.
    #[test]
    fn finds_the_first_escape_at_every_offset() {
        use super::{next_escape, next_escape_swar};
        for len in 0..=40 {
            for hit in (0..len).map(Some).chain([None]) {
                for byte in [b'"', b'\\', 0x00, 0x1F] {
                    let mut text = vec![b'a'; len];
                    // Harmless bytes either side of the ones that need escaping.
                    text.iter_mut().step_by(3).for_each(|b| *b = 0x20);
                    text.iter_mut().skip(1).step_by(5).for_each(|b| *b = 0xE9);
                    if let Some(at) = hit {
                        text[at] = byte;
                    }
                    for from in 0..=len {
                        let want = hit.filter(|&at| at >= from);
                        assert_eq!(next_escape(&text, from), want, "{text:?} from {from}");
                        assert_eq!(next_escape_swar(&text, from), want, "{text:?} from {from}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_map_key_that_is_not_a_string_is_an_error() {
        let map = BTreeMap::from([(1u8, "one")]);
        let mut out = Vec::new();
        let error = write(&mut out, &map, false).unwrap_err();
        assert_eq!(error.to_string(), "a JSON object key must be a string");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// Any text, with control characters, quotes and backslashes at any offset from a
        /// word boundary, is escaped as serde_json escapes it.
        #[test]
        fn escapes_any_text_as_serde_json_does(
            text in "[\\x00-\\x20\"\\\\a-z\\x7f-\\u{a0}é›😀]{0,40}",
            offset in 0usize..8,
        ) {
            let padded = format!("{}{text}", "x".repeat(offset));
            agree(&padded);
            agree(&[&*padded, &*text]);
        }
    }
}
