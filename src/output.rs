//! 写文件：先写同一文件夹中的临时文件，写完再改名，已有文件不会被写坏一半。

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// 原子地写入 `path`（覆盖已有文件）。
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::output(format!("无法创建输出文件夹 {}：{e}", dir.display())))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".gen-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::output(format!("无法在 {} 中创建临时文件：{e}", dir.display())))?;
    #[cfg(unix)]
    {
        // 临时文件默认只有本人可读；成品文书应与普通文件一样可读。
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    tmp.write_all(bytes).and_then(|_| tmp.as_file().sync_all()).map_err(|e| Error::output(format!("写入 {} 失败：{e}", path.display())))?;
    tmp.persist(path).map_err(|e| Error::output(format!("无法保存 {}：{}", path.display(), e.error)))?;
    Ok(())
}

/// 已有同名文件而没有要求覆盖时拒绝（归档包等不应被悄悄替换的文件）。
pub fn refuse_existing(path: &Path, force: bool) -> Result<()> {
    if path.exists() && !force {
        return Err(Error::input(format!("{} 已存在。为免覆盖已有的文件，未生成；确需覆盖请加 --force", path.display())));
    }
    Ok(())
}

/// 文件名中不能用的字符（Windows）换成全角或下划线。
pub fn safe_file_name(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' => '／',
            ':' => '：',
            '*' => '＊',
            '?' => '？',
            '"' => '＂',
            '<' => '＜',
            '>' => '＞',
            '|' => '｜',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let s = s.trim().trim_end_matches('.').to_string();
    if s.is_empty() {
        "_".into()
    } else {
        s
    }
}
