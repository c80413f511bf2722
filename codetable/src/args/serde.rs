//! serde, with the `serde` feature: a built message serializes as its code, wire name,
//! message (formatted) and arguments, `{"code":1146,"name":"ER_NO_SUCH_TABLE","message":"Table
//! 'shop.orders' doesn't exist","arguments":{"db":"shop","table":"orders"}}`, without
//! allocating (the message is written through `collect_str`).

use super::{Arg, WithArgs};
use crate::Code;
use serde_core::ser::{SerializeMap, SerializeStruct};
use serde_core::{Serialize, Serializer};

/// Each value as its type: a string, a number, a `bool`, a one-character string.
impl Serialize for Arg<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Arg::Str(value) => serializer.serialize_str(value),
            Arg::Int(value) => serializer.serialize_i64(value),
            Arg::UInt(value) => serializer.serialize_u64(value),
            Arg::Float(value) => serializer.serialize_f64(value),
            Arg::Bool(value) => serializer.serialize_bool(value),
            Arg::Char(value) => serializer.serialize_char(value),
        }
    }
}

/// `code` (as the table serializes it: its number, or its string), `name`, `message` (in the
/// first language, formatted) and `arguments` (by name, in the row's order).
impl<E: Code, const N: usize> Serialize for WithArgs<'_, E, N> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut fields = serializer.serialize_struct("WithArgs", 4)?;
        fields.serialize_field("code", &CodeOf(self.code()))?;
        fields.serialize_field("name", self.name())?;
        fields.serialize_field("message", &Collected(self))?;
        fields.serialize_field("arguments", &Arguments(self))?;
        fields.end()
    }
}

/// A code as its table serializes it.
struct CodeOf<E>(E);

impl<E: Code> Serialize for CodeOf<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::serde::serialize_code(self.0, serializer)
    }
}

/// The message, formatted as it is written out.
struct Collected<'w, 'a, E: 'static, const N: usize>(&'w WithArgs<'a, E, N>);

impl<E: Code, const N: usize> Serialize for Collected<'_, '_, E, N> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0.message())
    }
}

/// The arguments as a map, by name.
struct Arguments<'w, 'a, E: 'static, const N: usize>(&'w WithArgs<'a, E, N>);

impl<E: Code, const N: usize> Serialize for Arguments<'_, '_, E, N> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let args = self.0.args();
        let mut map = serializer.serialize_map(Some(args.len()))?;
        for (name, value) in args {
            map.serialize_entry(name, &value)?;
        }
        map.end()
    }
}
