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
            let mut __a = [0i128; __A_LEN];
            let mut __index = 0;
            while __index < __A_LEN {
                __a[__index] = <<$a as $crate::__private_0_1_0::Table>::Support>::code_at(__index) as i128;
                __index += 1;
            }
            let mut __b = [0i128; __B_LEN];
            let mut __index = 0;
            while __index < __B_LEN {
                __b[__index] = <<$b as $crate::__private_0_1_0::Table>::Support>::code_at(__index) as i128;
                __index += 1;
            }
            if let ::core::option::Option::Some(__code) =
                $crate::__disjoint::first_shared(&mut __a, &mut __b)
            {
                let __in_a = match <$a>::from_code(__code as _) {
                    ::core::option::Option::Some(__found) => __found,
                    ::core::option::Option::None => ::core::unreachable!(),
                };
                let __in_b = match <$b>::from_code(__code as _) {
                    ::core::option::Option::Some(__found) => __found,
                    ::core::option::Option::None => ::core::unreachable!(),
                };
                let __message = $crate::__disjoint::Message::new()
                    .push("code ")
                    .push_int(__code)
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

    /// The smallest code in both lists, if any; sorts both.
    pub const fn first_shared(a: &mut [i128], b: &mut [i128]) -> Option<i128> {
        sort(a);
        sort(b);
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            if a[i] == b[j] {
                return Some(a[i]);
            }
            if a[i] < b[j] {
                i += 1;
            } else {
                j += 1;
            }
        }
        None
    }

    /// Heapsort: in place, `O(n log n)` at worst, and a `const fn` (no slice method sorts in
    /// constant evaluation).
    const fn sort(codes: &mut [i128]) {
        let len = codes.len();
        let mut start = len / 2;
        while start > 0 {
            start -= 1;
            sift_down(codes, start, len);
        }
        let mut end = len;
        while end > 1 {
            end -= 1;
            codes.swap(0, end);
            sift_down(codes, 0, end);
        }
    }

    const fn sift_down(codes: &mut [i128], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && codes[child] < codes[child + 1] {
                child += 1;
            }
            if codes[root] >= codes[child] {
                return;
            }
            codes.swap(root, child);
            root = child;
        }
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
