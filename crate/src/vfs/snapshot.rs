//! Snapshots of the VFS as tar archives (ustar headers, GNU long names and pax records as the
//! `tar` crate writes and reads them): the page's "download the files" and "open these files".
//!
//! What is exported: the in-memory layer, every directory, regular file and symlink reachable
//! from `/`, with its permission bits, owner ids and mtime (whole seconds: ustar has no more).
//! Files still sitting unread in the lower layer are left out (they were never part of this
//! session's changes, and natively the lower layer is the host's whole disk); a directory the
//! lower layer merely showed is exported empty. Hard links: the second and later names of one
//! inode are written as tar hard-link entries naming the first, and imported as hard links.
//!
//! Import accepts a plain or a gzipped archive (gzip is recognised by its magic bytes). Entries
//! land at `/` + their path; `..` cannot climb above `/`. Types other than directory, file,
//! symlink and hard link (devices, FIFOs) are skipped.

use super::inode::{Body, FileType};
use super::{normalize, Ino, Vfs, ROOT};
use crate::errno::{self, Errno};
use std::collections::HashMap;

/// The first two bytes of a gzip stream.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

impl Vfs {
    /// The filesystem's in-memory layer as a tar archive (see the module notes).
    pub fn export_tar(&mut self) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        let mut first_name: HashMap<Ino, String> = HashMap::new();
        let mut stack = vec![(ROOT, String::new())];
        while let Some((dir, prefix)) = stack.pop() {
            let Body::Dir { entries, .. } = &self.inode(dir).body else { continue };
            let children: Vec<(String, Ino)> = entries.iter().map(|(n, &i)| (n.clone(), i)).collect();
            // Pushed in reverse so the archive lists names in order, depth first.
            let mut subdirs = Vec::new();
            for (name, ino) in children {
                // The system's own nodes (`/dev`, `/proc`, made at creation) are not the user's files.
                if self.system_dirs.contains(&ino) {
                    continue;
                }
                let path = format!("{prefix}{name}");
                let inode = self.inode(ino);
                let mut header = tar::Header::new_ustar();
                header.set_mode(inode.perm & 0o7777);
                header.set_uid(u64::from(inode.uid));
                header.set_gid(u64::from(inode.gid));
                header.set_mtime(u64::try_from(inode.mtime.div_euclid(1_000_000_000)).unwrap_or(0));
                header.set_size(0);
                let appended = match &inode.body {
                    Body::Dir { .. } => {
                        header.set_entry_type(tar::EntryType::Directory);
                        subdirs.push((ino, format!("{path}/")));
                        builder.append_data(&mut header, format!("{path}/"), std::io::empty())
                    }
                    Body::Symlink(target) => {
                        header.set_entry_type(tar::EntryType::Symlink);
                        let target = target.clone();
                        builder.append_link(&mut header, &path, target)
                    }
                    Body::File { lower: Some(_), .. } | Body::Device(_) => continue,
                    Body::File { data, zeros, .. } => {
                        if let Some(first) = first_name.get(&ino) {
                            header.set_entry_type(tar::EntryType::Link);
                            builder.append_link(&mut header, &path, first.clone())
                        } else {
                            first_name.insert(ino, path.clone());
                            header.set_entry_type(tar::EntryType::Regular);
                            header.set_size(data.len() as u64 + zeros);
                            let bytes =
                                std::io::Read::chain(data.as_slice(), std::io::Read::take(std::io::repeat(0), *zeros));
                            builder.append_data(&mut header, &path, bytes)
                        }
                    }
                };
                // Writing into a Vec cannot fail; a name tar cannot hold is left out.
                let _ = appended;
            }
            stack.extend(subdirs.into_iter().rev());
        }
        builder.into_inner().unwrap_or_default()
    }

    /// Add the contents of tar archive `bytes` (gzipped or not) to the filesystem, replacing
    /// files of the same names.
    ///
    /// # Errors
    /// `EINVAL` for bytes that are not a (gzipped) tar archive; the VFS's error when an entry
    /// cannot be placed (`ENOTDIR` when a file stands where a directory is needed, ...).
    pub fn import_tar(&mut self, bytes: &[u8]) -> Result<(), Errno> {
        let unzipped;
        let bytes = if bytes.starts_with(&GZIP_MAGIC) {
            unzipped = crate::zlib::gunzip(bytes).map_err(|_| errno::EINVAL)?;
            unzipped.as_slice()
        } else {
            bytes
        };
        let mut archive = tar::Archive::new(bytes);
        let entries = archive.entries().map_err(|_| errno::EINVAL)?;
        // Directory times are set last: adding their children would move them.
        let mut dir_times = Vec::new();
        for entry in entries {
            let mut entry = entry.map_err(|_| errno::EINVAL)?;
            let path = normalize(&String::from_utf8_lossy(&entry.path_bytes()));
            if path == "/" {
                continue;
            }
            let header = entry.header();
            let mode = header.mode().unwrap_or(0o644) & 0o7777;
            let mtime = i64::try_from(header.mtime().unwrap_or(0)).unwrap_or(0).saturating_mul(1_000_000_000);
            let ids = (header.uid().ok(), header.gid().ok());
            let kind = header.entry_type();
            let link = entry.link_name_bytes().map(|l| String::from_utf8_lossy(&l).into_owned());
            if let Some(parent) = path.rsplit_once('/').map(|(p, _)| p).filter(|p| !p.is_empty()) {
                self.mkdir_all(parent)?;
            }
            match kind {
                tar::EntryType::Directory => {
                    match self.mkdir(&path, mode) {
                        Err(e) if e == errno::EEXIST && self.kind(&path)? == super::Kind::Directory => {}
                        other => other?,
                    }
                    self.chmod(Some(&path), -1, mode, false)?;
                    dir_times.push((path, mtime));
                    continue;
                }
                tar::EntryType::Regular | tar::EntryType::Continuous | tar::EntryType::GNUSparse => {
                    let mut data = Vec::with_capacity(usize::try_from(entry.size()).unwrap_or(0));
                    std::io::Read::read_to_end(&mut entry, &mut data).map_err(|_| errno::EINVAL)?;
                    self.remove_non_dir(&path)?;
                    self.write_file(&path, data)?;
                    self.chmod(Some(&path), -1, mode, false)?;
                }
                tar::EntryType::Symlink => {
                    let target = link.ok_or(errno::EINVAL)?;
                    self.remove_non_dir(&path)?;
                    self.symlink(&target, &path)?;
                }
                tar::EntryType::Link => {
                    let target = normalize(&link.ok_or(errno::EINVAL)?);
                    self.remove_non_dir(&path)?;
                    self.link(&target, &path)?;
                    continue;
                }
                _ => continue,
            }
            if let (Some(uid), Some(gid)) = ids {
                let (uid, gid) = (u32::try_from(uid).unwrap_or(0), u32::try_from(gid).unwrap_or(0));
                self.chown(Some(&path), -1, uid, gid, false)?;
            }
            self.utimes(Some(&path), -1, mtime, mtime, false)?;
        }
        for (path, mtime) in dir_times.into_iter().rev() {
            self.utimes(Some(&path), -1, mtime, mtime, false)?;
        }
        Ok(())
    }

    /// Make room for a new entry at `path`: unlink what is there unless it is a directory.
    fn remove_non_dir(&mut self, path: &str) -> Result<(), Errno> {
        match self.stat(path, false) {
            Ok(s) if s.file_type() != FileType::Directory => self.unlink(path),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::flags;
    use super::*;

    fn sample() -> Vfs {
        let mut vfs = Vfs::new(None, "/");
        vfs.mkdir_all("/app/src/deep").unwrap();
        vfs.write_file("/app/src/main.js", b"console.log(1)\n".to_vec()).unwrap();
        vfs.write_file("/app/empty", Vec::new()).unwrap();
        vfs.write_file("/app/src/deep/bin.dat", (0..=255u8).cycle().take(70_000).collect()).unwrap();
        vfs.chmod(Some("/app/src/main.js"), -1, 0o755, true).unwrap();
        vfs.symlink("src/main.js", "/app/link").unwrap();
        vfs.link("/app/src/main.js", "/app/hard").unwrap();
        vfs.write_file(&format!("/app/{}", "n".repeat(150)), b"long name".to_vec()).unwrap();
        vfs.utimes(Some("/app/empty"), -1, 1_000_000_000_000_000_000, 1_600_000_000_000_000_000, true).unwrap();
        vfs
    }

    #[test]
    fn round_trip_keeps_types_modes_times_and_links() {
        let mut a = sample();
        let tar = a.export_tar();
        let mut b = Vfs::new(None, "/");
        b.import_tar(&tar).unwrap();
        for path in ["/app/src/main.js", "/app/empty", "/app/src/deep/bin.dat", &format!("/app/{}", "n".repeat(150))] {
            assert_eq!(a.read_file(path).unwrap(), b.read_file(path).unwrap(), "{path}");
            let (sa, sb) = (a.stat(path, false).unwrap(), b.stat(path, false).unwrap());
            assert_eq!(sa.mode, sb.mode, "{path}");
            assert_eq!(sa.mtime / 1_000_000_000, sb.mtime / 1_000_000_000, "{path}");
        }
        assert_eq!(b.stat("/app/empty", true).unwrap().mtime, 1_600_000_000_000_000_000);
        assert_eq!(b.readlink("/app/link").unwrap(), "src/main.js");
        assert_eq!(b.stat("/app/hard", true).unwrap().ino, b.stat("/app/src/main.js", true).unwrap().ino);
        assert_eq!(b.stat("/app/hard", true).unwrap().nlink, 2);
        assert_eq!(b.stat("/app/src", true).unwrap().mode & 0o777, 0o755);
        // Exporting the import gives the same archive.
        assert_eq!(b.export_tar(), tar);
    }

    #[test]
    fn gzipped_archives_are_recognised() {
        let tar = sample().export_tar();
        let gz = crate::zlib::gzip(&tar, 6);
        let mut b = Vfs::new(None, "/");
        b.import_tar(&gz).unwrap();
        assert_eq!(b.read_file("/app/src/main.js").unwrap(), b"console.log(1)\n");
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        let mut vfs = Vfs::new(None, "/");
        assert_eq!(vfs.import_tar(&[0x1f, 0x8b, 1, 2, 3]), Err(errno::EINVAL));
        let mut garbage = vec![b'x'; 512];
        garbage.extend([0; 1024]);
        assert!(vfs.import_tar(&garbage).is_err());
        // A truncated archive fails cleanly too.
        let tar = sample().export_tar();
        let _ = vfs.import_tar(&tar[..700]);
        // `..` cannot escape `/`.
        let mut builder = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_size(2);
        h.set_mode(0o644);
        h.set_entry_type(tar::EntryType::Regular);
        h.as_gnu_mut().unwrap().name[..12].copy_from_slice(b"../../escape");
        h.set_cksum();
        builder.append(&h, &b"hi"[..]).unwrap();
        vfs.import_tar(&builder.into_inner().unwrap()).unwrap();
        assert_eq!(vfs.read_file("/escape").unwrap(), b"hi");
    }

    #[test]
    fn import_replaces_files_and_keeps_others() {
        let mut vfs = Vfs::new(None, "/");
        vfs.write_file("/tmp/keep", b"k".to_vec()).unwrap();
        vfs.mkdir("/app", 0o755).unwrap();
        vfs.write_file("/app/link", b"a file where the archive has a symlink".to_vec()).unwrap();
        vfs.import_tar(&sample().export_tar()).unwrap();
        assert_eq!(vfs.read_file("/tmp/keep").unwrap(), b"k");
        assert_eq!(vfs.readlink("/app/link").unwrap(), "src/main.js");
        let fd = vfs.open("/app/link", flags::O_RDONLY, 0).unwrap();
        vfs.close(fd).unwrap();
    }

    /// Against GNU tar: an archive `tar` made imports to the same tree, and `tar -tvf` lists
    /// ours with the right types, modes and link targets.
    #[cfg(target_os = "linux")]
    #[test]
    fn agrees_with_gnu_tar() {
        use std::process::Command;
        if Command::new("tar").arg("--version").output().is_err() {
            eprintln!("GNU tar not installed: skipped");
            return;
        }
        let dir = std::env::temp_dir().join(format!("nodeboa-snapshot-{}", std::process::id()));
        let src = dir.join("src");
        std::fs::create_dir_all(src.join("d/e")).unwrap();
        std::fs::write(src.join("d/e/f.txt"), b"from gnu tar").unwrap();
        std::fs::write(src.join("g"), b"gee").unwrap();
        std::os::unix::fs::symlink("d/e/f.txt", src.join("s")).unwrap();
        std::fs::hard_link(src.join("g"), src.join("h")).unwrap();
        let made = dir.join("made.tar.gz");
        let ok = Command::new("tar")
            .args(["--format=gnu", "-czf"])
            .arg(&made)
            .arg("-C")
            .arg(&src)
            .arg(".")
            .status()
            .unwrap()
            .success();
        assert!(ok);
        let mut vfs = Vfs::new(None, "/");
        vfs.import_tar(&std::fs::read(&made).unwrap()).unwrap();
        assert_eq!(vfs.read_file("/d/e/f.txt").unwrap(), b"from gnu tar");
        assert_eq!(vfs.readlink("/s").unwrap(), "d/e/f.txt");
        assert_eq!(vfs.stat("/h", true).unwrap().ino, vfs.stat("/g", true).unwrap().ino);

        let ours = dir.join("ours.tar");
        std::fs::write(&ours, sample().export_tar()).unwrap();
        let out = Command::new("tar").arg("-tvf").arg(&ours).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let listing = String::from_utf8_lossy(&out.stdout);
        let line = |name: &str| {
            listing.lines().find(|l| l.ends_with(name) || l.contains(&format!("{name} "))).unwrap_or("").to_string()
        };
        // The first of two hard links met is stored as the file, the other as a link to it.
        let (file, link) = if line("app/hard").starts_with("-") {
            ("app/hard", "app/src/main.js")
        } else {
            ("app/src/main.js", "app/hard")
        };
        assert!(line(file).starts_with("-rwxr-xr-x"), "{listing}");
        assert!(line("app/link -> src/main.js").starts_with("lrwxrwxrwx"), "{listing}");
        assert!(line(&format!("{link} link to {file}")).starts_with("hrwxr-xr-x"), "{listing}");
        assert!(line("app/src/deep/").starts_with("drwxr-xr-x"), "{listing}");
        assert!(listing.contains(&"n".repeat(150)), "{listing}");
        let x = dir.join("x");
        std::fs::create_dir_all(&x).unwrap();
        let ok = Command::new("tar").arg("-xf").arg(&ours).arg("-C").arg(&x).status().unwrap().success();
        assert!(ok);
        assert_eq!(std::fs::read(x.join("app/src/deep/bin.dat")).unwrap().len(), 70_000);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
