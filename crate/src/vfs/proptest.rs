//! Property test: random sequences of operations applied to the VFS and to a real temporary
//! directory on Linux must give identical results and errors (10 000 sequences).
//!
//! Both sides work one level below a scratch root (`/t/s` in the VFS, `<tmp>/s` on disk) so a
//! symlink escaping with one `..` lands in an equally empty directory on both.

#![cfg(target_os = "linux")]

use super::*;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PATHS: &[&str] = &["a", "b", "c", "a/b", "a/c", "b/a", "a/b/c", "c/a", "a/", "b/", ".", "a/..", "a/../b"];
// No bare "..": through `a/..` it would climb two levels, out of the equally empty scratch.
const TARGETS: &[&str] = &["a", "b", "c", "../a", "../s/b", "a/b", "x", ".", "b/a", "c/"];
const DATA: &[&str] = &["", "x", "hello", "0123456789"];

#[derive(Debug, Clone)]
enum Op {
    Mkdir(&'static str),
    Rmdir(&'static str),
    Unlink(&'static str),
    Write(&'static str, &'static str),
    Append(&'static str, &'static str),
    Read(&'static str),
    Rename(&'static str, &'static str),
    Link(&'static str, &'static str),
    Symlink(&'static str, &'static str),
    Readlink(&'static str),
    Stat(&'static str),
    Lstat(&'static str),
    Readdir(&'static str),
    Truncate(&'static str, u64),
}

/// Lengths to truncate to: within the data, past it, and past a block (a sparse tail).
const LENGTHS: &[u64] = &[0, 1, 3, 7, 11, 4096, 5000, 70_000];

fn random_op(rng: &mut Rng) -> Op {
    let p = rng.pick(PATHS);
    match rng.next() % 14 {
        0 | 1 => Op::Mkdir(p),
        2 => Op::Rmdir(p),
        3 => Op::Unlink(p),
        4 | 5 => Op::Write(p, rng.pick(DATA)),
        6 => Op::Append(p, rng.pick(DATA)),
        7 => Op::Read(p),
        8 => Op::Rename(p, rng.pick(PATHS)),
        9 => Op::Link(p, rng.pick(PATHS)),
        10 => Op::Symlink(rng.pick(TARGETS), p),
        11 => Op::Readlink(p),
        12 => {
            if rng.next().is_multiple_of(2) {
                Op::Stat(p)
            } else {
                Op::Lstat(p)
            }
        }
        _ => {
            if rng.next().is_multiple_of(2) {
                Op::Readdir(p)
            } else {
                Op::Truncate(p, LENGTHS[(rng.next() % LENGTHS.len() as u64) as usize])
            }
        }
    }
}

/// An operation's observable result: a description, or the error's code.
type Outcome = Result<String, &'static str>;

/// `blocks` of a regular file too: a file grown by truncate is sparse on both sides.
fn describe_stat(kind: FileType, size: u64, nlink: u64, blocks: u64) -> String {
    match kind {
        FileType::Directory => "dir".to_string(),
        FileType::Symlink => format!("link {size}"),
        FileType::File => format!("file {size} {nlink} {blocks}"),
        FileType::CharDevice | FileType::Fifo => format!("device {nlink}"),
    }
}

fn on_vfs(vfs: &mut Vfs, op: &Op) -> Outcome {
    let at = |p: &str| format!("/t/s/{p}");
    let r: Result<String, Errno> = match op {
        Op::Mkdir(p) => vfs.mkdir(&at(p), 0o777).map(|()| String::new()),
        Op::Rmdir(p) => vfs.rmdir(&at(p)).map(|()| String::new()),
        Op::Unlink(p) => vfs.unlink(&at(p)).map(|()| String::new()),
        Op::Write(p, data) | Op::Append(p, data) => {
            let extra = if matches!(op, Op::Append(..)) { flags::O_APPEND } else { flags::O_TRUNC };
            vfs.open(&at(p), flags::O_WRONLY | flags::O_CREAT | extra, 0o666).and_then(|fd| {
                let w = vfs.write(fd, data.as_bytes(), None);
                vfs.close(fd)?;
                w.map(|_| String::new())
            })
        }
        Op::Read(p) => vfs.read_file(&at(p)).map(|b| String::from_utf8_lossy(&b).into_owned()),
        Op::Rename(a, b) => vfs.rename(&at(a), &at(b)).map(|()| String::new()),
        Op::Link(a, b) => vfs.link(&at(a), &at(b)).map(|()| String::new()),
        Op::Symlink(t, p) => vfs.symlink(t, &at(p)).map(|()| String::new()),
        Op::Readlink(p) => vfs.readlink(&at(p)),
        Op::Stat(p) | Op::Lstat(p) => {
            vfs.stat(&at(p), matches!(op, Op::Stat(_))).map(|s| describe_stat(s.file_type(), s.size, s.nlink, s.blocks))
        }
        Op::Readdir(p) => vfs.readdir(&at(p)).map(|e| e.into_iter().map(|(n, _)| n).collect::<Vec<_>>().join(",")),
        Op::Truncate(p, n) => vfs.truncate(&at(p), *n).map(|()| String::new()),
    };
    r.map_err(|e| e.code)
}

fn on_disk(root: &std::path::Path, op: &Op) -> Outcome {
    let at = |p: &str| format!("{}/s/{p}", root.display());
    let io = |e: std::io::Error| errno::from_io(&e).code;
    let done = |r: std::io::Result<()>| r.map(|()| String::new()).map_err(io);
    match op {
        Op::Mkdir(p) => done(std::fs::DirBuilder::new().mode(0o777).create(at(p))),
        Op::Rmdir(p) => done(std::fs::remove_dir(at(p))),
        Op::Unlink(p) => done(std::fs::remove_file(at(p))),
        Op::Write(p, data) | Op::Append(p, data) => {
            let mut o = std::fs::OpenOptions::new();
            o.write(true).create(true).mode(0o666);
            if matches!(op, Op::Append(..)) {
                o.append(true);
            } else {
                o.truncate(true);
            }
            done(o.open(at(p)).and_then(|mut f| f.write_all(data.as_bytes())))
        }
        Op::Read(p) => std::fs::read(at(p)).map(|b| String::from_utf8_lossy(&b).into_owned()).map_err(io),
        Op::Rename(a, b) => done(std::fs::rename(at(a), at(b))),
        Op::Link(a, b) => done(std::fs::hard_link(at(a), at(b))),
        Op::Symlink(t, p) => done(std::os::unix::fs::symlink(t, at(p))),
        Op::Readlink(p) => std::fs::read_link(at(p)).map(|t| t.display().to_string()).map_err(io),
        Op::Stat(p) | Op::Lstat(p) => {
            let m = if matches!(op, Op::Stat(_)) { std::fs::metadata(at(p)) } else { std::fs::symlink_metadata(at(p)) };
            m.map(|m| {
                use std::os::unix::fs::MetadataExt;
                let kind = if m.file_type().is_symlink() {
                    FileType::Symlink
                } else if m.is_dir() {
                    FileType::Directory
                } else {
                    FileType::File
                };
                describe_stat(kind, m.len(), m.nlink(), m.blocks())
            })
            .map_err(io)
        }
        Op::Readdir(p) => std::fs::read_dir(at(p))
            .and_then(|d| {
                let mut names: Vec<String> =
                    d.map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned())).collect::<Result<_, _>>()?;
                names.sort();
                Ok(names.join(","))
            })
            .map_err(io),
        Op::Truncate(p, n) => done(std::fs::OpenOptions::new().write(true).open(at(p)).and_then(|f| f.set_len(*n))),
    }
}

#[test]
fn vfs_matches_linux_on_random_sequences() {
    // tmpfs when there is one: the test is about semantics, and a disk makes it slow.
    let shm = std::path::Path::new("/dev/shm");
    let dir = if shm.is_dir() { shm.to_path_buf() } else { std::env::temp_dir() };
    let base = dir.join(format!("nodeboa-vfs-prop-{}", std::process::id()));
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let sequences = std::env::var("VFS_PROP_SEQUENCES").ok().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let mut divergences = Vec::new();
    for seq in 0..sequences {
        let _ = std::fs::remove_dir_all(&base);
        std::fs::create_dir_all(base.join("s")).expect("scratch directory");
        let mut vfs = Vfs::new(None, "/");
        vfs.mkdir_all("/t/s").expect("vfs scratch directory");
        let ops: Vec<Op> = (0..12).map(|_| random_op(&mut rng)).collect();
        for (i, op) in ops.iter().enumerate() {
            let (v, d) = (on_vfs(&mut vfs, op), on_disk(&base, op));
            if v != d {
                divergences.push(format!("sequence {seq} step {i}: {op:?}: vfs {v:?}, linux {d:?}; ops {ops:?}"));
                break;
            }
        }
        if divergences.len() >= 5 {
            break;
        }
    }
    let _ = std::fs::remove_dir_all(&base);
    assert!(divergences.is_empty(), "{}", divergences.join("\n"));
}

/// Fuzz-style: random paths (dots, slashes, long names, links) and random descriptor
/// operations never panic, whatever they return.
#[test]
fn random_paths_and_descriptors_never_panic() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let parts = ["a", "b", ".", "..", "", "l", "x/", "//", "\u{e9}", "c"];
    let mut vfs = Vfs::new(None, "/");
    for round in 0..20_000u32 {
        let mut path = String::from("/");
        for _ in 0..rng.next() % 6 {
            path.push_str(rng.pick(&parts));
            path.push('/');
        }
        if rng.next().is_multiple_of(50) {
            path.push_str(&"n".repeat((rng.next() % 300) as usize));
        }
        if rng.next().is_multiple_of(3) {
            path.pop();
        }
        let other = format!("/{}", rng.pick(&parts));
        let fd = (rng.next() % 8) as i32;
        let pos = if rng.next().is_multiple_of(2) { None } else { Some(rng.next() % 64) };
        let mut buf = vec![0u8; (rng.next() % 16) as usize];
        let _ = match rng.next() % 16 {
            0 => vfs.mkdir(&path, 0o777).map(|()| 0),
            1 => vfs.rmdir(&path).map(|()| 0),
            2 => vfs.unlink(&path).map(|()| 0),
            3 => vfs.symlink(&other, &path).map(|()| 0),
            4 => vfs.link(&other, &path).map(|()| 0),
            5 => vfs.rename(&path, &other).map(|()| 0),
            6 => vfs.open(&path, (rng.next() % 0o4000) as u32, 0o666).map(|fd| fd as usize),
            7 => vfs.close(fd).map(|()| 0),
            8 => vfs.read(fd, &mut buf, pos),
            9 => vfs.write(fd, &buf, pos),
            10 => vfs.ftruncate(fd, rng.next() % 100).map(|()| 0),
            11 => vfs.realpath(&path).map(|p| p.len()),
            12 => vfs.readdir(&path).map(|e| e.len()),
            13 => vfs.truncate(&path, rng.next() % 100).map(|()| 0),
            14 => vfs.copy_file(&path, &other, u32::from(round % 2 == 0)).map(|()| 0),
            _ => vfs.stat(&path, rng.next().is_multiple_of(2)).map(|s| s.size as usize),
        };
    }
}
