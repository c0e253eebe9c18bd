//! libFuzzer entry: file-descriptor operations on the VFS (open flags, reads, writes,
//! positions, truncation, close) must answer `Ok` or an errno for any input, never panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nodeboa::vfs::fuzz_targets::fd_operations(data));
