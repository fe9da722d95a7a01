//! 归档文件（件）：本工具生成的文书和案卷登记的附件，各有类别、件号、题名、日期、责任者、文号、页数。
//!
//! 排列（人社厅程序办法 第四十八条；DA/T 22-2015 件内按时间排列）：先按规则表 `archive_categories` 的类别顺序
//! （启动、决策方案、合法性审查、集体讨论、执行、其他），类别内按日期，同日的按文书种类表顺序、
//! 再按附件登记顺序；件号在全包内从 1 起连续编号。

use super::zip::Data;
use crate::documents::Rendered;
use crate::error::{Error, Result};
use crate::facts::Person;
use crate::input::attachments::AttachmentFile;
use crate::input::case::{Attachment, Category, Date};
use crate::law::catalogue::DocId;
use crate::output::file_names;

/// 一件归档文件。
#[derive(Debug, Clone)]
pub struct Item {
    pub category: Category,
    /// 类别在本规则体系归档类别中的位置（文件夹编号 = 位置 + 1），排序时编定
    pub folder: usize,
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
    /// 内容（生成的文书在内存中，附件在磁盘上）
    pub data: Data,
    /// 包内文件名中件号之后的部分（如 `听证会公告.pdf`）
    pub file_name: String,
    pub source: Source,
}

/// 来源。
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// 本工具生成的文书：种类、每人一份时的人
    Generated { doc: DocId, person: Option<Person> },
    /// 案卷 archive.attachments 中的第几项（从 0 起）
    Attachment(usize),
}

impl Item {
    pub fn category_name(&self) -> &'static str {
        self.category.name()
    }

    /// 包内路径，如 `02-决策方案/0003-听证会公告.pdf`。
    pub fn path(&self) -> String {
        format!("{:02}-{}/{:04}-{}", self.folder + 1, self.category.name(), self.no, self.file_name)
    }
}

/// 生成的文书 → 归档文件（件号待定）。日期、责任者、文号取自文书的事实（src/facts/documents.rs）。
pub fn from_rendered(doc: Rendered, classification: &str) -> Result<Item> {
    let f = &doc.fact;
    let date = f.date.ok_or_else(|| Error::input(format!("“{}”没有成文日期，不能归档", f.title)))?;
    Ok(Item {
        category: f.kind.category,
        folder: 0,
        no: 0,
        title: f.title.clone(),
        date,
        author: f.author.clone(),
        number: f.number.clone(),
        classification: classification.to_string(),
        remarks: String::new(),
        pages: doc.pages,
        file_name: f.file_name.clone(),
        source: Source::Generated { doc: f.kind.doc, person: f.person.clone() },
        data: Data::Bytes(doc.pdf),
    })
}

/// 案卷登记的附件（已读出，见 [`crate::input::attachments::read`]）→ 归档文件。
pub fn from_attachment(index: usize, a: &Attachment, file: AttachmentFile, classification: &str) -> Item {
    let file_name = if file.ext.is_empty() { a.title.clone() } else { format!("{}.{}", a.title, file.ext) };
    Item {
        category: a.category,
        folder: 0,
        no: 0,
        title: a.title.clone(),
        date: a.date,
        author: a.author.clone().unwrap_or_default(),
        number: a.number.clone().unwrap_or_default(),
        classification: a.classification.clone().unwrap_or_else(|| classification.to_string()),
        remarks: a.remarks.clone().unwrap_or_default(),
        pages: file.pages,
        data: Data::File { path: file.path, size: file.size },
        file_name,
        source: Source::Attachment(index),
    }
}

/// 排列并编件号（见模块说明）。`order` 为归档类别的顺序（[`crate::law::Law::archive_categories`]）。
/// 排序是稳定的：同类别同日期的保持传入顺序。
pub fn number(items: &mut [Item], order: &[Category]) {
    for it in items.iter_mut() {
        it.folder = order.iter().position(|c| *c == it.category).unwrap_or(order.len());
    }
    items.sort_by_key(|it| (it.folder, it.date.0));
    for (i, it) in items.iter_mut().enumerate() {
        it.no = i as u32 + 1;
    }
}

/// 包内文件名：不能用于文件名的字符换成全角、过长的截短（[`file_names`]）；返回给科员的说明。
pub fn assign_names(items: &mut [Item]) -> Vec<String> {
    let names: Vec<String> = items.iter().map(|it| it.file_name.clone()).collect();
    let mut notes = Vec::new();
    for (it, (name, note)) in items.iter_mut().zip(file_names(&names)) {
        it.file_name = name;
        notes.extend(note.map(|n| format!("注意：归档包中{n}")));
    }
    notes
}
