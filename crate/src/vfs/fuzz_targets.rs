//! Fuzz target bodies for the VFS: arbitrary bytes drive path resolution and descriptor
//! operations, which must return `Ok` or an `Errno` and never panic (guest input reaches all of
//! them through `fs`). `cargo test` runs each body over 20 000 seeded pseudo-random inputs;
//! `crate/fuzz/` wraps the same bodies as cargo-fuzz targets, which `scripts/fuzz.sh` runs under
//! libFuzzer and AddressSanitizer on the stable toolchain.

use super::Vfs;

/// Pieces that paths are built from: the ones resolution treats specially.
const PIECES: &[&str] =
    &["/", "//", ".", "..", "a", "b", "dir", "link", "loop", "x/", "tmp", "\u{e9}", "", "a/b", "../..", "/tmp", "f"];

/// A little reader over fuzz bytes: each call takes what it needs, zeros once exhausted.
struct Input<'a>(&'a [u8]);

impl Input<'_> {
    fn byte(&mut self) -> u8 {
        match self.0.split_first() {
            Some((&b, rest)) => {
                self.0 = rest;
                b
            }
            None => 0,
        }
    }

    fn path(&mut self) -> String {
        let n = usize::from(self.byte() % 6);
        let mut p = String::new();
        if !self.byte().is_multiple_of(4) {
            p.push('/');
        }
        for _ in 0..n {
            let b = self.byte();
            if b >= 250 {
                // Now and then, a name past NAME_MAX or a path past PATH_MAX.
                p.push_str(&"n".repeat(if b == 255 { 5000 } else { 300 }));
            } else {
                p.push_str(PIECES[usize::from(b) % PIECES.len()]);
            }
            if !self.byte().is_multiple_of(3) {
                p.push('/');
            }
        }
        p
    }
}

/// A filesystem with a few links set up, including a loop and a dangling one.
fn playground() -> Vfs {
    let mut vfs = Vfs::new(None, "/");
    let _ = vfs.mkdir_all("/tmp/dir/a");
    let _ = vfs.write_file("/tmp/f", b"data".to_vec());
    let _ = vfs.symlink("dir", "/tmp/link");
    let _ = vfs.symlink("loop", "/tmp/loop");
    let _ = vfs.symlink("/nowhere", "/tmp/b");
    vfs
}

/// Path resolution and the path operations on arbitrary paths.
pub fn path_resolution(data: &[u8]) {
    let mut vfs = playground();
    let mut input = Input(data);
    for _ in 0..8 {
        let (p, q) = (input.path(), input.path());
        let _ = vfs.walk(&p, input.byte() % 2 == 0);
        let _ = vfs.resolve(&p, input.byte() % 2 == 0);
        let _ = super::normalize(&p);
        let _ = match input.byte() % 12 {
            0 => vfs.mkdir(&p, 0o777).map(drop),
            1 => vfs.rmdir(&p).map(drop),
            2 => vfs.unlink(&p).map(drop),
            3 => vfs.rename(&p, &q).map(drop),
            4 => vfs.link(&p, &q).map(drop),
            5 => vfs.symlink(&q, &p).map(drop),
            6 => vfs.realpath(&p).map(drop),
            7 => vfs.readdir(&p).map(drop),
            8 => vfs.stat(&p, input.byte() % 2 == 0).map(drop),
            9 => vfs.mkdir_all(&p).map(drop),
            10 => vfs.truncate(&p, u64::from(input.byte())).map(drop),
            _ => vfs.access(&p, u32::from(input.byte() % 8)).map(drop),
        };
    }
}

/// Descriptor operations with arbitrary flags, positions, lengths and descriptor numbers.
pub fn fd_operations(data: &[u8]) {
    let mut vfs = playground();
    let mut input = Input(data);
    let mut fds = vec![-1, 0, 3, 1 << 30];
    for _ in 0..12 {
        let fd = fds[usize::from(input.byte()) % fds.len()];
        let pos = match input.byte() % 4 {
            0 => None,
            1 => Some(u64::from(input.byte())),
            2 => Some(u64::MAX - u64::from(input.byte())),
            _ => Some(1 << 40),
        };
        let len = usize::from(input.byte()) * 3;
        match input.byte() % 9 {
            0 | 1 => {
                let bits = u32::from(input.byte()) | (u32::from(input.byte()) << 8) | (u32::from(input.byte()) << 16);
                if let Ok(fd) = vfs.open(&input.path(), bits, 0o666) {
                    fds.push(fd);
                }
            }
            2 => {
                let _ = vfs.close(fd);
            }
            3 => {
                let mut buf = vec![0; len];
                let _ = vfs.read(fd, &mut buf, pos);
            }
            4 => {
                // Far positions must fail with EFBIG rather than allocate (up to 4 GiB is legal,
                // so the corpus stays below 1 MiB or beyond the cap).
                let pos = pos.filter(|p| *p < 1 << 20 || *p > super::fd::MAX_FILE_SIZE);
                let _ = vfs.write(fd, &vec![7; len], pos);
            }
            5 => {
                let _ = vfs.ftruncate(fd, u64::from(input.byte()) << (input.byte() % 12));
            }
            6 => {
                let _ = vfs.read_to_end(fd);
                let _ = vfs.fstat(fd);
            }
            7 => {
                let _ = vfs.chmod(None, fd, u32::from(input.byte()), true);
                let _ = vfs.utimes(None, fd, -1, i64::MAX, true);
            }
            _ => {
                let _ = vfs.fsync(fd);
                let _ = vfs.copy_file("/tmp/f", &input.path(), u32::from(input.byte() % 8));
            }
        }
    }
    for fd in fds {
        let _ = vfs.close(fd);
    }
}

#[cfg(test)]
mod tests {
    /// xorshift64*: a fixed seed makes every run test the same inputs.
    fn corpus(seed: u64, cases: usize) -> impl Iterator<Item = Vec<u8>> {
        let mut state = seed;
        (0..cases).map(move |_| {
            let mut next = || {
                state ^= state >> 12;
                state ^= state << 25;
                state ^= state >> 27;
                state.wrapping_mul(0x2545_F491_4F6C_DD1D)
            };
            let len = (next() % 96) as usize;
            (0..len).map(|_| next() as u8).collect()
        })
    }

    #[test]
    fn path_resolution_never_panics() {
        for case in corpus(0x5eed_0001, 20_000) {
            super::path_resolution(&case);
        }
    }

    #[test]
    fn fd_operations_never_panic() {
        for case in corpus(0x5eed_0002, 20_000) {
            super::fd_operations(&case);
        }
    }
}
