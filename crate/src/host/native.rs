//! The native host: the system's monotonic clock, the process's stdout/stderr, OS threads for
//! the work pool.

use super::{Clock, Completion, CompletionQueue, Output, Waker, Work, WorkPool};
use std::cell::RefCell;
use std::io::Write;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

pub struct SystemClock {
    origin: Instant,
}

impl SystemClock {
    #[must_use]
    pub fn new() -> Self {
        Self { origin: Instant::now() }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn now_ns(&self) -> u64 {
        u64::try_from(self.origin.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    fn wall_ns(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
    }
}

/// The process's stdout (buffered, flushed before stderr writes, before the loop sleeps and at
/// exit, so the two streams keep their relative order) and stderr (unbuffered).
pub struct StdOutput {
    stdout: RefCell<std::io::BufWriter<std::io::Stdout>>,
}

impl StdOutput {
    #[must_use]
    pub fn new() -> Self {
        Self { stdout: RefCell::new(std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout())) }
    }
}

impl Default for StdOutput {
    fn default() -> Self {
        Self::new()
    }
}

impl Output for StdOutput {
    fn stdout(&self, bytes: &[u8]) {
        // NOTE: a closed pipe (`nodeboa x.js | head`) is not an error worth dying for here.
        let _ = self.stdout.borrow_mut().write_all(bytes);
    }

    fn stderr(&self, bytes: &[u8]) {
        self.flush();
        let _ = std::io::stderr().write_all(bytes);
    }

    fn flush(&self) {
        let _ = self.stdout.borrow_mut().flush();
    }
}

type Job = (u64, Work, Arc<CompletionQueue>);

/// libuv's pool on OS threads: `size` workers share one FIFO queue. Threads start on first use.
pub struct ThreadPool {
    size: usize,
    sender: Mutex<Option<mpsc::Sender<Job>>>,
}

impl ThreadPool {
    /// The most workers libuv allows (`MAX_THREADPOOL_SIZE`).
    pub const MAX_SIZE: usize = 1024;

    #[must_use]
    pub fn new(size: usize) -> Self {
        Self { size: size.clamp(1, Self::MAX_SIZE), sender: Mutex::new(None) }
    }

    /// The pool size `UV_THREADPOOL_SIZE` asks for, read as libuv reads it: 4 when unset, the
    /// leading number as `atoi` takes it (so `abc` and `0` mean 1), at most 1024. libuv keeps
    /// the count unsigned, so a negative number wraps to a huge one and is capped at 1024.
    #[must_use]
    pub fn size_from_env(value: Option<&str>) -> usize {
        let Some(text) = value else { return 4 };
        let text = text.trim_start();
        let (negative, rest) = match text.as_bytes().first() {
            Some(b'-') => (true, &text[1..]),
            Some(b'+') => (false, &text[1..]),
            _ => (false, text),
        };
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let n = digits.parse::<usize>().unwrap_or(if digits.is_empty() { 0 } else { usize::MAX });
        if n == 0 {
            1
        } else if negative {
            Self::MAX_SIZE
        } else {
            n.min(Self::MAX_SIZE)
        }
    }

    fn start(&self) -> mpsc::Sender<Job> {
        let (tx, rx) = mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for n in 0..self.size {
            let rx = Arc::clone(&rx);
            let spawned = thread::Builder::new().name(format!("nodeboa-pool-{n}")).spawn(move || loop {
                let job = rx.lock().unwrap_or_else(std::sync::PoisonError::into_inner).recv();
                let Ok((id, work, done)) = job else { return };
                done.push(Completion { id, result: work() });
            });
            // NOTE: if the OS refuses a thread we run with fewer workers rather than fail.
            drop(spawned);
        }
        tx
    }
}

impl WorkPool for ThreadPool {
    fn submit(&self, id: u64, work: Work, done: Arc<CompletionQueue>) {
        let mut sender = self.sender.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let tx = sender.get_or_insert_with(|| self.start());
        if let Err(mpsc::SendError((id, work, done))) = tx.send((id, work, done)) {
            // Every worker is gone: run the work here rather than lose it.
            done.push(Completion { id, result: work() });
        }
    }

    fn size(&self) -> usize {
        self.size
    }
}

/// Sleeps on the completion queue: pool completions wake the loop early.
pub struct ThreadWaker {
    completions: Arc<CompletionQueue>,
}

impl ThreadWaker {
    #[must_use]
    pub fn new(completions: Arc<CompletionQueue>) -> Self {
        Self { completions }
    }
}

impl Waker for ThreadWaker {
    fn wait(&self, timeout: Option<Duration>) {
        self.completions.wait(timeout);
    }
}

/// The host's disk as the VFS's read-only lower layer, at the same absolute paths.
pub struct HostDirectory;

impl crate::vfs::LowerLayer for HostDirectory {
    fn kind(&self, path: &str) -> Result<crate::vfs::Kind, crate::errno::Errno> {
        let meta = std::fs::metadata(path).map_err(|e| crate::errno::from_io(&e))?;
        Ok(if meta.is_dir() { crate::vfs::Kind::Directory } else { crate::vfs::Kind::File })
    }

    fn read(&self, path: &str) -> Result<Vec<u8>, crate::errno::Errno> {
        if self.kind(path)? == crate::vfs::Kind::Directory {
            return Err(crate::errno::EISDIR);
        }
        std::fs::read(path).map_err(|e| crate::errno::from_io(&e))
    }

    fn list(&self, path: &str) -> Result<Vec<String>, crate::errno::Errno> {
        let dir = std::fs::read_dir(path).map_err(|e| crate::errno::from_io(&e))?;
        Ok(dir.filter_map(|e| e.ok().and_then(|e| e.file_name().into_string().ok())).collect())
    }

    fn size(&self, path: &str) -> Result<u64, crate::errno::Errno> {
        std::fs::metadata(path).map(|m| m.len()).map_err(|e| crate::errno::from_io(&e))
    }

    /// Files from 1 MiB are read in place (one copy: the guest's); smaller ones are copied up on
    /// first read, so that reading them again (modules, configuration) makes no syscall.
    fn read_through(&self, size: u64) -> bool {
        size >= 1 << 20
    }

    fn read_at(&self, path: &str, offset: u64, buf: &mut [u8]) -> Result<usize, crate::errno::Errno> {
        use std::io::{Read, Seek, SeekFrom};
        let io = |e: std::io::Error| crate::errno::from_io(&e);
        let mut file = std::fs::File::open(path).map_err(io)?;
        file.seek(SeekFrom::Start(offset)).map_err(io)?;
        let mut n = 0;
        while n < buf.len() {
            match file.read(&mut buf[n..]).map_err(io)? {
                0 => break,
                read => n += read,
            }
        }
        Ok(n)
    }

    fn link_target(&self, path: &str) -> Option<String> {
        let meta = std::fs::symlink_metadata(path).ok()?;
        if !meta.file_type().is_symlink() {
            return None;
        }
        std::fs::read_link(path).ok().map(|t| t.to_string_lossy().into_owned())
    }
}

/// Resident pages from `/proc/self/statm` (Linux); 0 where unavailable.
pub(super) fn resident_set_size() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|p| p.parse::<u64>().ok()))
        .map_or(0, |pages| pages * 4096)
}

/// The process's real standard input.
pub struct ProcessStdin;

impl super::StdinSource for ProcessStdin {
    fn read_chunk(&self) -> Vec<u8> {
        use std::io::Read;
        let mut buf = vec![0; 64 * 1024];
        match std::io::stdin().lock().read(&mut buf) {
            Ok(n) => {
                buf.truncate(n);
                buf
            }
            Err(_) => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ThreadPool;

    #[test]
    fn pool_size_is_read_like_libuv() {
        assert_eq!(ThreadPool::size_from_env(None), 4);
        assert_eq!(ThreadPool::size_from_env(Some("1")), 1);
        assert_eq!(ThreadPool::size_from_env(Some("16")), 16);
        assert_eq!(ThreadPool::size_from_env(Some("0")), 1);
        assert_eq!(ThreadPool::size_from_env(Some("abc")), 1);
        assert_eq!(ThreadPool::size_from_env(Some("")), 1);
        assert_eq!(ThreadPool::size_from_env(Some("8threads")), 8);
        assert_eq!(ThreadPool::size_from_env(Some("-3")), 1024);
        assert_eq!(ThreadPool::size_from_env(Some(" +2")), 2);
        assert_eq!(ThreadPool::size_from_env(Some("99999999999999999999999")), 1024);
        assert_eq!(ThreadPool::new(5000).size, 1024);
    }
}
