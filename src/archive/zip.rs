//! 可重复的 ZIP：条目按路径排序，时间一律取结案日期 0 时，权限固定，
//! 中文文件名以 UTF-8 存放并置 UTF-8 标志（通用位标志第 11 位，zip 库对非 ASCII 文件名自动设置），
//! Deflate 压缩级别固定。同一案卷、同一版本的工具得到完全相同的字节。

use std::io::{Cursor, Write};

use chrono::Datelike;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

use crate::error::{Error, Result};
use crate::input::case::Date;

/// 包中的一个文件。
#[derive(Debug, Clone)]
pub struct Entry {
    /// 包内路径，以“/”分隔
    pub path: String,
    pub bytes: Vec<u8>,
}

/// 打包。`entries` 的顺序无关紧要：按路径（UTF-8 字节序）排序后写入。
pub fn write_zip(entries: &[Entry], closed_on: Date) -> Result<Vec<u8>> {
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
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for e in sorted {
        zip.start_file(e.path.as_str(), options).map_err(|x| err(&x))?;
        zip.write_all(&e.bytes).map_err(|x| err(&x))?;
    }
    Ok(zip.finish().map_err(|x| err(&x))?.into_inner())
}

/// 包中一个文件的内容，或读不出时的原因。
pub type Content = std::result::Result<Vec<u8>, String>;

/// 读出包中的全部文件（目录条目除外）：(路径, 内容或读取错误)。
pub fn read_entries(bytes: &[u8]) -> Result<Vec<(String, Content)>> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Error::input(format!("不是有效的 ZIP 文件（或已损坏）：{e}")))?;
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let fallback = zip.name_for_index(i).and_then(|n| n.ok()).map(|n| n.to_string()).unwrap_or_else(|| format!("第{}个条目", i + 1));
        let mut f = match zip.by_index(i) {
            Ok(f) => f,
            Err(e) => {
                out.push((fallback, Err(e.to_string())));
                continue;
            }
        };
        if f.is_dir() {
            continue;
        }
        let name = f.name().map(|n| n.to_string()).unwrap_or(fallback);
        let mut buf = Vec::new();
        let r = f.read_to_end(&mut buf).map(|_| buf).map_err(|e| e.to_string());
        out.push((name, r));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_entries_same_bytes_in_any_order() {
        let d = Date::ymd(2026, 7, 31).unwrap();
        let a = Entry { path: "02-决策方案/0002-乙.pdf".into(), bytes: b"%PDF b".to_vec() };
        let b = Entry { path: "01-启动/0001-甲.pdf".into(), bytes: b"%PDF a".to_vec() };
        let z1 = write_zip(&[a.clone(), b.clone()], d).unwrap();
        let z2 = write_zip(&[b, a], d).unwrap();
        assert_eq!(z1, z2);
        let names: Vec<String> = read_entries(&z1).unwrap().into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["01-启动/0001-甲.pdf", "02-决策方案/0002-乙.pdf"]);
    }
}
