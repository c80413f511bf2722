//! A code with a message in one of a table's languages.

/// A code and a message, shown as a table's `Display` shows its rows: `40001: message` (the
/// code in hex for a table that shows its codes so, and the wire name for a row without a
/// message). What the `display_in` of a table with languages returns.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct CodeMessage<R> {
    code: R,
    name: &'static str,
    message: &'static str,
    /// The hex digits the code is padded to, for a table that shows its codes in hex.
    hex_digits: Option<u8>,
}

impl<R> CodeMessage<R> {
    /// The row of `code` and wire name `name`, with `message` (empty for a row without one).
    pub const fn new(code: R, name: &'static str, message: &'static str) -> Self {
        CodeMessage {
            code,
            name,
            message,
            hex_digits: None,
        }
    }

    /// The message; empty for a row without one.
    pub const fn message(&self) -> &'static str {
        self.message
    }

    /// The row's wire name.
    pub const fn name(&self) -> &'static str {
        self.name
    }
}

impl<R: Copy> CodeMessage<R> {
    /// The same, shown with the code in hex, padded to `digits` digits.
    pub const fn in_hex(self, digits: u8) -> Self {
        CodeMessage {
            hex_digits: Some(digits),
            ..self
        }
    }

    /// The code.
    pub const fn code(&self) -> R {
        self.code
    }
}

impl<R: core::fmt::Display + core::fmt::UpperHex> core::fmt::Display for CodeMessage<R> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.hex_digits {
            Some(digits) => write!(
                f,
                "{:#0width$X}",
                self.code,
                width = usize::from(digits) + 2
            )?,
            None => write!(f, "{}", self.code)?,
        }
        let text = if self.message.is_empty() {
            self.name
        } else {
            self.message
        };
        write!(f, ": {text}")
    }
}

#[cfg(test)]
mod tests {
    extern crate alloc;
    use super::CodeMessage;
    use alloc::string::ToString;

    #[test]
    fn shows_the_code_as_its_table_does_and_the_message_or_name() {
        assert_eq!(CodeMessage::new(40001, "A", "a").to_string(), "40001: a");
        let hex = CodeMessage::new(0x8000_4001_u32, "E_NOTIMPL", "Not implemented").in_hex(8);
        assert_eq!(hex.to_string(), "0x80004001: Not implemented");
        assert_eq!(
            CodeMessage::new(0x7B_u8, "L", "").in_hex(2).to_string(),
            "0x7B: L"
        );
        assert_eq!(
            CodeMessage::new(-1_i8, "M", "m").in_hex(2).to_string(),
            "0xFF: m"
        );
    }
}
