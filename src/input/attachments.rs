//! 案卷登记的附件（archive.attachments）：路径限于案卷文件所在文件夹，核对文件内容与扩展名相符、
//! PDF 完整可读，并数页数。送审材料清单（题名和页数）和归档包都经由 [`read`]：读不出、内容不对、
//! 页数对不上时报错，不悄悄略过。附件的内容不读进内存（归档时从文件直接写入 ZIP），大附件也不占内存。

use std::io::{Read, Seek, SeekFrom};
use std::path::{Component, Path, PathBuf};

use super::case::Attachment;
use super::CaseFile;
use crate::error::{io_text, Error, Result};

/// 整个读进内存数页数的 PDF 的上限；更大的 PDF 逐块扫描页对象计数（或用案卷中填写的 pages）。
pub const PDF_IN_MEMORY: u64 = 32 << 20;

/// 附件文件的格式（按文件内容判断，不按扩展名）。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    /// OFD 版式文件（国家标准 GB/T 33190，ZIP 容器）
    Ofd,
    Jpeg,
    Png,
    Tiff,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Ofd => "OFD",
            Format::Jpeg => "JPEG 图像",
            Format::Png => "PNG 图像",
            Format::Tiff => "TIFF 图像",
        }
    }

    /// 与该格式相符的扩展名。
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Pdf => &["pdf"],
            Format::Ofd => &["ofd"],
            Format::Jpeg => &["jpg", "jpeg"],
            Format::Png => &["png"],
            Format::Tiff => &["tif", "tiff"],
        }
    }
}

/// 按开头的字节判断格式。
pub fn sniff(head: &[u8]) -> Option<Format> {
    if head.starts_with(b"%PDF-") {
        Some(Format::Pdf)
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Format::Jpeg)
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Format::Png)
    } else if head.starts_with(b"II*\0") || head.starts_with(b"MM\0*") {
        Some(Format::Tiff)
    } else if head.starts_with(b"PK\x03\x04") {
        Some(Format::Ofd)
    } else {
        None
    }
}

/// 核对过的附件（内容不在内存中）。
#[derive(Debug, Clone)]
pub struct AttachmentFile {
    /// 实际路径
    pub path: PathBuf,
    /// 字节数
    pub size: u64,
    pub format: Format,
    /// 页数：PDF 按页计数；其他格式取案卷中填写的 pages
    pub pages: usize,
    /// 扩展名（小写，不含点；没有时为空）
    pub ext: String,
    /// 给科员的提醒（如附件不是 PDF，长期保存宜转为 PDF/A）
    pub warning: Option<String>,
}

/// 读第 `index` 个附件：核对格式与扩展名、PDF 是否完整，数页数。
pub fn read(cf: &CaseFile, index: usize) -> Result<AttachmentFile> {
    let origin = cf.path.display().to_string();
    let a = cf
        .case
        .archive
        .as_ref()
        .and_then(|x| x.attachments.get(index))
        .ok_or_else(|| Error::internal(format!("案卷中没有第 {} 个附件", index + 1)))?;
    let path = confine(&cf.dir(), a, &origin)?;
    let who = format!("{origin}: 附件“{}”（{}）", a.title, a.path);
    let unreadable = |e: std::io::Error| Error::input(format!("{who}无法读取：{}", io_text(&e)));
    let mut f = std::fs::File::open(&path).map_err(unreadable)?;
    let size = f.metadata().map_err(unreadable)?.len();
    let mut head = [0u8; 16];
    let n = f.read(&mut head).map_err(unreadable)?;
    let ext =
        Path::new(&a.path.replace('\\', "/")).extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).unwrap_or_default();
    let format = sniff(&head[..n]).ok_or_else(|| {
        Error::input(format!(
            "{who}不是 PDF、OFD、JPEG、PNG 或 TIFF 文件（按文件内容判断）：归档只收录这几种格式，请先转为 PDF（最好是 PDF/A）"
        ))
    })?;
    if !ext.is_empty() && !format.extensions().contains(&ext.as_str()) {
        return Err(Error::input(format!(
            "{who}的内容是 {}，扩展名却是 .{ext}：请核对是否选错了文件，或把扩展名改为 .{}",
            format.name(),
            format.extensions()[0]
        )));
    }
    let (pages, warning) = match format {
        Format::Pdf => (pdf_pages(&mut f, size, a.pages).map_err(|e| Error::input(format!("{who}不是可读的 PDF：{e}")))?, None),
        _ => match a.pages {
            Some(p) if p > 0 => {
                let w = format!("{who}是 {}，不是 PDF：页数按案卷中填写的 {p} 页；长期保存宜转为 PDF/A", format.name());
                (p as usize, Some(w))
            }
            _ => return Err(Error::input(format!("{who}是 {}，无法自动计数页数：请在该附件下填写 pages（页数）", format.name()))),
        },
    };
    if let (Some(stated), Format::Pdf) = (a.pages, format) {
        if stated as usize != pages {
            return Err(Error::input(format!("{who}填写的页数 {stated} 与文件实际页数 {pages} 不一致；PDF 附件的页数自动计数，可不填")));
        }
    }
    Ok(AttachmentFile { path, size, format, pages, ext, warning })
}

/// PDF 的页数。先核对文件末尾有 `%%EOF`（没有即是不完整的文件，如下载或复制到一半）；
/// 不大的文件整个读入按页树计数（页树可嵌套、对象可压缩在对象流中，手写解析靠不住，用 lopdf）；
/// 很大的文件不读入内存，逐块扫描页对象（/Type /Page）计数，数不出时用案卷中填写的页数。
fn pdf_pages(f: &mut std::fs::File, size: u64, stated: Option<u32>) -> std::result::Result<usize, String> {
    let tail_len = size.min(2048);
    f.seek(SeekFrom::Start(size - tail_len)).map_err(|e| io_text(&e))?;
    let mut tail = Vec::new();
    f.take(tail_len).read_to_end(&mut tail).map_err(|e| io_text(&e))?;
    if !tail.windows(5).any(|w| w == b"%%EOF") {
        return Err("文件不完整（末尾没有“%%EOF”结束标记），可能没有下载或复制完".into());
    }
    f.seek(SeekFrom::Start(0)).map_err(|e| io_text(&e))?;
    if size <= PDF_IN_MEMORY {
        let mut bytes = Vec::with_capacity(size as usize);
        f.read_to_end(&mut bytes).map_err(|e| io_text(&e))?;
        return pdf_page_count(&bytes);
    }
    match count_page_objects(f).map_err(|e| io_text(&e))? {
        0 => match stated {
            Some(n) if n > 0 => Ok(n as usize),
            _ => Err(format!("文件较大（{} MB），页对象在压缩流中无法逐块计数：请在该附件下填写 pages（页数）", size >> 20)),
        },
        n => Ok(n),
    }
}

/// 逐块（每次 1 MB）数 `/Type /Page`（不含 `/Pages`）出现的次数。
fn count_page_objects(f: &mut impl Read) -> std::io::Result<usize> {
    const CHUNK: usize = 1 << 20;
    const KEEP: usize = 32;
    let mut buf = vec![0u8; CHUNK + KEEP];
    let mut carry = 0;
    let mut count = 0;
    loop {
        let n = f.read(&mut buf[carry..])?;
        if n == 0 {
            break;
        }
        let end = carry + n;
        let mut i = 0;
        while let Some(p) = find(&buf[i..end], b"/Type") {
            let at = i + p + 5;
            if end - at < 8 && n > 0 {
                break;
            }
            let rest = &buf[at..end];
            let skip = rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
            let rest = &rest[skip..];
            if rest.starts_with(b"/Page") && !rest[5..].first().is_some_and(|b| b.is_ascii_alphanumeric()) {
                count += 1;
            }
            i = at;
        }
        let keep_from = end.saturating_sub(KEEP).max(i.min(end));
        buf.copy_within(keep_from..end, 0);
        carry = end - keep_from;
    }
    Ok(count)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// PDF 的页数（按页树计数）。
pub fn pdf_page_count(bytes: &[u8]) -> std::result::Result<usize, String> {
    // lopdf 的错误说明是英文的（如“invalid file header”），科员用不上：只说结构有误
    let doc = lopdf::Document::load_mem(bytes).map_err(|_| "PDF 的结构有误，读不出页面（文件可能已损坏，或不是真正的 PDF）".to_string())?;
    let n = doc.get_pages().len();
    if n == 0 {
        return Err("没有页面".into());
    }
    Ok(n)
}

/// 附件的实际路径：只允许案卷文件所在文件夹（及其子文件夹）中的普通文件。
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
            Error::input(format!("{origin}: 无法读取附件“{}”（{}）：{}", a.title, a.path, io_text(&e)))
        }
    })?;
    if !real.starts_with(&base) {
        return Err(outside());
    }
    if !real.is_file() {
        return Err(Error::input(format!("{origin}: 附件“{}”的路径“{}”不是普通文件", a.title, a.path)));
    }
    Ok(real)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_by_content() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Some(Format::Pdf));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(Format::Jpeg));
        assert_eq!(sniff(b"GIF89a"), None);
    }

    #[test]
    fn page_objects_are_counted_across_chunk_boundaries() {
        let mut pdf = b"%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >> endobj\n".to_vec();
        pdf.extend(vec![b' '; (1 << 20) - 20]);
        pdf.extend(b"2 0 obj << /Type /Page >> endobj\n3 0 obj <</Type/Page/Parent 1 0 R>> endobj\n%%EOF\n");
        assert_eq!(count_page_objects(&mut &pdf[..]).unwrap(), 2);
    }
}
