//! `assert_disjoint!`: a compile-time check that tables share no code, and the `const fn`s its
//! expansion runs.

/// Fails to compile when two of the tables share a code, naming the code and both variants;
/// compiles to nothing otherwise.
///
/// For an SDK that merges several tables into one code space: the check runs in constant
/// evaluation, so it holds for every build and costs nothing at run time.
///
/// ```
/// codetable::define_codes! {
///     /// The API's codes.
///     pub enum ApiError in 40000..=49999 {
///         40001 => INTERNAL_ERROR, "内部服务器错误",
///     }
///     /// The SDK's codes.
///     pub enum SdkError in 50000..=59999 {
///         50001 => NEW_TASK_FAILED, "创建任务失败",
///     }
/// }
///
/// codetable::assert_disjoint!(ApiError, SdkError);
/// ```
///
/// Tables that share a code are rejected:
///
/// ```compile_fail
/// codetable::define_codes! {
///     /// The API's codes.
///     pub enum ApiError {
///         40001 => INTERNAL_ERROR, "内部服务器错误",
///     }
///     /// The SDK's codes.
///     pub enum SdkError {
///         40001 => INTERNAL_ERROR, "内部错误",
///     }
/// }
///
/// // error[E0080]: evaluation panicked: code 40001 is in both `ApiError` (`InternalError`,
/// // `INTERNAL_ERROR`) and `SdkError` (`InternalError`, `INTERNAL_ERROR`)
/// codetable::assert_disjoint!(ApiError, SdkError);
/// ```
///
/// Every pair of the tables is checked, each in time `O(n log n)` for tables of `n` codes.
#[macro_export]
macro_rules! assert_disjoint {
    ($first:ty $(, $rest:ty)* $(,)?) => {
        $crate::assert_disjoint!(@pairs $first; $($rest),*);
    };
    (@pairs $first:ty; $($rest:ty),*) => {
        $($crate::assert_disjoint!(@pair $first, $rest);)*
        $crate::assert_disjoint!(@next $($rest),*);
    };
    (@next) => {};
    (@next $first:ty $(, $rest:ty)*) => {
        $crate::assert_disjoint!(@pairs $first; $($rest),*);
    };
    (@pair $a:ty, $b:ty) => {
        const _: () = {
            const __A_LEN: usize = <$a>::COUNT;
            const __B_LEN: usize = <$b>::COUNT;
            let mut __a = [$crate::__disjoint::Keyed::EMPTY; __A_LEN];
            let mut __index = 0;
            while __index < __A_LEN {
                __a[__index] = $crate::__disjoint::Keyed::new(
                    <<$a as $crate::__private_0_1_0::Table>::Support>::key_at(__index),
                    __index,
                );
                __index += 1;
            }
            let mut __b = [$crate::__disjoint::Keyed::EMPTY; __B_LEN];
            let mut __index = 0;
            while __index < __B_LEN {
                __b[__index] = $crate::__disjoint::Keyed::new(
                    <<$b as $crate::__private_0_1_0::Table>::Support>::key_at(__index),
                    __index,
                );
                __index += 1;
            }
            if let ::core::option::Option::Some((__key, __in_a, __in_b)) =
                $crate::__disjoint::first_shared(&mut __a, &mut __b)
            {
                let __in_a = <<$a as $crate::__private_0_1_0::Table>::Support>::row_at(__in_a);
                let __in_b = <<$b as $crate::__private_0_1_0::Table>::Support>::row_at(__in_b);
                let __message = $crate::__disjoint::Message::new()
                    .push("code ")
                    .push_key(__key)
                    .push(" is in both `")
                    .push(::core::stringify!($a))
                    .push("` ")
                    .push_row(<<$a as $crate::__private_0_1_0::Table>::Support>::variant_name(__in_a), __in_a.name())
                    .push(" and `")
                    .push(::core::stringify!($b))
                    .push("` ")
                    .push_row(<<$b as $crate::__private_0_1_0::Table>::Support>::variant_name(__in_b), __in_b.name());
                ::core::panic!("{}", __message.as_str());
            }
        };
    };
}

/// What `assert_disjoint!` runs in constant evaluation; not a public API.
pub mod support {
    use codetable_shared::VariantName;
    use core::cmp::Ordering;

    /// A code as tables of either kind compare in constant evaluation: `(code, "")` for a
    /// number, `(0, code)` for a string.
    pub type Key = (i128, &'static str);

    /// A code's key, and the index of its row.
    #[derive(Clone, Copy)]
    pub struct Keyed {
        key: Key,
        index: usize,
    }

    impl Keyed {
        /// What an array of them starts filled with.
        pub const EMPTY: Keyed = Keyed {
            key: (0, ""),
            index: 0,
        };

        /// The key of the `index`-th row.
        pub const fn new(key: Key, index: usize) -> Keyed {
            Keyed { key, index }
        }
    }

    /// The smallest code in both lists, if any, with its row's index in each; sorts both.
    pub const fn first_shared(a: &mut [Keyed], b: &mut [Keyed]) -> Option<(Key, usize, usize)> {
        sort(a);
        sort(b);
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            match compare(a[i].key, b[j].key) {
                Ordering::Equal => return Some((a[i].key, a[i].index, b[j].index)),
                Ordering::Less => i += 1,
                Ordering::Greater => j += 1,
            }
        }
        None
    }

    /// Two keys, by number, then by text, byte by byte.
    const fn compare(a: Key, b: Key) -> Ordering {
        if a.0 != b.0 {
            return if a.0 < b.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        let (a, b) = (a.1.as_bytes(), b.1.as_bytes());
        let mut i = 0;
        while i < a.len() && i < b.len() {
            if a[i] != b[i] {
                return if a[i] < b[i] {
                    Ordering::Less
                } else {
                    Ordering::Greater
                };
            }
            i += 1;
        }
        if a.len() == b.len() {
            Ordering::Equal
        } else if a.len() < b.len() {
            Ordering::Less
        } else {
            Ordering::Greater
        }
    }

    /// Heapsort: in place, `O(n log n)` at worst, and a `const fn` (no slice method sorts in
    /// constant evaluation).
    const fn sort(keys: &mut [Keyed]) {
        let len = keys.len();
        let mut start = len / 2;
        while start > 0 {
            start -= 1;
            sift_down(keys, start, len);
        }
        let mut end = len;
        while end > 1 {
            end -= 1;
            keys.swap(0, end);
            sift_down(keys, 0, end);
        }
    }

    const fn sift_down(keys: &mut [Keyed], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && is_less(keys[child].key, keys[child + 1].key) {
                child += 1;
            }
            if !is_less(keys[root].key, keys[child].key) {
                return;
            }
            keys.swap(root, child);
            root = child;
        }
    }

    const fn is_less(a: Key, b: Key) -> bool {
        matches!(compare(a, b), Ordering::Less)
    }

    /// A panic message built in constant evaluation, where `format!` is not available;
    /// what does not fit is cut.
    pub struct Message {
        bytes: [u8; 512],
        len: usize,
    }

    impl Message {
        /// An empty message.
        #[allow(clippy::new_without_default)]
        pub const fn new() -> Message {
            Message {
                bytes: [0; 512],
                len: 0,
            }
        }

        /// The message with `text` after it.
        pub const fn push(mut self, text: &str) -> Message {
            let text = text.as_bytes();
            let mut i = 0;
            // Whole characters only, so that the bytes stay UTF-8.
            while i < text.len() && self.len + char_len(text[i]) <= self.bytes.len() {
                let end = i + char_len(text[i]);
                while i < end && i < text.len() {
                    self.bytes[self.len] = text[i];
                    self.len += 1;
                    i += 1;
                }
            }
            self
        }

        /// The message with a row after it: "(`Variant`, `WIRE_NAME`)", or "(`Name`)" when
        /// the two are one.
        pub const fn push_row(self, variant: VariantName<'_>, name: &str) -> Message {
            let variant = Message::new().push_variant(variant);
            let this = self.push("(`").push(variant.as_str());
            let this = if same(variant.as_str(), name) {
                this
            } else {
                this.push("`, `").push(name)
            };
            this.push("`)")
        }

        /// The message with a variant name after it, made or stored.
        const fn push_variant(mut self, variant: VariantName<'_>) -> Message {
            let mut from = Some(0);
            while let Some(start) = from {
                let mut chunk = [0; 64];
                let (written, next) = variant.write_chunk(start, &mut chunk);
                let (chunk, _) = chunk.split_at(written);
                // A chunk may end inside a character of a stored name: its bytes go on in
                // the next, and `push` copies whole characters only, so copy bytes here
                // (`as_str` leaves out a character the message's end cuts).
                let mut i = 0;
                while i < chunk.len() && self.len < self.bytes.len() {
                    self.bytes[self.len] = chunk[i];
                    self.len += 1;
                    i += 1;
                }
                from = next;
            }
            self
        }

        /// The message with a code's key after it: its number, or its text in backticks.
        pub const fn push_key(self, key: Key) -> Message {
            if key.1.is_empty() {
                self.push_int(key.0)
            } else {
                self.push("`").push(key.1).push("`")
            }
        }

        /// The message with `value` in decimal after it.
        pub const fn push_int(self, value: i128) -> Message {
            let mut digits = [0u8; 40];
            let mut at = digits.len();
            let mut rest = value.unsigned_abs();
            loop {
                at -= 1;
                digits[at] = b'0' + (rest % 10) as u8;
                rest /= 10;
                if rest == 0 {
                    break;
                }
            }
            if value < 0 {
                at -= 1;
                digits[at] = b'-';
            }
            let (_, digits) = digits.split_at(at);
            match core::str::from_utf8(digits) {
                Ok(digits) => self.push(digits),
                Err(_) => self,
            }
        }

        /// The message so far (up to a character a full message cut).
        pub const fn as_str(&self) -> &str {
            let (text, _) = self.bytes.split_at(self.len);
            match core::str::from_utf8(text) {
                Ok(text) => text,
                Err(error) => match core::str::from_utf8(text.split_at(error.valid_up_to()).0) {
                    Ok(text) => text,
                    Err(_) => "",
                },
            }
        }
    }

    const fn same(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    /// The length of the UTF-8 character that starts with `byte`.
    const fn char_len(byte: u8) -> usize {
        match byte {
            0xF0..=0xFF => 4,
            0xE0..=0xEF => 3,
            0xC0..=0xDF => 2,
            _ => 1,
        }
    }
}
