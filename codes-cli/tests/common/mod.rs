//! What the tests share.

/// Checks a source's indentation against its braces and parentheses.
pub fn tidy(source: &str) -> Result<(), String> {
    let mut depth = 0usize;
    for (number, line) in source.lines().enumerate() {
        let text = line.trim_start();
        if line.ends_with(char::is_whitespace) {
            return Err(format!("line {}: trailing whitespace", number + 1));
        }
        if text.starts_with('}') || text.starts_with(')') {
            depth = depth.saturating_sub(1);
        }
        if !text.is_empty() && line.len() - text.len() != 4 * depth {
            return Err(format!("line {}: indented wrong: {line:?}", number + 1));
        }
        let comment = text.starts_with("//");
        if !comment && (text.ends_with('{') || text.ends_with('(')) {
            depth += 1;
        }
    }
    if depth == 0 {
        Ok(())
    } else {
        Err(format!("{depth} blocks left open"))
    }
}
