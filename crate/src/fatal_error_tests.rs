//! How a fatal error is printed (stderr, which the differential suites do not compare): the
//! `file:line`, the source line and Node's caret above the stack.

use crate::host::{Host, ManualClock, MemoryOutput};
use crate::{Entry, Runtime, RuntimeOptions};
use std::rc::Rc;

/// Run `source` as the file `/tmp/fatal.js` and return its exit code and stderr.
fn run_file(source: &str) -> (i32, String) {
    let output = Rc::new(MemoryOutput::new());
    let host = Host::manual(Rc::new(ManualClock::new()), Rc::clone(&output));
    let mut rt = Runtime::new(host, RuntimeOptions::default()).expect("bootstrap");
    let write = format!("process.getBuiltinModule('fs').writeFileSync('/tmp/fatal.js', {source:?})");
    rt.eval(&write).expect("write the script");
    let code = rt.run(Entry::File("/tmp/fatal.js".into()));
    (code, output.stderr_text())
}

#[test]
fn caret_points_at_the_throw_statement() {
    let (code, stderr) = run_file("const a = 1;\n  if (a) throw new TypeError('y');\n");
    assert_eq!(code, 1);
    assert!(stderr.starts_with("/tmp/fatal.js:2\n  if (a) throw new TypeError('y');\n         ^\n"), "{stderr}");
}

#[test]
fn first_line_columns_leave_out_the_module_wrapper() {
    let (code, stderr) = run_file("throw new Error('x');\n");
    assert_eq!(code, 1);
    assert!(stderr.starts_with("/tmp/fatal.js:1\nthrow new Error('x');\n^\n"), "{stderr}");
    assert!(stderr.contains("(/tmp/fatal.js:1:7)"), "{stderr}");
}
