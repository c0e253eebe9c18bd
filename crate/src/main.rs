//! The `nodeboa` command: `nodeboa [options] FILE [args...]`, `-e CODE`, `-p CODE`, `--version`.
//! It behaves like `node` for stdout, stderr and the exit code. The host's files are visible,
//! read-only, through the VFS at the same absolute paths; writes stay in memory.

use nodeboa::host::{Host, HostDirectory};
use nodeboa::{Entry, Runtime, RuntimeOptions};
use std::process::ExitCode;

const USAGE: &str = "Usage: nodeboa [options] [ script.js ] [arguments]\n\n\
Options:\n  -e, --eval CODE   evaluate CODE\n  -p, --print CODE  evaluate CODE and print the result\n  \
-v, --version     print the Node.js version nodeboa follows\n  -h, --help        print this help\n";

/// Boa recurses on the native stack while parsing and calling natives: give it room. Only the
/// pages it touches are ever committed.
const STACK_BYTES: usize = 1 << 30;

struct Command {
    entry: Option<Entry>,
    exec_argv: Vec<String>,
    args: Vec<String>,
}

/// Parse the command line the way `node` does: options first, then the script and its args.
fn parse(mut argv: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut cmd = Command { entry: None, exec_argv: Vec::new(), args: Vec::new() };
    while let Some(arg) = argv.next() {
        match arg.as_str() {
            "-v" | "--version" => {
                println!("v{}", nodeboa::bindings::NODE_VERSION);
                std::process::exit(0);
            }
            "-h" | "--help" => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            "-e" | "--eval" | "-p" | "--print" => {
                let code = argv.next().ok_or_else(|| format!("{arg} requires an argument"))?;
                cmd.exec_argv.extend([arg.clone(), code.clone()]);
                cmd.entry = Some(Entry::Eval { code, print: arg.starts_with("-p") || arg == "--print" });
                cmd.args.extend(argv.by_ref());
            }
            "--" => {
                if cmd.entry.is_none() {
                    cmd.entry = argv.next().map(Entry::File);
                }
                cmd.args.extend(argv.by_ref());
            }
            flag if flag.starts_with('-') && flag.len() > 1 => cmd.exec_argv.push(arg),
            _ => {
                cmd.entry = Some(Entry::File(arg));
                cmd.args.extend(argv.by_ref());
            }
        }
    }
    Ok(cmd)
}

fn run(cmd: Command) -> i32 {
    let cwd = std::env::current_dir().map_or_else(|_| "/".into(), |p| p.to_string_lossy().into_owned());
    let exec_path = std::env::current_exe().map_or_else(|_| "nodeboa".into(), |p| p.to_string_lossy().into_owned());
    let pool_size = nodeboa::host::ThreadPool::size_from_env(std::env::var("UV_THREADPOOL_SIZE").ok().as_deref());
    let options = RuntimeOptions {
        exec_path,
        exec_argv: cmd.exec_argv,
        args: cmd.args,
        env: std::env::vars().collect(),
        cwd,
        lower: Some(Box::new(HostDirectory)),
        lib_dir: std::env::var_os("NODEBOA_LIB_DIR").map(Into::into),
        pid: std::process::id(),
        ppid: std::os::unix::process::parent_id(),
        limits: nodeboa::Limits::default(),
    };
    let mut runtime = match boot(Host::native(pool_size), options) {
        Ok(rt) => rt,
        Err(message) => {
            eprintln!("{message}");
            return 70;
        }
    };
    // NOTE: with no script, `node` opens a REPL on a terminal; nodeboa has none yet and runs
    // an empty program instead.
    let entry = cmd.entry.unwrap_or(Entry::Eval { code: String::new(), print: false });
    runtime.run(entry)
}

/// Create the runtime. With `NODEBOA_TRACE_BOOT` set, run the bootstrap stage by stage (as a
/// page does) and print each step's milliseconds to stderr: `begin`, then every `boot_step`.
fn boot(host: Host, options: RuntimeOptions) -> Result<Runtime, String> {
    if std::env::var_os("NODEBOA_TRACE_BOOT").is_none() {
        return Runtime::new(host, options);
    }
    let ms = |since: std::time::Instant| since.elapsed().as_secs_f64() * 1000.0;
    let start = std::time::Instant::now();
    let mut runtime = Runtime::begin(host, options)?;
    eprintln!("boot begin {:.2} ms", ms(start));
    for stage in 1.. {
        let step = std::time::Instant::now();
        let done = runtime.boot_step()?;
        eprintln!("boot stage {stage} {:.2} ms", ms(step));
        if done {
            break;
        }
    }
    eprintln!("boot total {:.2} ms", ms(start));
    Ok(runtime)
}

fn main() -> ExitCode {
    let cmd = match parse(std::env::args().skip(1)) {
        Ok(cmd) => cmd,
        Err(message) => {
            eprintln!("nodeboa: {message}");
            return ExitCode::from(9);
        }
    };
    let worker =
        std::thread::Builder::new().name("nodeboa-main".into()).stack_size(STACK_BYTES).spawn(move || run(cmd));
    let code = match worker.map(std::thread::JoinHandle::join) {
        Ok(Ok(code)) => code,
        _ => 70,
    };
    ExitCode::from(u8::try_from(code & 0xff).unwrap_or(1))
}
