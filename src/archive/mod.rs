//! 第七段：结案归档（人社厅程序办法 第四十七至四十九条；条例 第三十三条；DA/T 22-2015《归档文件整理规则》）。
//!
//! `gen archive` 把案卷的全部文书（PDF/A-2b）和登记的附件按第四十八条的六类分文件夹打包为一个 ZIP：
//!
//! ```text
//! 01-启动/0001-市政府关于启动决策程序的批示.pdf
//! 02-决策方案/0002-公开征求意见公告.pdf
//! …
//! manifest.csv            清单（Excel/WPS 可打开）
//! manifest.json           清单（gen verify 据此校验）
//! 备考表.pdf
//! 归档文件目录.pdf         横向 A4，序号/档号/文号/责任者/题名/日期/密级/页数/备注
//! ```
//!
//! 本模块只做整理：编件号和档号（[`items`]、[`danghao`]）、目录的数据、清单和 ZIP；
//! 文书的生成由 src/session/ 完成，归档文件目录和备考表也由它排版。
//! 同一案卷每次得到完全相同的字节：PDF 不含当前时间，ZIP 条目排序、时间取结案日期。

pub mod danghao;
pub mod items;
pub mod manifest;
pub mod verify;
pub mod zip;

use crate::documents::archive_index::{IndexData, IndexRow};
use crate::documents::Rendered;
use crate::error::{Error, Result};
use crate::input::case::ArchiveInfo;
use crate::typeset::{Stamp, CREATOR};
use danghao::Codes;
use items::Item;
use manifest::{sha256_hex, FileEntry, Manifest};
use std::io::Write;
use zip::Data;

/// 归档文件目录在包中的文件名。
pub const INDEX_NAME: &str = "归档文件目录.pdf";
/// 备考表在包中的文件名。
pub const NOTE_NAME: &str = "备考表.pdf";

/// 打好的归档包（已写到文件）。
#[derive(Debug, Clone)]
pub struct Archive {
    /// ZIP 的字节数
    pub size: u64,
    pub manifest: Manifest,
    /// 各件（按件号顺序）
    pub items: Vec<Item>,
    /// 归档文件目录的页数
    pub index_pages: usize,
    /// 归档时生成的文书：归档文件目录和备考表（版式检查用；已写进 ZIP）
    pub listing: Vec<crate::documents::Rendered>,
}

/// 生成的 PDF 须声明 PDF/A（XMP 元数据中的 pdfaid）；否则说明文书没有以归档格式生成。
pub fn require_pdfa(pdf: &[u8], title: &str) -> Result<()> {
    let pat = b"pdfaid:part";
    if pdf.windows(pat.len()).any(|w| w == pat) {
        Ok(())
    } else {
        Err(Error::internal(format!("“{title}”不是 PDF/A 格式：归档的文书须以 PDF/A 导出")))
    }
}

/// 一件生成文书的归档章（gen archive --stamp）。
pub fn stamp(codes: &Codes, item: &Item) -> Stamp {
    Stamp {
        fonds: codes.fonds.clone(),
        year: codes.year.to_string(),
        item: format!("{:04}", item.no),
        org: codes.org.clone(),
        retention: codes.retention.name().to_string(),
        pages: item.pages.to_string(),
    }
}

/// 归档文件目录和备考表的数据。`generated` 为其中本工具生成的件数。
pub fn index_data(info: &ArchiveInfo, codes: &Codes, all: &[Item], generated: usize) -> Result<IndexData> {
    let mut rows = Vec::new();
    for it in all {
        rows.push(IndexRow {
            seq: it.no,
            danghao: codes.danghao(it.no)?,
            number: it.number.clone(),
            author: it.author.clone(),
            title: it.title.clone(),
            // DA/T 22-2015：日期写作 8 位数字
            date: it.date.0.format("%Y%m%d").to_string(),
            classification: it.classification.clone(),
            pages: it.pages,
            remarks: it.remarks.clone(),
            category: it.category_name().to_string(),
        });
    }
    let first = all.first().map(|it| codes.danghao(it.no)).transpose()?.unwrap_or_default();
    let last = all.last().map(|it| codes.danghao(it.no)).transpose()?.unwrap_or_default();
    Ok(IndexData {
        items: rows,
        count: all.len(),
        pages: all.iter().map(|it| it.pages).sum(),
        generated,
        attached: all.len() - generated,
        first,
        last,
        fonds: codes.fonds.clone(),
        year: codes.year,
        retention: codes.retention.name().to_string(),
        org_code: codes.org.clone(),
        compiled_by: info.compiled_by.clone(),
        compiled_on: info.compiled_on.unwrap_or(info.closed_on).to_string(),
        checked_by: info.checked_by.clone(),
        checked_on: info.checked_on.unwrap_or(info.closed_on).to_string(),
        note: info.note.clone(),
    })
}

/// 打包：各件、归档文件目录、备考表、清单（JSON、CSV），写到 `out`：先写同一文件夹中的临时文件，
/// 写完再改名；`force` 为假而 `out` 已存在时不覆盖。附件从文件直接写入，不读进内存。
#[allow(clippy::too_many_arguments)]
pub fn package(
    case_name: &str,
    lead_unit: &str,
    info: &ArchiveInfo,
    codes: &Codes,
    all: Vec<Item>,
    index: Rendered,
    note: Rendered,
    out: &std::path::Path,
    force: bool,
) -> Result<Archive> {
    require_pdfa(&index.pdf, &index.fact.title)?;
    require_pdfa(&note.pdf, &note.fact.title)?;
    let closed = info.closed_on.to_string();
    let whole = |path: &str, doc: &Rendered| FileEntry {
        path: path.into(),
        title: doc.fact.title.clone(),
        category: String::new(),
        item: None,
        danghao: None,
        number: String::new(),
        author: lead_unit.into(),
        date: closed.clone(),
        pages: Some(doc.pages),
        bytes: doc.pdf.len() as u64,
        sha256: sha256_hex(&doc.pdf),
    };
    let mut files = vec![whole(INDEX_NAME, &index), whole(NOTE_NAME, &note)];
    for it in &all {
        files.push(FileEntry {
            path: it.path(),
            title: it.title.clone(),
            category: it.category_name().into(),
            item: Some(it.no),
            danghao: Some(codes.danghao(it.no)?),
            number: it.number.clone(),
            author: it.author.clone(),
            date: it.date.to_string(),
            pages: Some(it.pages),
            bytes: it.data.len(),
            sha256: it.data.sha256()?,
        });
    }
    files.sort_by(|a, b| a.path.as_bytes().cmp(b.path.as_bytes()));
    let mut manifest = Manifest {
        format: manifest::FORMAT.into(),
        case: case_name.into(),
        fonds: codes.fonds.clone(),
        year: codes.year,
        retention: codes.retention.name().into(),
        org_code: codes.org.clone(),
        closed_on: closed.clone(),
        generator: CREATOR.into(),
        files,
    };
    let csv = manifest.to_csv();
    manifest.files.push(FileEntry {
        path: manifest::CSV_NAME.into(),
        title: "归档清单（CSV）".into(),
        category: String::new(),
        item: None,
        danghao: None,
        number: String::new(),
        author: String::new(),
        date: closed,
        pages: None,
        bytes: csv.len() as u64,
        sha256: sha256_hex(&csv),
    });
    manifest.files.sort_by(|a, b| a.path.as_bytes().cmp(b.path.as_bytes()));
    let json = manifest.to_json();
    let index_pages = index.pages;
    let mut entries = vec![
        zip::Entry { path: INDEX_NAME.into(), data: Data::Bytes(index.pdf) },
        zip::Entry { path: NOTE_NAME.into(), data: Data::Bytes(note.pdf) },
        zip::Entry { path: manifest::CSV_NAME.into(), data: Data::Bytes(csv) },
        zip::Entry { path: manifest::JSON_NAME.into(), data: Data::Bytes(json) },
    ];
    let items: Vec<Item> = all
        .into_iter()
        .map(|mut it| {
            entries.push(zip::Entry { path: it.path(), data: std::mem::replace(&mut it.data, Data::Bytes(Vec::new())) });
            it
        })
        .collect();
    let size = crate::output::write_with(out, force, |f| {
        zip::write_zip(std::io::BufWriter::new(f), &entries, info.closed_on)?
            .flush()
            .map_err(|e| Error::output(format!("写入归档包失败：{}", crate::error::io_text(&e))))
    })?;
    Ok(Archive { size, manifest, items, index_pages, listing: Vec::new() })
}
