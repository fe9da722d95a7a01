//! 读科员给的文件（案卷、配置、工作日历、模板）：只读普通文件，有大小上限。
//! 管道（FIFO）、设备（/dev/zero）、文件夹一律拒绝——读它们会一直等下去或读不完；
//! 读的时候也只读到上限为止（/proc 中的文件报告的大小是 0）。

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// 案卷文件的上限（一个真实的案卷不到 100 KB）。
pub const CASE_LIMIT: u64 = 16 << 20;
/// 配置文件、工作日历文件的上限。
pub const SMALL_LIMIT: u64 = 4 << 20;
/// 一个模板文件的上限。
pub const TEMPLATE_LIMIT: u64 = 4 << 20;

/// 读一个普通文件的全部字节（不超过 `limit`）。`what` 是给科员看的文件名称，如“案卷文件”。
pub fn read_limited(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::input(format!("无法读取{what} {}：{}", path.display(), io_cn(&e))))?;
    if !meta.is_file() {
        let kind = if meta.is_dir() { "文件夹" } else { "管道、设备等特殊文件" };
        return Err(Error::input(format!("{what} {} 是{kind}，不是普通文件，不能读取", path.display())));
    }
    let too_big = || Error::input(format!("{what} {} 太大（超过 {} MB），不像是{what}，未读取", path.display(), limit >> 20));
    if meta.len() > limit {
        return Err(too_big());
    }
    let f = std::fs::File::open(path).map_err(|e| Error::input(format!("无法读取{what} {}：{}", path.display(), io_cn(&e))))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    f.take(limit + 1).read_to_end(&mut bytes).map_err(|e| Error::input(format!("无法读取{what} {}：{}", path.display(), io_cn(&e))))?;
    if bytes.len() as u64 > limit {
        return Err(too_big());
    }
    Ok(bytes)
}

/// 读一个 UTF-8 文本文件（去掉开头的 BOM）。不是 UTF-8 时指出第一个坏字节所在的行和列。
pub fn read_text(path: &Path, limit: u64, what: &str) -> Result<String> {
    let bytes = read_limited(path, limit, what)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let good = std::str::from_utf8(&e.as_bytes()[..e.utf8_error().valid_up_to()]).unwrap_or("");
        let line = good.matches('\n').count() + 1;
        let col = good.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
        Error::input(format!("{}:{line}:{col}: {what}不是 UTF-8 编码。请在记事本或 WPS 中“另存为”，编码选择 UTF-8", path.display()))
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(t) => t.to_string(),
        None => text,
    })
}

/// I/O 错误的中文说明。
pub fn io_cn(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "文件不存在".into(),
        PermissionDenied => "没有权限".into(),
        AlreadyExists => "文件已存在".into(),
        IsADirectory => "这是文件夹".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_files_and_huge_files_are_refused() {
        let e = read_limited(Path::new("/dev/zero"), 10, "案卷文件").unwrap_err();
        assert!(e.message.contains("不是普通文件"), "{e}");
        let e = read_limited(Path::new("/"), 10, "案卷文件").unwrap_err();
        assert!(e.message.contains("文件夹"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.yaml");
        std::fs::write(&p, vec![b'a'; 2048]).unwrap();
        assert!(read_limited(&p, 1024, "案卷文件").unwrap_err().message.contains("太大"));
        assert_eq!(read_limited(&p, 4096, "案卷文件").unwrap().len(), 2048);
    }
}
