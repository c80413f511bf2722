//! serde support, with the `serde` feature: every table (de)serializes as its code number, and
//! [`OrUnknown`] as any number; [`by_name`] uses the wire name instead.
//!
//! ```
//! # use serde_json as json;
//! codetable::define_codes! {
//!     /// API return codes.
//!     pub enum ApiError {
//!         0 => SUCCESS, "成功",
//!         40001 => INTERNAL_ERROR, "内部服务器错误",
//!     }
//! }
//!
//! #[derive(serde::Deserialize, serde::Serialize)]
//! struct Response {
//!     code: codetable::OrUnknown<ApiError>,
//!     msg: String,
//! }
//!
//! let newer: Response = json::from_str(r#"{"code": 40099, "msg": "新的错误"}"#).unwrap();
//! assert_eq!(newer.code, codetable::OrUnknown::Unknown(40099));
//! assert_eq!(json::to_string(&newer).unwrap(), r#"{"code":40099,"msg":"新的错误"}"#);
//!
//! let strict: Result<ApiError, _> = json::from_str("40099");
//! assert_eq!(strict.unwrap_err().to_string(), "40099 is not a ApiError code");
//! ```

use crate::code::sealed::Serde;
use crate::{Code, OrUnknown, UnknownCode, UnknownName};
use core::fmt;
use core::marker::PhantomData;
use serde_core::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A table's code as its number: the generated `Serialize` impls call this.
#[doc(hidden)]
pub fn serialize_code<C: Code, S: Serializer>(code: C, serializer: S) -> Result<S::Ok, S::Error> {
    C::Repr::serialize_input(code.code(), serializer)
}

/// A table's code from its number, or an error that names the number and the table: the
/// generated `Deserialize` impls call this.
#[doc(hidden)]
pub fn deserialize_code<'de, C: Code, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    C::Repr::deserialize_input(deserializer, |code| {
        C::from_code(code).ok_or_else(|| UnknownCode::<C::Repr>::new(code, C::TABLE))
    })?
    .map_err(de::Error::custom)
}

/// The number, known or not.
impl<E: Code> Serialize for OrUnknown<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        E::Repr::serialize_input(self.code(), serializer)
    }
}

/// Any number of the table's code type: a code the table has is `Known`, any other `Unknown`.
impl<'de, E: Code> Deserialize<'de> for OrUnknown<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        E::Repr::deserialize_input(deserializer, OrUnknown::from_code)
    }
}

/// A table's code (de)serialized as its wire name, for `#[serde(with = "codetable::serde::by_name")]`.
///
/// ```
/// # use serde_json as json;
/// codetable::define_codes! {
///     /// Task states.
///     pub enum TaskState {
///         0 => None, "无",
///         1 => TaskPause, "任务暂停",
///     }
/// }
///
/// #[derive(serde::Deserialize, serde::Serialize)]
/// struct Task {
///     #[serde(with = "codetable::serde::by_name")]
///     state: TaskState,
/// }
///
/// let task: Task = json::from_str(r#"{"state": "TaskPause"}"#).unwrap();
/// assert_eq!(task.state, TaskState::TaskPause);
/// assert_eq!(json::to_string(&task).unwrap(), r#"{"state":"TaskPause"}"#);
/// let unknown = json::from_str::<Task>(r#"{"state": "Paused"}"#).map(|task| task.state);
/// assert!(unknown.unwrap_err().to_string().starts_with("`Paused` is not a TaskState name"));
/// ```
pub mod by_name {
    use super::*;

    /// Serializes the code as its wire name.
    pub fn serialize<C: Code, S: Serializer>(code: &C, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(code.name())
    }

    /// Deserializes a code from its wire name; any other string is an error naming it.
    pub fn deserialize<'de, C: Code, D: Deserializer<'de>>(deserializer: D) -> Result<C, D::Error> {
        deserializer.deserialize_str(NameVisitor(PhantomData))
    }

    /// An optional code as its wire name, for
    /// `#[serde(with = "codetable::serde::by_name::option", default)]`: `null` or absent is `None`.
    pub mod option {
        use super::*;

        /// Serializes `Some` code as its wire name, `None` as none.
        pub fn serialize<C: Code, S: Serializer>(
            code: &Option<C>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match code {
                Some(code) => serializer.serialize_some(code.name()),
                None => serializer.serialize_none(),
            }
        }

        /// Deserializes `null` as `None`, a wire name as its code; any other string is an
        /// error naming it.
        pub fn deserialize<'de, C: Code, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<C>, D::Error> {
            deserializer.deserialize_option(OptionVisitor(PhantomData))
        }

        struct OptionVisitor<C>(PhantomData<fn() -> C>);

        impl<'de, C: Code> de::Visitor<'de> for OptionVisitor<C> {
            type Value = Option<C>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a {} wire name or nothing", C::TABLE)
            }

            fn visit_none<E: de::Error>(self) -> Result<Option<C>, E> {
                Ok(None)
            }

            fn visit_unit<E: de::Error>(self) -> Result<Option<C>, E> {
                Ok(None)
            }

            fn visit_some<D: Deserializer<'de>>(
                self,
                deserializer: D,
            ) -> Result<Option<C>, D::Error> {
                super::deserialize(deserializer).map(Some)
            }
        }
    }

    struct NameVisitor<C>(PhantomData<fn() -> C>);

    impl<C: Code> de::Visitor<'_> for NameVisitor<C> {
        type Value = C;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a {} wire name", C::TABLE)
        }

        fn visit_str<E: de::Error>(self, name: &str) -> Result<C, E> {
            C::from_name(name).ok_or_else(|| E::custom(UnknownName::new(name, C::TABLE)))
        }
    }
}

/// Reads a string code, borrowed or not, and hands it to the function it holds.
pub(crate) struct InputVisitor<F>(pub(crate) F);

impl<'de, F: FnOnce(&str) -> T, T> de::Visitor<'de> for InputVisitor<F> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string code")
    }

    fn visit_str<E: de::Error>(self, code: &str) -> Result<T, E> {
        Ok((self.0)(code))
    }
}
