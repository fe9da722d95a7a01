//! `gen verify`：先核对 ZIP 本身的结构，再按 manifest.json 逐个核对文件的 SHA-256 和字节数。
//!
//! 结构上只接受本工具写出的样子，其余一律报出（而不是“清单已损坏”或“校验通过”）：
//! - 中央目录与各条目的本地文件头一致（文件名、压缩方式、CRC、大小），条目依次排列、互不重叠，
//!   前面没有多出的数据，中央目录之后只有结束记录；
//! - 文件名：UTF-8，不是绝对路径，没有“..”、反斜杠、控制字符、空的一节；没有重名（也不分大小写），
//!   没有文件夹条目，也没有一个名字既是文件又是另一个文件的文件夹；
//! - 压缩方式只有存储（0）和 Deflate（8），没有加密；
//! - 大小有上限，解压时按中央目录写明的大小截止，解压比过大的（压缩炸弹）不解压。
//!
//! 各条目逐块解压、逐块计算 CRC 和 SHA-256，内存中只有一块，与包的大小无关。
//! 打印文件名时，控制字符写成 \u{…}，不会直接送到终端。

use std::collections::BTreeMap;
use std::io::{Read, Seek, SeekFrom};

use sha2::{Digest, Sha256};

use super::manifest::{Manifest, FORMAT, JSON_NAME};
use crate::error::{io_text, Error, Result};

/// 一个条目解压后的上限（本工具生成的包中最大的是附件）。
pub const MAX_ENTRY: u64 = 8 << 30;
/// 全包解压后的上限。
pub const MAX_TOTAL: u64 = 32 << 30;
/// 解压比的上限：超过而且解压后大于 [`BOMB_MIN`] 的条目视为压缩炸弹，不解压。
pub const MAX_RATIO: u64 = 200;
pub const BOMB_MIN: u64 = 64 << 20;
/// manifest.json 的上限。
pub const MAX_MANIFEST: u64 = 64 << 20;

/// 校验结果。
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// 与清单一致的文件数
    pub ok: usize,
    /// ZIP 结构上的问题（伪造、改动或不是本工具写出的样子）
    pub structure: Vec<String>,
    /// 清单中有、包中没有的文件
    pub missing: Vec<String>,
    /// 包中有、清单中没有的文件
    pub extra: Vec<String>,
    /// 内容与清单不符（或无法读出）的文件及原因
    pub altered: Vec<(String, String)>,
}

impl Report {
    pub fn passed(&self) -> bool {
        self.structure.is_empty() && self.missing.is_empty() && self.extra.is_empty() && self.altered.is_empty()
    }

    /// 中文说明（每个问题一行；文件名中的控制字符已转义）。
    pub fn describe(&self) -> String {
        let mut lines = Vec::new();
        for s in &self.structure {
            lines.push(format!("  结构：{s}"));
        }
        for p in &self.missing {
            lines.push(format!("  缺少：{}（清单中有，包中没有）", shown(p)));
        }
        for p in &self.extra {
            lines.push(format!("  多出：{}（包中有，清单中没有）", shown(p)));
        }
        for (p, why) in &self.altered {
            lines.push(format!("  被改动：{}（{why}）", shown(p)));
        }
        lines.join("\n")
    }
}

/// 文件名的可打印形式：控制字符（含 ESC）写成 \u{…}。
pub fn shown(name: &str) -> String {
    name.chars().map(|c| if c.is_control() { format!("\\u{{{:x}}}", c as u32) } else { c.to_string() }).collect()
}

/// 中央目录中的一个条目。
#[derive(Debug, Clone)]
struct CdEntry {
    name: String,
    raw_name: Vec<u8>,
    flags: u16,
    method: u16,
    crc: u32,
    csize: u64,
    usize: u64,
    offset: u64,
}

fn u16le(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn u32le(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

fn u64le(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("8 字节"))
}

fn read_at<R: Read + Seek>(r: &mut R, at: u64, n: usize) -> std::io::Result<Vec<u8>> {
    r.seek(SeekFrom::Start(at))?;
    let mut buf = vec![0u8; n];
    r.read_exact(&mut buf)?;
    Ok(buf)
}

const NOT_ZIP: &str = "不是有效的 ZIP 文件（或已损坏）";

/// 读结束记录和中央目录。读不出时是输入错误（不是 ZIP）。
fn central_directory<R: Read + Seek>(r: &mut R, len: u64, report: &mut Report) -> Result<Vec<CdEntry>> {
    let bad = |why: &str| Error::input(format!("{NOT_ZIP}：{why}"));
    let tail_len = len.min(65_557) as usize;
    let tail = read_at(r, len - tail_len as u64, tail_len).map_err(|e| bad(&io_text(&e)))?;
    let eocd = (0..tail_len.saturating_sub(21)).rev().find(|&i| u32le(&tail, i) == 0x0605_4b50).ok_or_else(|| bad("没有结束记录"))?;
    let e = &tail[eocd..];
    let comment_len = u16le(e, 20) as usize;
    if eocd + 22 + comment_len != tail_len {
        report.structure.push("结束记录之后还有多余的数据".into());
    }
    if u16le(e, 4) != 0 || u16le(e, 6) != 0 {
        return Err(bad("分卷的 ZIP"));
    }
    let eocd_at = len - tail_len as u64 + eocd as u64;
    let (mut count, mut cd_size, mut cd_offset) = (u16le(e, 10) as u64, u32le(e, 12) as u64, u32le(e, 16) as u64);
    let mut cd_end = eocd_at;
    if count == 0xFFFF || cd_size == 0xFFFF_FFFF || cd_offset == 0xFFFF_FFFF {
        // ZIP64：结束记录之前是 ZIP64 结束记录定位符（20 字节），它指向 ZIP64 结束记录。
        let loc = read_at(r, eocd_at.checked_sub(20).ok_or_else(|| bad("ZIP64 定位符缺失"))?, 20).map_err(|e| bad(&io_text(&e)))?;
        if u32le(&loc, 0) != 0x0706_4b50 {
            return Err(bad("ZIP64 定位符缺失"));
        }
        let rec_at = u64le(&loc, 8);
        let rec = read_at(r, rec_at, 56).map_err(|e| bad(&io_text(&e)))?;
        if u32le(&rec, 0) != 0x0606_4b50 {
            return Err(bad("ZIP64 结束记录缺失"));
        }
        count = u64le(&rec, 32);
        cd_size = u64le(&rec, 40);
        cd_offset = u64le(&rec, 48);
        cd_end = rec_at;
    }
    if cd_offset.checked_add(cd_size).is_none_or(|end| end > cd_end) {
        return Err(bad("中央目录超出文件范围"));
    }
    if cd_offset + cd_size != cd_end {
        report.structure.push("中央目录与结束记录之间有多余的数据".into());
    }
    if cd_size > 256 << 20 {
        return Err(bad("中央目录大得不合理"));
    }
    let cd = read_at(r, cd_offset, cd_size as usize).map_err(|e| bad(&io_text(&e)))?;
    let mut out = Vec::new();
    let mut p = 0usize;
    while p + 46 <= cd.len() && u32le(&cd, p) == 0x0201_4b50 {
        let (nlen, xlen, clen) = (u16le(&cd, p + 28) as usize, u16le(&cd, p + 30) as usize, u16le(&cd, p + 32) as usize);
        if p + 46 + nlen + xlen + clen > cd.len() {
            return Err(bad("中央目录中的条目不完整"));
        }
        let raw_name = cd[p + 46..p + 46 + nlen].to_vec();
        let mut en = CdEntry {
            name: String::from_utf8_lossy(&raw_name).into_owned(),
            flags: u16le(&cd, p + 8),
            method: u16le(&cd, p + 10),
            crc: u32le(&cd, p + 16),
            csize: u32le(&cd, p + 20) as u64,
            usize: u32le(&cd, p + 24) as u64,
            offset: u32le(&cd, p + 42) as u64,
            raw_name,
        };
        zip64_extra(&cd[p + 46 + nlen..p + 46 + nlen + xlen], &mut en);
        if u16le(&cd, p + 34) != 0 {
            report.structure.push(format!("条目“{}”在另一个分卷上", shown(&en.name)));
        }
        out.push(en);
        p += 46 + nlen + xlen + clen;
    }
    if p != cd.len() {
        report.structure.push("中央目录中有无法识别的数据".into());
    }
    if out.len() as u64 != count {
        report.structure.push(format!("结束记录说有 {count} 个条目，中央目录中有 {} 个", out.len()));
    }
    Ok(out)
}

/// ZIP64 扩展字段（0x0001）：依次为原始大小、压缩大小、本地文件头位置（只出现 32 位字段为 0xFFFFFFFF 的那几项）。
fn zip64_extra(extra: &[u8], en: &mut CdEntry) {
    let mut i = 0;
    while i + 4 <= extra.len() {
        let (id, size) = (u16le(extra, i), u16le(extra, i + 2) as usize);
        let body = &extra[(i + 4).min(extra.len())..(i + 4 + size).min(extra.len())];
        if id == 0x0001 {
            let mut j = 0;
            for field in [&mut en.usize, &mut en.csize, &mut en.offset] {
                if *field == 0xFFFF_FFFF && j + 8 <= body.len() {
                    *field = u64le(body, j);
                    j += 8;
                }
            }
        }
        i += 4 + size;
    }
}

/// 文件名本身的问题。
fn name_problem(en: &CdEntry) -> Option<String> {
    let n = &en.name;
    if std::str::from_utf8(&en.raw_name).is_err() {
        return Some("文件名不是 UTF-8".into());
    }
    if n.ends_with('/') {
        return Some("是文件夹条目（本工具的归档包中没有文件夹条目）".into());
    }
    if n.starts_with('/') || n.contains('\\') || (n.len() >= 2 && n.as_bytes()[1] == b':') {
        return Some("是绝对路径或含反斜杠".into());
    }
    if n.split('/').any(|c| c.is_empty() || c == "." || c == "..") {
        return Some("含有“..”“.”或空的一节（可能把文件解压到包外）".into());
    }
    if n.chars().any(char::is_control) {
        return Some("含有控制字符".into());
    }
    None
}

/// 一个条目的校验结果：解压后的字节数和 SHA-256，或问题。
fn check_entry<R: Read + Seek>(r: &mut R, len: u64, en: &CdEntry, data_end: &mut u64) -> std::result::Result<(u64, String), String> {
    if en.flags & 1 != 0 {
        return Err("已加密（本工具不生成加密条目）".into());
    }
    let method = match en.method {
        0 | 8 => en.method,
        14 => return Err("使用“LZMA”压缩（方式 14），本工具只用通用的压缩方式 8，此条目不是本工具写入的".into()),
        12 => return Err("使用“BZIP2”压缩（方式 12），本工具只用通用的压缩方式 8，此条目不是本工具写入的".into()),
        m => return Err(format!("使用了本工具不生成的压缩方式 {m}")),
    };
    if en.usize > MAX_ENTRY {
        return Err(format!("解压后 {} 字节，超过上限 {MAX_ENTRY}", en.usize));
    }
    if en.usize > BOMB_MIN && en.usize / en.csize.max(1) > MAX_RATIO {
        return Err(format!("压缩比 {}:1，疑为压缩炸弹，未解压", en.usize / en.csize.max(1)));
    }
    if en.offset < *data_end {
        return Err("与前一个条目重叠（或顺序与中央目录不一致）".into());
    }
    let head = read_at(r, en.offset, 30).map_err(|_| "本地文件头超出文件范围".to_string())?;
    if u32le(&head, 0) != 0x0403_4b50 {
        return Err("中央目录所指的位置没有本地文件头".into());
    }
    let (nlen, xlen) = (u16le(&head, 26) as usize, u16le(&head, 28) as usize);
    let local_name = read_at(r, en.offset + 30, nlen).map_err(|_| "本地文件头超出文件范围".to_string())?;
    if local_name != en.raw_name {
        return Err(format!("本地文件头中的文件名是“{}”，与中央目录不同", shown(&String::from_utf8_lossy(&local_name))));
    }
    if u16le(&head, 8) != en.method || (u16le(&head, 6) ^ en.flags) & 0x0809 != 0 {
        return Err("本地文件头与中央目录中的压缩方式或标志不同".into());
    }
    let descriptor = en.flags & 0x0008 != 0;
    if !descriptor {
        let (crc, cs, us) = (u32le(&head, 14), u32le(&head, 18) as u64, u32le(&head, 22) as u64);
        let same = |local: u64, central: u64| local == central || (local == 0xFFFF_FFFF && central >= 0xFFFF_FFFF);
        if crc != en.crc || !same(cs, en.csize) || !same(us, en.usize) {
            return Err("本地文件头与中央目录中的 CRC 或大小不同".into());
        }
    }
    let start = en.offset + 30 + (nlen + xlen) as u64;
    let end = start.checked_add(en.csize).filter(|e| *e <= len).ok_or_else(|| "条目的数据超出文件范围".to_string())?;
    *data_end = end;
    r.seek(SeekFrom::Start(start)).map_err(|e| io_text(&e))?;
    let raw = (&mut *r).take(en.csize);
    let mut reader: Box<dyn Read + '_> = if method == 8 { Box::new(flate2::read::DeflateDecoder::new(raw)) } else { Box::new(raw) };
    let mut sha = Sha256::new();
    let mut crc = crc32fast::Hasher::new();
    let mut total = 0u64;
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = reader.read(&mut buf).map_err(|e| format!("解压失败：{}", io_text(&e)))?;
        if n == 0 {
            break;
        }
        total += n as u64;
        if total > en.usize {
            return Err(format!("解压出的数据多于中央目录写明的 {} 字节（疑为压缩炸弹）", en.usize));
        }
        sha.update(&buf[..n]);
        crc.update(&buf[..n]);
    }
    if total != en.usize {
        return Err(format!("解压出 {total} 字节，中央目录写明 {} 字节", en.usize));
    }
    if crc.finalize() != en.crc {
        return Err("CRC 校验不符".into());
    }
    Ok((total, sha.finalize().iter().map(|b| format!("{b:02x}")).collect()))
}

/// 校验归档 ZIP（逐块读，不整个读进内存）。ZIP 本身或清单读不出时返回错误（输入错误）。
pub fn verify<R: Read + Seek>(mut r: R) -> Result<Report> {
    let len = r.seek(SeekFrom::End(0)).map_err(|e| Error::input(format!("{NOT_ZIP}：{}", io_text(&e))))?;
    if len < 22 {
        return Err(Error::input(format!("{NOT_ZIP}：文件太短")));
    }
    let mut report = Report::default();
    let mut entries = central_directory(&mut r, len, &mut report)?;
    entries.sort_by_key(|e| e.offset);
    if entries.first().is_some_and(|e| e.offset != 0) {
        report.structure.push("第一个条目之前有多余的数据".into());
    }
    // 重名、大小写不同的重名、文件与文件夹同名。
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for en in &entries {
        if let Some(first) = seen.insert(en.name.to_lowercase(), en.name.clone()) {
            report.structure.push(format!("有两个同名（或只差大小写）的条目：“{}”与“{}”", shown(&first), shown(&en.name)));
        }
    }
    for en in &entries {
        let mut prefix = String::new();
        for part in en.name.split('/').collect::<Vec<_>>().split_last().map(|(_, dirs)| dirs).unwrap_or_default() {
            prefix.push_str(part);
            if seen.contains_key(&prefix.to_lowercase()) {
                report.structure.push(format!("“{}”既是文件，又是“{}”所在的文件夹", shown(&prefix), shown(&en.name)));
            }
            prefix.push('/');
        }
    }
    let total: u64 = entries.iter().map(|e| e.usize).sum();
    if total > MAX_TOTAL {
        return Err(Error::input(format!("{NOT_ZIP}：解压后共 {total} 字节，超过上限 {MAX_TOTAL}，不像是归档包（疑为压缩炸弹）")));
    }
    // 逐个条目：结构、解压、CRC、SHA-256。
    let mut results: BTreeMap<String, std::result::Result<(u64, String), String>> = BTreeMap::new();
    let mut data_end = 0u64;
    for en in &entries {
        let r = match name_problem(en) {
            Some(p) => Err(p),
            None => check_entry(&mut r, len, en, &mut data_end),
        };
        if let Err(why) = &r {
            report.structure.push(format!("条目“{}”{why}", shown(&en.name)));
        }
        results.entry(en.name.clone()).or_insert(r);
    }
    // 清单。
    let manifest_entry = entries.iter().find(|e| e.name == JSON_NAME);
    let manifest: Manifest = match (manifest_entry, results.get(JSON_NAME)) {
        (None, _) => return Err(Error::input(format!("包中没有清单 {JSON_NAME}，不是本工具生成的归档包（或清单被删除）"))),
        (Some(_), Some(Err(e))) => return Err(Error::input(format!("清单 {JSON_NAME} 无法读出：{e}"))),
        (Some(en), _) if en.usize > MAX_MANIFEST => return Err(Error::input(format!("清单 {JSON_NAME} 大得不合理"))),
        (Some(en), _) => {
            let bytes = read_entry(&mut r, en).map_err(|e| Error::input(format!("清单 {JSON_NAME} 无法读出：{e}")))?;
            serde_json::from_slice(&bytes)
                .map_err(|e| Error::input(format!("清单 {JSON_NAME} 格式有误（可能被改动）：第 {} 行第 {} 列", e.line(), e.column())))?
        }
    };
    if manifest.format != FORMAT {
        return Err(Error::input(format!("清单格式“{}”不是本工具能校验的格式（{FORMAT}）", manifest.format)));
    }
    results.remove(JSON_NAME);
    for f in &manifest.files {
        match results.remove(f.path.as_str()) {
            None => report.missing.push(f.path.clone()),
            Some(Err(e)) => report.altered.push((f.path.clone(), format!("无法读出：{e}"))),
            Some(Ok((bytes, sha))) => {
                if sha != f.sha256 {
                    report.altered.push((f.path.clone(), format!("SHA-256 应为 {}，实为 {sha}", f.sha256)));
                } else if bytes != f.bytes {
                    report.altered.push((f.path.clone(), format!("应为 {} 字节，实为 {bytes} 字节", f.bytes)));
                } else {
                    report.ok += 1;
                }
            }
        }
    }
    report.extra = results.into_keys().collect();
    Ok(report)
}

/// 读出一个（已核对过、不大的）条目的全部内容。
fn read_entry<R: Read + Seek>(r: &mut R, en: &CdEntry) -> std::result::Result<Vec<u8>, String> {
    let head = read_at(r, en.offset, 30).map_err(|e| io_text(&e))?;
    let start = en.offset + 30 + u16le(&head, 26) as u64 + u16le(&head, 28) as u64;
    r.seek(SeekFrom::Start(start)).map_err(|e| io_text(&e))?;
    let raw = (&mut *r).take(en.csize);
    let mut out = Vec::new();
    let mut reader: Box<dyn Read + '_> = if en.method == 8 { Box::new(flate2::read::DeflateDecoder::new(raw)) } else { Box::new(raw) };
    (&mut reader).take(en.usize + 1).read_to_end(&mut out).map_err(|e| io_text(&e))?;
    Ok(out)
}

/// 从归档包中读出一个文件（测试和工具用）；包须先通过 [`verify`]。
pub fn extract<R: Read + Seek>(mut r: R, name: &str) -> Result<Vec<u8>> {
    let len = r.seek(SeekFrom::End(0)).map_err(|e| Error::input(io_text(&e)))?;
    let mut report = Report::default();
    let entries = central_directory(&mut r, len, &mut report)?;
    let en = entries.iter().find(|e| e.name == name).ok_or_else(|| Error::input(format!("包中没有 {name}")))?;
    read_entry(&mut r, en).map_err(Error::input)
}
