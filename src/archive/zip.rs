//! 可重复的 ZIP：条目按路径排序，时间一律取结案日期 0 时，权限固定，
//! 中文文件名以 UTF-8 存放并置 UTF-8 标志（通用位标志第 11 位，zip 库对非 ASCII 文件名自动设置），
//! Deflate 压缩级别固定。同一案卷、同一版本的工具得到完全相同的字节。
//! 附件从文件直接写入（[`Data::File`]），不读进内存。

use std::io::{Read, Seek, Write};
use std::path::PathBuf;

use chrono::Datelike;
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

use crate::error::{io_text, Error, Result};
use crate::input::case::Date;

/// 一个文件的内容：在内存中（生成的文书、清单），或在磁盘上（附件）。
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Data {
    Bytes(Vec<u8>),
    File { path: PathBuf, size: u64 },
}

impl Data {
    /// 字节数。
    pub fn len(&self) -> u64 {
        match self {
            Data::Bytes(b) => b.len() as u64,
            Data::File { size, .. } => *size,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// 逐块读出内容，交给 `sink`（内存中只有一块）。
    pub fn stream(&self, mut sink: impl FnMut(&[u8]) -> Result<()>) -> Result<()> {
        match self {
            Data::Bytes(b) => sink(b),
            Data::File { path, size } => {
                let mut f =
                    std::fs::File::open(path).map_err(|e| Error::output(format!("无法读取 {}：{}", path.display(), io_text(&e))))?;
                let mut buf = vec![0u8; 1 << 16];
                let mut total = 0u64;
                loop {
                    let n = f.read(&mut buf).map_err(|e| Error::output(format!("读取 {} 失败：{}", path.display(), io_text(&e))))?;
                    if n == 0 {
                        break;
                    }
                    total += n as u64;
                    sink(&buf[..n])?;
                }
                if total != *size {
                    return Err(Error::output(format!("{} 在归档过程中被改动了（大小由 {size} 字节变为 {total} 字节）", path.display())));
                }
                Ok(())
            }
        }
    }

    /// SHA-256（小写十六进制），逐块计算。
    pub fn sha256(&self) -> Result<String> {
        let mut h = Sha256::new();
        self.stream(|b| {
            h.update(b);
            Ok(())
        })?;
        Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
    }
}

/// 包中的一个文件。
#[derive(Debug, Clone)]
pub struct Entry {
    /// 包内路径，以“/”分隔
    pub path: String,
    pub data: Data,
}

/// 打包写入 `w`。`entries` 的顺序无关紧要：按路径（UTF-8 字节序）排序后写入。
pub fn write_zip<W: Write + Seek>(w: W, entries: &[Entry], closed_on: Date) -> Result<W> {
    let d = closed_on.0;
    let time = u16::try_from(d.year())
        .ok()
        .and_then(|y| DateTime::from_date_and_time(y, d.month() as u8, d.day() as u8, 0, 0, 0).ok())
        .ok_or_else(|| Error::input(format!("结案日期 {closed_on} 超出 ZIP 能记录的范围（1980～2107年）")))?;
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(time)
        .system(System::Unix)
        .unix_permissions(0o644);
    let mut sorted: Vec<&Entry> = entries.iter().collect();
    sorted.sort_by(|a, b| a.path.as_bytes().cmp(b.path.as_bytes()));
    if let Some(w) = sorted.windows(2).find(|w| w[0].path == w[1].path) {
        return Err(Error::output(format!("归档包中有两个同名文件：{}", w[0].path)));
    }
    let err = |e: &dyn std::fmt::Display| Error::output(format!("打包归档 ZIP 失败：{e}"));
    let zip_err = |e: zip::result::ZipError| match e {
        zip::result::ZipError::Io(io) => err(&io_text(&io)),
        _ => err(&"ZIP 的结构出错"),
    };
    let io_err = |e: std::io::Error| err(&io_text(&e));
    let mut zip = ZipWriter::new(w);
    for e in sorted {
        // 4 GB 以上的文件须用 ZIP64（只有这样大的文件才用，其余的字节不变）。
        let opts = options.large_file(e.data.len() >= u32::MAX as u64);
        zip.start_file(e.path.as_str(), opts).map_err(zip_err)?;
        e.data.stream(|b| zip.write_all(b).map_err(io_err))?;
    }
    zip.finish().map_err(zip_err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn same_entries_same_bytes_in_any_order() {
        let d = Date::ymd(2026, 7, 31).unwrap();
        let a = Entry { path: "02-决策方案/0002-乙.pdf".into(), data: Data::Bytes(b"%PDF b".to_vec()) };
        let b = Entry { path: "01-启动/0001-甲.pdf".into(), data: Data::Bytes(b"%PDF a".to_vec()) };
        let z1 = write_zip(Cursor::new(Vec::new()), &[a.clone(), b.clone()], d).unwrap().into_inner();
        let z2 = write_zip(Cursor::new(Vec::new()), &[b, a], d).unwrap().into_inner();
        assert_eq!(z1, z2);
        let mut z = zip::ZipArchive::new(Cursor::new(z1)).unwrap();
        let names: Vec<String> = (0..z.len()).map(|i| z.by_index(i).unwrap().name().unwrap().to_string()).collect();
        assert_eq!(names, ["01-启动/0001-甲.pdf", "02-决策方案/0002-乙.pdf"]);
    }

    #[test]
    fn a_file_changed_while_archiving_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.pdf");
        std::fs::write(&p, b"12345").unwrap();
        let data = Data::File { path: p, size: 4 };
        assert!(data.sha256().unwrap_err().message.contains("被改动"));
    }
}
