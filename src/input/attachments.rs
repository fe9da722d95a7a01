//! 案卷登记的附件（archive.attachments）：路径限于案卷文件所在文件夹，读出内容并数页数。
//! 送审材料清单（题名和页数）和归档包都经由 [`read`] 读附件：读不出、页数对不上时报错，不悄悄略过。

use std::path::{Component, Path, PathBuf};

use super::case::Attachment;
use super::CaseFile;
use crate::error::{Error, Result};

/// 读出的附件。
#[derive(Debug, Clone)]
pub struct AttachmentFile {
    /// 实际路径
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    /// 页数：PDF 按页树计数；其他格式取案卷中填写的 pages
    pub pages: usize,
    /// 扩展名（小写，不含点；没有时为空）
    pub ext: String,
}

/// 读第 `index` 个附件并数页数。
pub fn read(cf: &CaseFile, index: usize) -> Result<AttachmentFile> {
    let origin = cf.path.display().to_string();
    let a = cf
        .case
        .archive
        .as_ref()
        .and_then(|x| x.attachments.get(index))
        .ok_or_else(|| Error::internal(format!("案卷中没有第 {} 个附件", index + 1)))?;
    let path = confine(&cf.dir(), a, &origin)?;
    let bytes = std::fs::read(&path).map_err(|e| Error::input(format!("{origin}: 无法读取附件“{}”（{}）：{e}", a.title, a.path)))?;
    let ext =
        Path::new(&a.path.replace('\\', "/")).extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).unwrap_or_default();
    let pages = if bytes.starts_with(b"%PDF") {
        let n =
            pdf_page_count(&bytes).map_err(|e| Error::input(format!("{origin}: 附件“{}”（{}）不是可读的 PDF：{e}", a.title, a.path)))?;
        if let Some(stated) = a.pages {
            if stated as usize != n {
                return Err(Error::input(format!(
                    "{origin}: 附件“{}”（{}）填写的页数 {stated} 与文件实际页数 {n} 不一致；PDF 附件的页数自动计数，可不填",
                    a.title, a.path
                )));
            }
        }
        n
    } else {
        match a.pages {
            Some(n) if n > 0 => n as usize,
            _ => {
                return Err(Error::input(format!(
                    "{origin}: 附件“{}”（{}）不是 PDF，无法自动计数页数：请在该附件下填写 pages（页数）",
                    a.title, a.path
                )))
            }
        }
    };
    Ok(AttachmentFile { path, bytes, pages, ext })
}

/// PDF 的页数（按页树计数；页树可嵌套，对象可在压缩的对象流中）。
pub fn pdf_page_count(bytes: &[u8]) -> std::result::Result<usize, String> {
    let doc = lopdf::Document::load_mem(bytes).map_err(|e| e.to_string())?;
    let n = doc.get_pages().len();
    if n == 0 {
        return Err("没有页面".into());
    }
    Ok(n)
}

/// 附件的实际路径：只允许案卷文件所在文件夹（及其子文件夹）中的文件。
/// 含“..”的路径一律拒绝；绝对路径和符号链接按解析后的真实位置判断。
pub fn confine(dir: &Path, a: &Attachment, origin: &str) -> Result<PathBuf> {
    let raw = a.path.trim().replace('\\', "/");
    let outside = || {
        Error::input(format!(
            "{origin}: 附件“{}”的路径“{}”超出了案卷文件所在的文件夹（{}）。归档只收录案卷文件夹中的文件：\
             请把该文件复制到案卷文件夹中（如 attachments/ 子文件夹），路径写成相对路径，不用“..”，也不用其他文件夹的绝对路径",
            a.title,
            a.path,
            dir.display()
        ))
    };
    if raw.is_empty() {
        return Err(Error::input(format!("{origin}: 附件“{}”没有填写路径（path）", a.title)));
    }
    let rel = Path::new(&raw);
    if rel.components().any(|c| matches!(c, Component::ParentDir)) {
        return Err(outside());
    }
    // Windows 的盘符路径（C:/…）在其他系统上不算绝对路径，同样视为外部路径。
    let drive = raw.len() >= 2 && raw.as_bytes()[1] == b':' && raw.as_bytes()[0].is_ascii_alphabetic();
    let base = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let full = if rel.is_absolute() || drive { rel.to_path_buf() } else { dir.join(rel) };
    if (rel.is_absolute() || drive) && !full.starts_with(&base) && !full.starts_with(dir) {
        return Err(outside());
    }
    let real = full.canonicalize().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::input(format!(
                "{origin}: 附件“{}”的文件“{}”不存在（在 {} 中查找）。请核对 archive.attachments 中的 path",
                a.title,
                a.path,
                dir.display()
            ))
        } else {
            Error::input(format!("{origin}: 无法读取附件“{}”（{}）：{e}", a.title, a.path))
        }
    })?;
    if !real.starts_with(&base) {
        return Err(outside());
    }
    if !real.is_file() {
        return Err(Error::input(format!("{origin}: 附件“{}”的路径“{}”不是文件", a.title, a.path)));
    }
    Ok(real)
}
