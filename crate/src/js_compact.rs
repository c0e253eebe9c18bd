//! Compacts the embedded library's JavaScript at build time: comments, indentation and trailing
//! blanks go, every token and every line break stays.
//!
//! How and why: the library under `crate/lib/` is ~940 KB of JavaScript, a third of it comments
//! and indentation. All of it ships inside the wasm (raw bytes the page fetches and, cached,
//! reads back from disk), and what the bootstrap loads is lexed by Boa on every runtime's
//! creation. `build.rs` includes this file (`#[path]`) and embeds the compacted text; the crate
//! includes it too, for the tests below.
//!
//! It is a lexer that knows just enough JavaScript to tell code from strings, template literals
//! (with `${}` nesting), regular expressions and comments. The one guess it makes is the classic
//! one: whether a `/` starts a regular expression or divides, from the token before it. Line
//! breaks are all kept (a block comment leaves its own), so a library file's line numbers, and
//! automatic semicolon insertion, are unchanged; a comment within a line becomes one space.
//! `tests::library_tokens_unchanged` checks every library file's token stream against the
//! original's with node's own parser (acorn), so a wrong guess fails a test, not a guest.

/// What came before a `/`, to decide between division and a regular expression.
#[derive(Clone, Copy, PartialEq)]
enum Prev {
    /// Start of input, or a punctuator after which an expression starts: `/` opens a regex.
    ExpressionStart,
    /// An identifier, literal, or closing bracket: `/` divides.
    Operand,
}

/// Keywords after which an expression (so a regex) begins, although they are identifier-like.
const REGEX_AFTER: &[&str] = &[
    "return",
    "typeof",
    "case",
    "do",
    "else",
    "in",
    "instanceof",
    "new",
    "delete",
    "void",
    "throw",
    "yield",
    "await",
    "of",
];

/// `source` without comments, indentation or trailing blanks, with the same tokens and lines.
pub fn compact(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    let mut prev = Prev::ExpressionStart;
    let mut pending_space = false;
    // One entry per open `${` of a template literal: the depth of `{` inside that substitution.
    let mut templates: Vec<usize> = Vec::new();

    // Emit a token, after the one space that separated it from the previous, if any.
    fn start_token(out: &mut String, pending_space: &mut bool) {
        if *pending_space && !out.is_empty() && !out.ends_with('\n') {
            out.push(' ');
        }
        *pending_space = false;
    }

    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                out.push('\n');
                pending_space = false;
                i += 1;
            }
            ' ' | '\t' | '\r' | '\u{feff}' | '\u{a0}' => {
                pending_space = true;
                i += 1;
            }
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                let mut newlines = 0;
                while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                    if chars[i] == '\n' {
                        newlines += 1;
                    }
                    i += 1;
                }
                i = (i + 2).min(chars.len());
                if newlines == 0 {
                    pending_space = true;
                } else {
                    for _ in 0..newlines {
                        out.push('\n');
                    }
                    pending_space = false;
                }
            }
            '/' if prev == Prev::ExpressionStart => {
                start_token(&mut out, &mut pending_space);
                i = copy_regex(&chars, i, &mut out);
                prev = Prev::Operand;
            }
            '\'' | '"' => {
                start_token(&mut out, &mut pending_space);
                i = copy_string(&chars, i, &mut out);
                prev = Prev::Operand;
            }
            '`' => {
                start_token(&mut out, &mut pending_space);
                out.push('`');
                i = copy_template(&chars, i + 1, &mut out, &mut templates);
                prev = Prev::Operand;
            }
            '{' => {
                start_token(&mut out, &mut pending_space);
                if let Some(depth) = templates.last_mut() {
                    *depth += 1;
                }
                out.push('{');
                prev = Prev::ExpressionStart;
                i += 1;
            }
            '}' => {
                start_token(&mut out, &mut pending_space);
                out.push('}');
                i += 1;
                match templates.last_mut() {
                    // The `}` that closes a `${`: the template literal goes on.
                    Some(0) => {
                        templates.pop();
                        i = copy_template(&chars, i, &mut out, &mut templates);
                        prev = Prev::Operand;
                    }
                    Some(depth) => {
                        *depth -= 1;
                        prev = Prev::Operand;
                    }
                    None => prev = Prev::Operand,
                }
            }
            c if is_word_char(c) => {
                start_token(&mut out, &mut pending_space);
                let start = i;
                while i < chars.len() && is_word_char(chars[i]) {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                prev = if REGEX_AFTER.contains(&word.as_str()) { Prev::ExpressionStart } else { Prev::Operand };
                out.push_str(&word);
            }
            ')' | ']' => {
                start_token(&mut out, &mut pending_space);
                out.push(c);
                prev = Prev::Operand;
                i += 1;
            }
            _ => {
                start_token(&mut out, &mut pending_space);
                out.push(c);
                // `.` of a number (`1.5`) or a member access is followed by a word anyway.
                prev = Prev::ExpressionStart;
                i += 1;
            }
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$' || c == '\\' || (c as u32) > 0x7f
}

/// Copy `chars[i]` to `out`, with the character it escapes when it is a `\`; returns the
/// character and the index after what was copied.
fn copy_escaped(chars: &[char], i: usize, out: &mut String) -> (char, usize) {
    let c = chars[i];
    out.push(c);
    if c == '\\' {
        if let Some(&next) = chars.get(i + 1) {
            out.push(next);
            return (c, i + 2);
        }
    }
    (c, i + 1)
}

/// Copy the string literal starting at `chars[i]` (its quote); returns the index after it.
fn copy_string(chars: &[char], mut i: usize, out: &mut String) -> usize {
    let quote = chars[i];
    out.push(quote);
    i += 1;
    while i < chars.len() {
        let (c, next) = copy_escaped(chars, i, out);
        i = next;
        if c == quote || c == '\n' {
            break;
        }
    }
    i
}

/// Copy the regular expression literal starting at `chars[i]` (its `/`), flags included.
fn copy_regex(chars: &[char], mut i: usize, out: &mut String) -> usize {
    out.push('/');
    i += 1;
    let mut in_class = false;
    while i < chars.len() {
        let (c, next) = copy_escaped(chars, i, out);
        i = next;
        match c {
            '[' => in_class = true,
            ']' => in_class = false,
            '/' if !in_class => break,
            '\n' => break,
            _ => {}
        }
    }
    while i < chars.len() && is_word_char(chars[i]) {
        out.push(chars[i]);
        i += 1;
    }
    i
}

/// Copy a template literal's text from `chars[i]` up to and including its closing backtick, or
/// up to and including a `${` (then pushes a substitution onto `templates`).
fn copy_template(chars: &[char], mut i: usize, out: &mut String, templates: &mut Vec<usize>) -> usize {
    while i < chars.len() {
        let (c, next) = copy_escaped(chars, i, out);
        i = next;
        match c {
            '`' => break,
            '$' if chars.get(i) == Some(&'{') => {
                out.push('{');
                templates.push(0);
                return i + 1;
            }
            _ => {}
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn drops_comments_and_indentation_keeps_lines() {
        let src = "// head\n  const a = 1; // tail\n  /* one */ let b = a /* mid */ + 2;\n/**\n * doc\n */\nfoo();  \n";
        assert_eq!(compact(src), "\nconst a = 1;\nlet b = a + 2;\n\n\n\nfoo();\n");
    }

    #[test]
    fn keeps_strings_templates_and_regexes() {
        let src = concat!(
            "const s = '// not a comment', t = \"/* nor */\";\n",
            "const u = `a ${ {x: `b ${1 /* c */}`}.x } // d\n  e`;\n",
            "const r = /[/'\"]+\\/\\/x/g, q = a / b / c;\n",
            "if (x) return /y\\/*z/.test(s);\n",
        );
        let want = concat!(
            "const s = '// not a comment', t = \"/* nor */\";\n",
            "const u = `a ${ {x: `b ${1 }`}.x } // d\n  e`;\n",
            "const r = /[/'\"]+\\/\\/x/g, q = a / b / c;\n",
            "if (x) return /y\\/*z/.test(s);\n",
        );
        assert_eq!(compact(src), want);
    }

    #[test]
    fn a_comment_between_tokens_leaves_a_space() {
        assert_eq!(compact("a/**/b"), "a b");
        assert_eq!(compact("x = 1 /* a\n b */ y"), "x = 1\ny");
    }

    /// Every library file, compacted, has the original's tokens: node's parser (acorn, from its
    /// internals) reads both and compares. A misread `/` or quote would change them.
    #[test]
    fn library_tokens_unchanged() {
        let lib = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
        let out = std::env::temp_dir().join(format!("nodeboa-js-compact-{}", std::process::id()));
        let mut files = Vec::new();
        collect(&lib, &mut files);
        assert!(files.len() > 100, "the library is under crate/lib");
        let mut pairs = Vec::new();
        for (n, path) in files.iter().enumerate() {
            let source = std::fs::read_to_string(path).expect("library file");
            let compacted = out.join(format!("{n}.js"));
            std::fs::create_dir_all(&out).expect("temp dir");
            std::fs::write(&compacted, compact(&source)).expect("write");
            pairs.push(format!("[{:?},{:?}]", path.display().to_string(), compacted.display().to_string()));
        }
        let script = r#"
const acorn = require('internal/deps/acorn/acorn/dist/acorn');
const fs = require('fs');
const tokens = (file) => {
  const list = [];
  acorn.parse(fs.readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType: 'script',
    allowReturnOutsideFunction: true, allowHashBang: true, locations: true, onToken: list });
  return list.map((t) => `${t.loc.start.line} ${t.type.label} ${JSON.stringify(t.value, (k, v) => typeof v === 'bigint' ? `${v}n` : v)}`);
};
let bad = 0;
for (const [orig, compacted] of JSON.parse(process.argv[1])) {
  const a = tokens(orig), b = tokens(compacted);
  const i = a.findIndex((t, k) => t !== b[k]);
  if (i >= 0 || a.length !== b.length) { bad++; console.log(`${orig}: token ${i}: ${a[i]} became ${b[i]}`); }
}
console.log(`${bad} files differ`);
process.exitCode = bad ? 1 : 0;
"#;
        let result = std::process::Command::new("node")
            .args(["--expose-internals", "-e", script, &format!("[{}]", pairs.join(","))])
            .output()
            .expect("node runs (the tests need it)");
        let _ = std::fs::remove_dir_all(&out);
        let report = String::from_utf8_lossy(&result.stdout);
        assert!(result.status.success(), "{report}{}", String::from_utf8_lossy(&result.stderr));
        assert!(report.contains("0 files differ"), "{report}");
    }

    fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                collect(&path, out);
            } else if path.extension().is_some_and(|e| e == "js") {
                out.push(path);
            }
        }
    }
}
