//! Unit tests of the VFS: lower-layer merging, resolution, links, descriptors.

use super::*;

/// A lower layer holding `/host/<name>`, counting the reads that reach it.
struct OneFile {
    name: &'static str,
    bytes: &'static [u8],
    read_through: bool,
    reads: std::rc::Rc<std::cell::Cell<u32>>,
}

impl OneFile {
    fn new(name: &'static str, bytes: &'static [u8], read_through: bool) -> Self {
        Self { name, bytes, read_through, reads: std::rc::Rc::default() }
    }
}

impl LowerLayer for OneFile {
    fn kind(&self, path: &str) -> Result<Kind, Errno> {
        match path.strip_prefix("/host") {
            Some("") => Ok(Kind::Directory),
            Some(rest) if rest.strip_prefix('/') == Some(self.name) => Ok(Kind::File),
            _ => Err(errno::ENOENT),
        }
    }
    fn read(&self, path: &str) -> Result<Vec<u8>, Errno> {
        self.reads.set(self.reads.get() + 1);
        match self.kind(path)? {
            Kind::File => Ok(self.bytes.to_vec()),
            Kind::Directory => Err(errno::EISDIR),
        }
    }
    fn read_through(&self, _size: u64) -> bool {
        self.read_through
    }
}

#[test]
fn writes_shadow_the_lower_layer_and_never_reach_it() {
    let mut vfs = Vfs::new(Some(Box::new(OneFile::new("a.js", b"lower", false))), "/work");
    assert_eq!(vfs.read_file("/host/./x/../a.js"), Err(errno::ENOENT));
    assert_eq!(vfs.read_file("/host/./a.js").unwrap(), b"lower");
    assert_eq!(vfs.stat("/host/a.js", true).unwrap().size, 5);
    vfs.write_file("/host/a.js", b"upper".to_vec()).unwrap();
    assert_eq!(vfs.read_file("/host/a.js").unwrap(), b"upper");
    vfs.unlink("/host/a.js").unwrap();
    assert_eq!(vfs.read_file("/host/a.js"), Err(errno::ENOENT));
    assert_eq!(vfs.kind("/work"), Ok(Kind::Directory));
    assert_eq!(vfs.kind("/tmp"), Ok(Kind::Directory));
}

#[test]
fn errors_follow_posix() {
    let mut vfs = Vfs::new(None, "/");
    assert_eq!(vfs.write_file("/nope/a", vec![]), Err(errno::ENOENT));
    vfs.write_file("/f", vec![]).unwrap();
    assert_eq!(vfs.write_file("/f/a", vec![]), Err(errno::ENOTDIR));
    assert_eq!(vfs.mkdir_all("/f/b"), Err(errno::ENOTDIR));
    assert_eq!(vfs.read_file("/tmp"), Err(errno::EISDIR));
    assert_eq!(vfs.stat(&format!("/{}", "a".repeat(256)), true), Err(errno::ENAMETOOLONG));
}

#[test]
fn mkdir_keeps_the_sticky_bit_and_inherits_set_group_id() {
    let mut vfs = Vfs::new(None, "/");
    vfs.mkdir("/d", 0o7777).unwrap();
    assert_eq!(vfs.stat("/d", true).unwrap().mode & 0o7777, 0o1755);
    vfs.chmod(Some("/d"), -1, 0o2755, true).unwrap();
    vfs.mkdir("/d/e", 0o700).unwrap();
    assert_eq!(vfs.stat("/d/e", true).unwrap().mode & 0o7777, 0o2700);
}

#[test]
fn symlinks_loop_and_resolve() {
    let mut vfs = Vfs::new(None, "/");
    vfs.symlink("b", "/tmp/a").unwrap();
    vfs.symlink("a", "/tmp/b").unwrap();
    assert_eq!(vfs.stat("/tmp/a", true), Err(errno::ELOOP));
    vfs.mkdir("/tmp/d", 0o777).unwrap();
    vfs.write_file("/tmp/d/f", b"x".to_vec()).unwrap();
    vfs.symlink("d", "/tmp/l").unwrap();
    vfs.symlink("/tmp/l/f", "/tmp/abs").unwrap();
    assert_eq!(vfs.realpath("/tmp/abs").unwrap(), "/tmp/d/f");
    assert_eq!(vfs.realpath("/tmp/l/../d").unwrap(), "/tmp/d");
    assert_eq!(vfs.readlink("/tmp/l").unwrap(), "d");
    assert_eq!(vfs.stat("/tmp/l/f/", true), Err(errno::ENOTDIR));
}

#[test]
fn hard_links_share_an_inode() {
    let mut vfs = Vfs::new(None, "/");
    vfs.write_file("/tmp/a", b"1".to_vec()).unwrap();
    vfs.link("/tmp/a", "/tmp/b").unwrap();
    assert_eq!(vfs.stat("/tmp/a", true).unwrap().nlink, 2);
    vfs.unlink("/tmp/a").unwrap();
    assert_eq!(vfs.read_file("/tmp/b").unwrap(), b"1");
    assert_eq!(vfs.stat("/tmp/b", true).unwrap().nlink, 1);
}

#[test]
fn descriptors_append_and_position() {
    let mut vfs = Vfs::new(None, "/");
    let fd = vfs.open("/tmp/f", flags::O_RDWR | flags::O_CREAT, 0o666).unwrap();
    vfs.write(fd, b"hello", None).unwrap();
    vfs.write(fd, b"J", Some(0)).unwrap();
    let mut buf = [0; 5];
    assert_eq!(vfs.read(fd, &mut buf, Some(0)).unwrap(), 5);
    assert_eq!(&buf, b"Jello");
    vfs.close(fd).unwrap();
    let fd = vfs.open("/tmp/f", flags::O_WRONLY | flags::O_APPEND, 0).unwrap();
    vfs.write(fd, b"!", Some(0)).unwrap();
    assert_eq!(vfs.read(fd, &mut buf, None), Err(errno::EBADF));
    vfs.close(fd).unwrap();
    assert_eq!(vfs.read_file("/tmp/f").unwrap(), b"Jello!");
    assert_eq!(vfs.close(fd), Err(errno::EBADF));
    assert_eq!(vfs.stat("/tmp/f", true).unwrap().mode, 0o100_644);
}

#[test]
fn a_read_through_layer_is_read_in_place_until_a_write_copies_the_file_up() {
    let layer = OneFile::new("big", b"0123456789", true);
    let reads = layer.reads.clone();
    let mut vfs = Vfs::new(Some(Box::new(layer)), "/");
    assert_eq!(vfs.read_file("/host/big").unwrap(), b"0123456789");
    assert_eq!(vfs.read_file("/host/big").unwrap(), b"0123456789");
    let fd = vfs.open("/host/big", flags::O_RDWR, 0).unwrap();
    let mut four = [0; 4];
    assert_eq!(vfs.read(fd, &mut four, Some(3)), Ok(4));
    assert_eq!(&four, b"3456");
    assert_eq!(vfs.read(fd, &mut four, None), Ok(4));
    assert_eq!(vfs.read_to_end(fd).unwrap(), b"456789");
    // Nothing was copied up: every read reached the layer (and one more, for the size at lookup).
    assert_eq!(reads.get(), 6);
    let ino = vfs.fd_ino(fd).unwrap();
    assert!(matches!(&vfs.inode(ino).body, Body::File { data, lower: Some(_), .. } if data.is_empty()));
    vfs.write(fd, b"!", Some(0)).unwrap();
    assert_eq!(reads.get(), 7);
    assert_eq!(vfs.read_file("/host/big").unwrap(), b"!123456789");
    assert_eq!(reads.get(), 7);
}

#[test]
fn a_file_grown_by_truncate_is_a_sparse_tail_of_zeros() {
    let mut vfs = Vfs::new(None, "/");
    vfs.write_file("/tmp/s", b"abc".to_vec()).unwrap();
    // 3 GiB costs nothing: only the 3 bytes are held, and only they take blocks.
    vfs.truncate("/tmp/s", 3 << 30).unwrap();
    let st = vfs.stat("/tmp/s", true).unwrap();
    assert_eq!((st.size, st.blocks), (3 << 30, 8));
    let fd = vfs.open("/tmp/s", flags::O_RDWR, 0).unwrap();
    let mut buf = [9; 6];
    assert_eq!(vfs.read(fd, &mut buf, Some(1)), Ok(6));
    assert_eq!(&buf, b"bc\0\0\0\0");
    assert_eq!(vfs.read(fd, &mut buf, Some((3 << 30) - 2)), Ok(2));
    // A whole read over the limit is refused before anything is allocated.
    assert_eq!(vfs.read_to_end_within(fd, (1 << 31) - 1, <[u8]>::len), Err(errno::EFBIG));
    assert_eq!(vfs.read_file_within("/tmp/s", 1 << 31, <[u8]>::len), Err(errno::EFBIG));
    vfs.ftruncate(fd, 10).unwrap();
    // A write inside the tail holds the bytes up to its end; the rest stays a tail.
    vfs.write(fd, b"Z", Some(6)).unwrap();
    assert_eq!(vfs.read_file("/tmp/s").unwrap(), b"abc\0\0\0Z\0\0\0");
    let ino = vfs.fd_ino(fd).unwrap();
    assert!(matches!(&vfs.inode(ino).body, Body::File { data, zeros: 3, .. } if data.len() == 7));
    // Past ext4's largest file (16 TiB less a block): EFBIG; a write far past the held bytes too.
    assert_eq!(vfs.ftruncate(fd, 1 << 44), Err(errno::EFBIG));
    assert_eq!(vfs.write(fd, b"x", Some(1 << 40)), Err(errno::EFBIG));
    vfs.ftruncate(fd, 2).unwrap();
    assert_eq!(vfs.read_file("/tmp/s").unwrap(), b"ab");
    vfs.close(fd).unwrap();
}
