//! libFuzzer entry: path resolution in the VFS (`.`/`..`, symlinks, ELOOP, ENAMETOOLONG) must
//! answer `Ok` or an errno for any input, never panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nodeboa::vfs::fuzz_targets::path_resolution(data));
