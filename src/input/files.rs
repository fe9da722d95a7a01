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

/// 哪种编码都解不通的文件：解不通之处（1 起算的行、列；UTF-16 中不知道时为 None）。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Undecodable {
    pub line: Option<usize>,
    pub col: Option<usize>,
}

impl Undecodable {
    /// 文字 `good` 之后解不通。
    fn after(good: &str) -> Undecodable {
        let line = good.matches('\n').count() + 1;
        let col = good.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
        Undecodable { line: Some(line), col: Some(col) }
    }
}

/// 把文件的字节解码为文字：UTF-8（可有 BOM）、带 BOM 的 UTF-16，否则按 GB18030（GBK 的超集，
/// 中文 Windows 上的记事本、WPS、Excel 另存的“ANSI”即此）。返回文字和非 UTF-8 时的编码名称；
/// 哪种都解不通时指出解不通之处（不用“?”或替换字符顶替认不出的字节）。案卷和名单（CSV）都用它。
pub fn decode_text(bytes: &[u8]) -> std::result::Result<(String, Option<&'static str>), Undecodable> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return std::str::from_utf8(rest)
            .map(|s| (s.to_string(), None))
            .map_err(|e| Undecodable::after(std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or("")));
    }
    for (bom, enc) in [(&b"\xff\xfe"[..], encoding_rs::UTF_16LE), (&b"\xfe\xff"[..], encoding_rs::UTF_16BE)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let text = enc.decode_without_bom_handling_and_without_replacement(rest).ok_or(Undecodable { line: None, col: None })?;
            return Ok((text.into_owned(), Some("UTF-16")));
        }
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_string(), None));
    }
    // 不是 UTF-8：按 GB18030 解码，指出第一个解不通的字节（这才是 GBK 文件中坏掉的地方）
    let mut decoder = encoding_rs::GB18030.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len() * 4));
    match decoder.decode_to_string_without_replacement(bytes, &mut out, true) {
        (encoding_rs::DecoderResult::InputEmpty, _) => match out.find('\0') {
            // 含 NUL：不带 BOM 的 UTF-16 或者不是文本文件
            Some(pos) => Err(Undecodable::after(&out[..pos])),
            None => Ok((out, Some("GBK（GB18030）"))),
        },
        _ => Err(Undecodable::after(&out)),
    }
}

/// I/O 错误的中文说明。
pub fn io_cn(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "文件不存在".into(),
        PermissionDenied => "没有权限".into(),
        AlreadyExists => "文件已存在".into(),
        IsADirectory => "这是文件夹".into(),
        _ => crate::error::io_text(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_recognised() {
        let (gbk, _, _) = encoding_rs::GBK.encode("decision:\n  name: 刘德华\n");
        let (t, enc) = decode_text(&gbk).unwrap();
        assert_eq!(t, "decision:\n  name: 刘德华\n");
        assert!(enc.unwrap().contains("GBK"));
        let (gb, _, _) = encoding_rs::GB18030.encode("name: 刘䶮 𠮷\n");
        assert_eq!(decode_text(&gb).unwrap().0, "name: 刘䶮 𠮷\n");
        let mut u16 = vec![0xff, 0xfe];
        u16.extend("name: 王喆".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode_text(&u16).unwrap().0, "name: 王喆");
        assert_eq!(decode_text("name: 甲".as_bytes()).unwrap(), ("name: 甲".to_string(), None));
        assert_eq!(decode_text(b"a\nb:\xff\xff\x00").unwrap_err(), Undecodable { line: Some(2), col: Some(3) });
    }

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
