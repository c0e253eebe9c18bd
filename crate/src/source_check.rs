//! Checks on guest source text before Boa parses it.
//!
//! Boa's parser recurses on the native stack once per nesting level, so a source with enough
//! nested brackets overflows the stack and kills the process (or traps a wasm instance for
//! good). V8 throws `RangeError: Maximum call stack size exceeded` there; so do we, before
//! parsing, when the bracket depth passes the host's limit.

/// The deepest nesting of `(`, `[` and `{` in `source`, outside comments, strings and templates
/// (regular expression literals are not told apart from division: a bracket in one counts, which
/// errs on the side of safety).
#[must_use]
pub fn max_nesting_depth(source: &str) -> usize {
    let bytes = source.as_bytes();
    // Fast path: if even a naive count stays low, nothing can be deep.
    let naive = naive_depth(bytes);
    if naive < 256 {
        return naive;
    }
    careful_depth(bytes)
}

fn naive_depth(bytes: &[u8]) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for &b in bytes {
        match b {
            b'(' | b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

fn careful_depth(bytes: &[u8]) -> usize {
    let (mut depth, mut max, mut i) = (0usize, 0usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            quote @ (b'"' | b'\'' | b'`') => {
                i += 1;
                while i < bytes.len() && bytes[i] != quote {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_brackets_outside_strings_and_comments() {
        assert_eq!(max_nesting_depth("f([{}])"), 3);
        let quoted =
            format!("const s = '{}'; // {}\n/* {} */ ({{}})", "(".repeat(300), "[".repeat(300), "{".repeat(300));
        assert_eq!(max_nesting_depth(&quoted), 2);
        assert_eq!(max_nesting_depth(&"[".repeat(1000)), 1000);
    }
}
