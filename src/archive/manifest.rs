//! 归档清单：`manifest.json`（`gen verify` 据此校验）与 `manifest.csv`（可用 Excel/WPS 打开）。
//! 每个文件一行：包内路径、题名、类别、日期、页数、字节数、SHA-256。

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// 清单格式标识。
pub const FORMAT: &str = "juece-archive/1";
/// 清单在包中的文件名。
pub const JSON_NAME: &str = "manifest.json";
pub const CSV_NAME: &str = "manifest.csv";

/// 清单。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// 清单格式（juece-archive/1）
    pub format: String,
    /// 决策事项名称
    pub case: String,
    /// 全宗号
    pub fonds: String,
    /// 年度
    pub year: i32,
    /// 保管期限
    pub retention: String,
    /// 机构（问题）代码
    pub org_code: String,
    /// 结案日期
    pub closed_on: String,
    /// 生成工具
    pub generator: String,
    /// 包中除 manifest.json 以外的每个文件
    pub files: Vec<FileEntry>,
}

/// 清单中的一个文件。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    /// 包内路径
    pub path: String,
    /// 题名
    pub title: String,
    /// 归档类别（人社厅程序办法 第四十八条）；目录、备考表、清单本身为空
    pub category: String,
    /// 件号（归档文件才有）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<u32>,
    /// 档号（DA/T 22-2015）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub danghao: Option<String>,
    /// 文号
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// 责任者
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// 日期（YYYY-MM-DD）
    pub date: String,
    /// 页数（PDF 才有）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<usize>,
    /// 字节数
    pub bytes: u64,
    /// SHA-256（小写十六进制）
    pub sha256: String,
}

/// SHA-256，小写十六进制。
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

impl Manifest {
    pub fn to_json(&self) -> Vec<u8> {
        let mut s = serde_json::to_string_pretty(self).expect("manifest serializes");
        s.push('\n');
        s.into_bytes()
    }

    /// CSV（UTF-8 带 BOM，Excel 才能正确显示中文；CRLF 换行；RFC 4180 引号）。
    pub fn to_csv(&self) -> Vec<u8> {
        let mut out = String::from("\u{feff}");
        let header = ["路径", "档号", "件号", "题名", "类别", "文号", "责任者", "日期", "页数", "字节数", "SHA-256"];
        out.push_str(&header.join(","));
        out.push_str("\r\n");
        for f in &self.files {
            let row = [
                f.path.clone(),
                f.danghao.clone().unwrap_or_default(),
                f.item.map(|n| n.to_string()).unwrap_or_default(),
                f.title.clone(),
                f.category.clone(),
                f.number.clone(),
                f.author.clone(),
                f.date.clone(),
                f.pages.map(|n| n.to_string()).unwrap_or_default(),
                f.bytes.to_string(),
                f.sha256.clone(),
            ];
            let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
        out.into_bytes()
    }
}

fn csv_cell(s: &str) -> String {
    // 以 = + - @ 开头的单元格在表格软件中会被当作公式：前面加单引号（OWASP CSV 注入）。
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_abc() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn csv_quotes_and_neutralises_formulas() {
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=1+1"), "'=1+1");
        assert_eq!(csv_cell("听证会公告"), "听证会公告");
    }
}
