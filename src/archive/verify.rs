//! `gen verify`：按 manifest.json 重新计算包中每个文件的 SHA-256，
//! 报告缺少的、多出的和被改动的文件（按包内路径）。

use std::collections::BTreeMap;

use super::manifest::{sha256_hex, Manifest, FORMAT, JSON_NAME};
use super::zip::read_entries;
use crate::error::{Error, Result};

/// 校验结果。
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// 与清单一致的文件数
    pub ok: usize,
    /// 清单中有、包中没有的文件
    pub missing: Vec<String>,
    /// 包中有、清单中没有的文件
    pub extra: Vec<String>,
    /// 内容与清单不符（或无法读出）的文件及原因
    pub altered: Vec<(String, String)>,
}

impl Report {
    pub fn passed(&self) -> bool {
        self.missing.is_empty() && self.extra.is_empty() && self.altered.is_empty()
    }

    /// 中文说明（每个问题一行）。
    pub fn describe(&self) -> String {
        let mut lines = Vec::new();
        for p in &self.missing {
            lines.push(format!("  缺少：{p}（清单中有，包中没有）"));
        }
        for p in &self.extra {
            lines.push(format!("  多出：{p}（包中有，清单中没有）"));
        }
        for (p, why) in &self.altered {
            lines.push(format!("  被改动：{p}（{why}）"));
        }
        lines.join("\n")
    }
}

/// 校验归档 ZIP 的字节。ZIP 或清单本身读不出时返回错误（输入错误）。
pub fn verify(bytes: &[u8]) -> Result<Report> {
    let entries = read_entries(bytes)?;
    let manifest_bytes = match entries.iter().find(|(n, _)| n == JSON_NAME) {
        Some((_, Ok(b))) => b.clone(),
        Some((_, Err(e))) => return Err(Error::input(format!("清单 {JSON_NAME} 已损坏，无法读出：{e}"))),
        None => return Err(Error::input(format!("包中没有清单 {JSON_NAME}，不是本工具生成的归档包（或清单被删除）"))),
    };
    let manifest: Manifest =
        serde_json::from_slice(&manifest_bytes).map_err(|e| Error::input(format!("清单 {JSON_NAME} 格式有误（可能被改动）：{e}")))?;
    if manifest.format != FORMAT {
        return Err(Error::input(format!("清单格式“{}”不是本工具能校验的格式（{FORMAT}）", manifest.format)));
    }
    let mut report = Report::default();
    let mut in_zip: BTreeMap<&str, &std::result::Result<Vec<u8>, String>> = BTreeMap::new();
    for (name, content) in &entries {
        if name == JSON_NAME {
            continue;
        }
        if in_zip.insert(name.as_str(), content).is_some() {
            report.altered.push((name.clone(), "包中有两个同名文件".into()));
        }
    }
    for f in &manifest.files {
        match in_zip.remove(f.path.as_str()) {
            None => report.missing.push(f.path.clone()),
            Some(Err(e)) => report.altered.push((f.path.clone(), format!("无法读出：{e}"))),
            Some(Ok(b)) => {
                let sha = sha256_hex(b);
                if sha != f.sha256 {
                    report.altered.push((f.path.clone(), format!("SHA-256 应为 {}，实为 {sha}", f.sha256)));
                } else if b.len() as u64 != f.bytes {
                    report.altered.push((f.path.clone(), format!("应为 {} 字节，实为 {} 字节", f.bytes, b.len())));
                } else {
                    report.ok += 1;
                }
            }
        }
    }
    report.extra = in_zip.keys().map(|k| k.to_string()).collect();
    Ok(report)
}
