//! libuv's error names, Linux errno values and messages: the one table every system error is
//! built from (`ENOENT: no such file or directory, open '/a'`, `errno: -2`).
//!
//! Rust code names errors by [`Errno`]; JavaScript reads the same table through
//! `internalBinding('uv')` and builds the error objects in `lib/internal/errors.js`.

/// A libuv error: its name (`"ENOENT"`), its negative Linux errno, and libuv's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Errno {
    pub code: &'static str,
    pub errno: i32,
    pub message: &'static str,
}

macro_rules! errno_table {
    ($($name:ident = $num:literal, $msg:literal;)*) => {
        $(pub const $name: Errno = Errno { code: stringify!($name), errno: -$num, message: $msg };)*
        /// Every known error, in errno order.
        pub const ALL: &[Errno] = &[$($name),*];
    };
}

errno_table! {
    EPERM = 1, "operation not permitted";
    ENOENT = 2, "no such file or directory";
    ESRCH = 3, "no such process";
    EINTR = 4, "interrupted system call";
    EIO = 5, "i/o error";
    ENXIO = 6, "no such device or address";
    E2BIG = 7, "argument list too long";
    EBADF = 9, "bad file descriptor";
    EAGAIN = 11, "resource temporarily unavailable";
    ENOMEM = 12, "not enough memory";
    EACCES = 13, "permission denied";
    EFAULT = 14, "bad address in system call argument";
    EBUSY = 16, "resource busy or locked";
    EEXIST = 17, "file already exists";
    EXDEV = 18, "cross-device link not permitted";
    ENODEV = 19, "no such device";
    ENOTDIR = 20, "not a directory";
    EISDIR = 21, "illegal operation on a directory";
    EINVAL = 22, "invalid argument";
    ENFILE = 23, "file table overflow";
    EMFILE = 24, "too many open files";
    ENOTTY = 25, "inappropriate ioctl for device";
    ETXTBSY = 26, "text file is busy";
    EFBIG = 27, "file too large";
    ENOSPC = 28, "no space left on device";
    ESPIPE = 29, "invalid seek";
    EROFS = 30, "read-only file system";
    EMLINK = 31, "too many links";
    EPIPE = 32, "broken pipe";
    ERANGE = 34, "result too large";
    ENAMETOOLONG = 36, "name too long";
    ENOSYS = 38, "function not implemented";
    ENOTEMPTY = 39, "directory not empty";
    ELOOP = 40, "too many symbolic links encountered";
    ENOTSUP = 95, "operation not supported on socket";
    EADDRINUSE = 98, "address already in use";
    ECONNRESET = 104, "connection reset by peer";
    ETIMEDOUT = 110, "connection timed out";
    ECONNREFUSED = 111, "connection refused";
    ECANCELED = 125, "operation canceled";
}

/// Look an error up by its name.
#[must_use]
pub fn by_code(code: &str) -> Option<Errno> {
    ALL.iter().copied().find(|e| e.code == code)
}

/// Look an error up by its (negative) errno.
#[must_use]
pub fn by_errno(errno: i32) -> Option<Errno> {
    ALL.iter().copied().find(|e| e.errno == errno)
}

/// The error for an I/O failure of the host (the native lower filesystem layer).
#[must_use]
pub fn from_io(err: &std::io::Error) -> Errno {
    err.raw_os_error().and_then(|n| by_errno(-n)).unwrap_or(match err.kind() {
        std::io::ErrorKind::NotFound => ENOENT,
        std::io::ErrorKind::PermissionDenied => EACCES,
        std::io::ErrorKind::AlreadyExists => EEXIST,
        _ => EIO,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent_with_linux() {
        assert_eq!(ENOENT.errno, -2);
        assert_eq!(by_code("ENOTEMPTY").map(|e| e.errno), Some(-39));
        assert_eq!(by_errno(-21).map(|e| e.message), Some("illegal operation on a directory"));
        let mut seen = std::collections::HashSet::new();
        assert!(ALL.iter().all(|e| seen.insert(e.errno)), "errno values are unique");
    }
}
