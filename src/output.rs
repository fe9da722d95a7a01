//! 写文件：先写同一文件夹中的临时文件，写完再改名，已有文件不会被写坏一半。

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// 原子地写入 `path`（覆盖已有文件）。
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::output(format!("无法创建输出文件夹 {}：{}", dir.display(), crate::error::io_text(&e))))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".gen-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::output(format!("无法在 {} 中创建临时文件：{}", dir.display(), crate::error::io_text(&e))))?;
    #[cfg(unix)]
    {
        // 临时文件默认只有本人可读；成品文书应与普通文件一样可读。
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    tmp.write_all(bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| Error::output(format!("写入 {} 失败：{}", path.display(), crate::error::io_text(&e))))?;
    tmp.persist(path).map_err(|e| Error::output(format!("无法保存 {}：{}", path.display(), crate::error::io_text(&e.error))))?;
    Ok(())
}

/// 原子地写入 `path`：`write` 把内容写进同一文件夹中的临时文件，写完再改名。`force` 为假时不覆盖已有的文件
/// （改名时才最后一次确认，其间出现的同名文件也不会被覆盖）。返回写入的字节数。
pub fn write_with(path: &Path, force: bool, write: impl FnOnce(&mut std::fs::File) -> Result<()>) -> Result<u64> {
    refuse_existing(path, force)?;
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::output(format!("无法创建输出文件夹 {}：{}", dir.display(), crate::error::io_text(&e))))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".gen-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::output(format!("无法在 {} 中创建临时文件：{}", dir.display(), crate::error::io_text(&e))))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    write(tmp.as_file_mut())?;
    tmp.as_file().sync_all().map_err(|e| Error::output(format!("写入 {} 失败：{}", path.display(), crate::error::io_text(&e))))?;
    let size = tmp.as_file().metadata().map(|m| m.len()).unwrap_or(0);
    let kept = if force { tmp.persist(path).map(|_| ()) } else { tmp.persist_noclobber(path).map(|_| ()) };
    kept.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::input(format!("{} 已存在。为免覆盖已有的文件，未生成；确需覆盖请加 --force", path.display()))
        } else {
            Error::output(format!("无法保存 {}：{}", path.display(), crate::error::io_text(&e.error)))
        }
    })?;
    Ok(size)
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

/// 文件名主干（不含扩展名）最多保留的字数（Windows 路径有长度限制；Linux 文件名不超过 255 字节）。
pub const MAX_STEM_CHARS: usize = 80;

/// 一批输出文件的文件名：不能用于文件名的字符换成全角（[`safe_file_name`]），过长的截短，
/// 同一批中重名的（不分大小写，Windows 如此）加序号“（2）”“（3）”。返回每个文件的文件名，
/// 以及文件名与文书名称不同时给科员的说明——改动一律说出来，不悄悄进行。
pub fn file_names(names: &[String]) -> Vec<(String, Option<String>)> {
    let mut used: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for name in names {
        let (stem, ext) = match name.rsplit_once('.') {
            Some((s, e)) if !s.is_empty() && e.len() <= 5 && e.chars().all(|c| c.is_ascii_alphanumeric()) => (s, format!(".{e}")),
            _ => (name.as_str(), String::new()),
        };
        let safe = safe_file_name(stem);
        let mut why = Vec::new();
        if safe != stem {
            why.push("含有不能用于文件名的字符（如 / \\ : * ? \" < > |），已换成全角字符");
        }
        let short: String = safe.chars().take(MAX_STEM_CHARS).collect();
        if short.chars().count() < safe.chars().count() {
            why.push("太长，已截短");
        }
        let mut candidate = format!("{short}{ext}");
        let mut k = 1;
        while used.iter().any(|u| u.to_lowercase() == candidate.to_lowercase()) {
            k += 1;
            candidate = format!("{short}（{k}）{ext}");
        }
        if k > 1 {
            why.push("与同一批中的另一个文件重名，已加序号");
        }
        used.push(candidate.clone());
        let note = (!why.is_empty()).then(|| format!("“{name}”{}：文件名为“{candidate}”", why.join("；")));
        out.push((candidate, note));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_short_and_changes_are_reported() {
        let long = format!("{}.pdf", "长".repeat(200));
        let names = ["听证会参加通知-a/b.pdf", "听证会参加通知-a／b.pdf", "A.pdf", "a.pdf", &long, "公告.pdf"].map(String::from);
        let got = file_names(&names);
        assert_eq!(got[0].0, "听证会参加通知-a／b.pdf");
        assert!(got[0].1.as_deref().unwrap().contains("全角"));
        assert_eq!(got[1].0, "听证会参加通知-a／b（2）.pdf");
        assert!(got[1].1.as_deref().unwrap().contains("重名"));
        assert_eq!((got[2].0.as_str(), got[3].0.as_str()), ("A.pdf", "a（2）.pdf"));
        assert_eq!(got[4].0.chars().count(), MAX_STEM_CHARS + 4);
        assert!(got[4].1.as_deref().unwrap().contains("截短"));
        assert_eq!(got[5], ("公告.pdf".to_string(), None));
    }
}
