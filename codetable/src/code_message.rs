//! A code with a message in one of a table's languages.

/// A code and a message, shown as a table's `Display` shows its rows: `40001: message`. What
/// the `display_in` of a table with languages returns.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct CodeMessage<R> {
    code: R,
    message: &'static str,
}

impl<R> CodeMessage<R> {
    /// `code` with `message`.
    pub const fn new(code: R, message: &'static str) -> Self {
        CodeMessage { code, message }
    }

    /// The message.
    pub const fn message(&self) -> &'static str {
        self.message
    }
}

impl<R: Copy> CodeMessage<R> {
    /// The code.
    pub const fn code(&self) -> R {
        self.code
    }
}

impl<R: core::fmt::Display> core::fmt::Display for CodeMessage<R> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}
