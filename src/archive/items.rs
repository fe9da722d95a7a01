//! 归档文件（件）：本工具生成的文书和案卷登记的附件，各有类别、件号、题名、日期、责任者、文号、页数。
//!
//! 排列（人社厅程序办法 第四十八条；DA/T 22-2015 件内按时间排列）：先按类别
//! 启动、决策方案、合法性审查、集体讨论、执行、其他，类别内按日期，同日的按文书种类表顺序、
//! 再按附件登记顺序；件号在全包内从 1 起连续编号。

use std::path::{Component, Path, PathBuf};

use serde_json::Value as Json;

use super::danghao::{category_folder, category_index, CATEGORIES};
use crate::case::{Attachment, CaseFile, Date};
use crate::documents::{self, DocKind};
use crate::error::{Error, Result};
use crate::generate::Rendered;
use crate::output::safe_file_name;

/// 一件归档文件。
#[derive(Debug, Clone)]
pub struct Item {
    /// 类别在 [`CATEGORIES`] 中的位置
    pub category: usize,
    /// 件号（排序后编定，从 1 起）
    pub no: u32,
    pub title: String,
    pub date: Date,
    /// 责任者
    pub author: String,
    /// 文号
    pub number: String,
    /// 密级
    pub classification: String,
    /// 备注
    pub remarks: String,
    pub pages: usize,
    pub bytes: Vec<u8>,
    /// 包内文件名中件号之后的部分（如 `听证会公告.pdf`）
    pub file_name: String,
    pub source: Source,
}

/// 来源。
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// 本工具生成的文书：种类代号、每人一份时的人名
    Generated { kind: &'static str, person: Option<String> },
    /// 案卷 archive.attachments 中的第几项（从 0 起）
    Attachment(usize),
}

impl Item {
    pub fn category_name(&self) -> &'static str {
        CATEGORIES[self.category]
    }

    /// 包内路径，如 `02-决策方案/0003-听证会公告.pdf`。
    pub fn path(&self) -> String {
        format!("{}/{:04}-{}", category_folder(self.category), self.no, self.file_name)
    }
}

/// 生成的文书 → 归档文件（件号待定）。日期、责任者取自种类表所指的字段；
/// 文号取日期字段旁的 `number`、`document_number` 或 `notice_number`（如听证会公告的公告文号）。
pub fn from_rendered(cf: &CaseFile, doc: Rendered, classification: &str) -> Result<Item> {
    let kind: &DocKind = documents::find(doc.kind)
        .ok_or_else(|| Error::output(format!("未知的文书种类 {}", doc.kind)))?;
    let category = category_index(kind.category).ok_or_else(|| {
        Error::output(format!("文书种类表中“{}”的归档类别“{}”不是第四十八条的六类之一", kind.name, kind.category))
    })?;
    let mut data = serde_json::to_value(&cf.case).expect("case serializes");
    if let (Some(list), Some(person)) = (kind.per, &doc.person) {
        let p = lookup(&data, list)
            .and_then(Json::as_array)
            .and_then(|a| a.iter().find(|p| p.get("name").and_then(Json::as_str) == Some(person.as_str())))
            .cloned();
        if let (Some(p), Json::Object(map)) = (p, &mut data) {
            map.insert("person".into(), p);
        }
    }
    let date = lookup(&data, kind.date_field)
        .and_then(Json::as_str)
        .and_then(|s| Date::parse(s).ok())
        .ok_or_else(|| Error::input(format!("{}: “{}”没有成文日期（{}）", cf.path.display(), kind.name, kind.date_field)))?;
    let author = lookup(&data, kind.author_field)
        .and_then(Json::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| cf.case.decision.lead_unit.clone());
    let parent = kind.date_field.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
    let number = ["number", "document_number", "notice_number"]
        .iter()
        .find_map(|k| lookup(&data, &format!("{parent}.{k}")).and_then(Json::as_str))
        .unwrap_or("")
        .to_string();
    Ok(Item {
        category,
        no: 0,
        title: doc.title.clone(),
        date,
        author,
        number,
        classification: classification.to_string(),
        remarks: String::new(),
        pages: doc.pages,
        file_name: short_name(&doc.file_name),
        bytes: doc.pdf,
        source: Source::Generated { kind: kind.id, person: doc.person },
    })
}

/// 案卷登记的附件 → 归档文件：路径限于案卷文件夹，读出内容并数页数。
pub fn from_attachment(cf: &CaseFile, index: usize, a: &Attachment, classification: &str) -> Result<Item> {
    let origin = cf.path.display();
    let category = category_index(&a.category).ok_or_else(|| {
        Error::input(format!(
            "{origin}: 附件“{}”的类别“{}”不是归档类别（人社厅程序办法 第四十八条）：{}",
            a.title,
            a.category,
            CATEGORIES.join("、")
        ))
    })?;
    let path = confine(&cf.dir(), a, &origin.to_string())?;
    let bytes = std::fs::read(&path)
        .map_err(|e| Error::input(format!("{origin}: 无法读取附件“{}”（{}）：{e}", a.title, a.path)))?;
    let ext = Path::new(&a.path.replace('\\', "/"))
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .unwrap_or_default();
    let pages = if bytes.starts_with(b"%PDF") {
        let n = pdf_page_count(&bytes).map_err(|e| {
            Error::input(format!("{origin}: 附件“{}”（{}）不是可读的 PDF：{e}", a.title, a.path))
        })?;
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
    let stem = truncate(&safe_file_name(&a.title), 60);
    let file_name = if ext.is_empty() { stem } else { format!("{stem}.{ext}") };
    Ok(Item {
        category,
        no: 0,
        title: a.title.clone(),
        date: a.date,
        author: a.author.clone().unwrap_or_default(),
        number: a.number.clone().unwrap_or_default(),
        classification: a.classification.clone().unwrap_or_else(|| classification.to_string()),
        remarks: a.remarks.clone().unwrap_or_default(),
        pages,
        bytes,
        file_name,
        source: Source::Attachment(index),
    })
}

/// 排列并编件号（见模块说明）。排序是稳定的：同类别同日期的保持传入顺序。
pub fn number(items: &mut [Item]) {
    items.sort_by_key(|it| (it.category, it.date.0));
    for (i, it) in items.iter_mut().enumerate() {
        it.no = i as u32 + 1;
    }
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

/// 生成文书的文件名（已是“文书名.pdf”或“文书名-人名.pdf”），限长后保留扩展名。
fn short_name(name: &str) -> String {
    let safe = safe_file_name(name);
    match safe.strip_suffix(".pdf") {
        Some(stem) => format!("{}.pdf", truncate(stem, 60)),
        None => truncate(&safe, 64),
    }
}

/// 最多保留 `n` 个字符（Windows 路径长度有限）。
fn truncate(s: &str, n: usize) -> String {
    let t = s.chars().take(n).collect::<String>().trim_end_matches(['.', ' ']).to_string();
    if t.is_empty() { "_".into() } else { t }
}

fn lookup<'a>(json: &'a Json, path: &str) -> Option<&'a Json> {
    path.split('.').try_fold(json, |v, k| v.get(k)).filter(|v| !v.is_null())
}
