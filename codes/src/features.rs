//! What the generated code does that depends on the features of `codes`, which the proc
//! macro cannot see: each table's expansion calls these macros, defined one way or the other
//! by the features.

/// `Serialize` and `Deserialize` for a table, with the `serde` feature: every table's
/// expansion calls this, and it expands to nothing without the feature (the macro cannot see
/// the features of `codes`).
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($table:ident) => {
        #[automatically_derived]
        impl $crate::__serde_core::Serialize for $table {
            fn serialize<__S: $crate::__serde_core::Serializer>(
                &self,
                __serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                $crate::serde::serialize_code(*self, __serializer)
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__serde_core::Deserialize<'de> for $table {
            fn deserialize<__D: $crate::__serde_core::Deserializer<'de>>(
                __deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                $crate::serde::deserialize_code(__deserializer)
            }
        }
    };
}

/// Without the `serde` feature: nothing.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($table:ident) => {};
}
