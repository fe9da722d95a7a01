//! 结案归档（人社厅程序办法 第四十七至四十九条；条例 第三十三条；DA/T 22-2015《归档文件整理规则》）。
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
//! 同一案卷每次得到完全相同的字节：PDF 不含当前时间，ZIP 条目排序、时间取结案日期。

pub mod danghao;
pub mod items;
pub mod manifest;
pub mod verify;
pub mod zip;

use rayon::prelude::*;
use serde_json::{json, Value as Json};

use crate::case::{ArchiveInfo, CaseFile};
use crate::documents::{self, ARCHIVE_KINDS};
use crate::error::{Error, Result};
use crate::generate::{Generator, Rendered};
use crate::typeset::CREATOR;
use danghao::{retention_name, Codes};
use items::{Item, Source};
use manifest::{sha256_hex, FileEntry, Manifest};

/// 归档文件目录在包中的文件名。
pub const INDEX_NAME: &str = "归档文件目录.pdf";
/// 备考表在包中的文件名。
pub const NOTE_NAME: &str = "备考表.pdf";

/// 归档选项。
#[derive(Debug, Clone, Default)]
pub struct ArchiveOptions {
    /// 在每份生成文书的首页加印归档章（DA/T 22-2015）
    pub stamp: bool,
}

/// 打好的归档包。
#[derive(Debug, Clone)]
pub struct Archive {
    /// ZIP 的字节
    pub zip: Vec<u8>,
    pub manifest: Manifest,
    /// 各件（按件号顺序）
    pub items: Vec<Item>,
    /// 归档文件目录的页数
    pub index_pages: usize,
}

/// 生成归档包。`gen` 须以 PDF/A（`Options { pdfa: true, .. }`）建立，且不是草稿模式。
pub fn build(gen: &Generator, cf: &CaseFile, opts: &ArchiveOptions) -> Result<Archive> {
    let origin = cf.path.display().to_string();
    if gen.is_draft() {
        return Err(Error::input("草稿（--draft）不能归档：归档的文书不能有【待填写】的内容"));
    }
    let info = cf.case.archive.as_ref().ok_or_else(|| {
        Error::input(format!(
            "{origin}: 案卷中没有 archive（归档信息）：请填写全宗号 fonds、机构代码 org_code、保管期限 retention、结案日期 closed_on（人社厅程序办法 第四十九条；DA/T 22-2015）"
        ))
    })?;
    let codes = Codes::from_info(info, &origin)?;
    let classification = info.classification.clone().unwrap_or_default();
    gen.check_glyphs(cf)?;

    // 先检查附件（路径、是否存在、页数），出错时不必等全部文书排版完。
    let mut all: Vec<Item> = Vec::new();
    let attached: Vec<Item> = info
        .attachments
        .iter()
        .enumerate()
        .map(|(i, a)| items::from_attachment(cf, i, a, &classification))
        .collect::<Result<_>>()?;

    for doc in gen.render_all(cf)? {
        require_pdfa(&doc.pdf, &doc.title)?;
        all.push(items::from_rendered(cf, doc, &classification)?);
    }
    let generated = all.len();
    all.extend(attached);
    items::number(&mut all);
    if opts.stamp {
        stamp(gen, cf, &codes, &mut all)?;
    }

    let data = index_data(info, &codes, &all, generated)?;
    let index = render_single(gen, cf, &ARCHIVE_KINDS[0], &data)?;
    let note = render_single(gen, cf, &ARCHIVE_KINDS[1], &data)?;

    let closed = info.closed_on.to_string();
    let lead = cf.case.decision.lead_unit.clone();
    let mut files = vec![
        entry(INDEX_NAME, &index.title, "", None, None, "", &lead, &closed, Some(index.pages), &index.pdf),
        entry(NOTE_NAME, &note.title, "", None, None, "", &lead, &closed, Some(note.pages), &note.pdf),
    ];
    for it in &all {
        let dh = codes.danghao(it.no)?;
        files.push(entry(
            &it.path(),
            &it.title,
            it.category_name(),
            Some(it.no),
            Some(dh),
            &it.number,
            &it.author,
            &it.date.to_string(),
            Some(it.pages),
            &it.bytes,
        ));
    }
    files.sort_by(|a, b| a.path.as_bytes().cmp(b.path.as_bytes()));
    let mut manifest = Manifest {
        format: manifest::FORMAT.into(),
        case: cf.case.decision.name.clone(),
        fonds: codes.fonds.clone(),
        year: codes.year,
        retention: retention_name(codes.retention).into(),
        org_code: codes.org.clone(),
        closed_on: closed.clone(),
        generator: CREATOR.into(),
        files,
    };
    let csv = manifest.to_csv();
    manifest.files.push(entry(manifest::CSV_NAME, "归档清单（CSV）", "", None, None, "", "", &closed, None, &csv));
    manifest.files.sort_by(|a, b| a.path.as_bytes().cmp(b.path.as_bytes()));
    let json_bytes = manifest.to_json();

    let mut entries = vec![
        zip::Entry { path: INDEX_NAME.into(), bytes: index.pdf },
        zip::Entry { path: NOTE_NAME.into(), bytes: note.pdf },
        zip::Entry { path: manifest::CSV_NAME.into(), bytes: csv },
        zip::Entry { path: manifest::JSON_NAME.into(), bytes: json_bytes },
    ];
    entries.extend(all.iter().map(|it| zip::Entry { path: it.path(), bytes: it.bytes.clone() }));
    let bytes = zip::write_zip(&entries, info.closed_on)?;
    Ok(Archive { zip: bytes, manifest, items: all, index_pages: index.pages })
}

#[allow(clippy::too_many_arguments)]
fn entry(
    path: &str,
    title: &str,
    category: &str,
    item: Option<u32>,
    danghao: Option<String>,
    number: &str,
    author: &str,
    date: &str,
    pages: Option<usize>,
    bytes: &[u8],
) -> FileEntry {
    FileEntry {
        path: path.into(),
        title: title.into(),
        category: category.into(),
        item,
        danghao,
        number: number.into(),
        author: author.into(),
        date: date.into(),
        pages,
        bytes: bytes.len() as u64,
        sha256: sha256_hex(bytes),
    }
}

/// 生成的 PDF 须声明 PDF/A（XMP 元数据中的 pdfaid）；否则说明生成器没有以归档格式建立。
fn require_pdfa(pdf: &[u8], title: &str) -> Result<()> {
    let pat = b"pdfaid:part";
    if pdf.windows(pat.len()).any(|w| w == pat) {
        Ok(())
    } else {
        Err(Error::output(format!("“{title}”不是 PDF/A 格式：归档须以 Options {{ pdfa: true, .. }} 建立生成器")))
    }
}

/// 渲染只有一份的归档文书（目录、备考表）。
fn render_single(gen: &Generator, cf: &CaseFile, kind: &documents::DocKind, data: &Json) -> Result<Rendered> {
    let mut extra = serde_json::Map::new();
    extra.insert("archive_index".into(), data.clone());
    let doc = gen
        .render_with(cf, kind, extra)?
        .into_iter()
        .next()
        .ok_or_else(|| Error::output(format!("没有生成{}", kind.name)))?;
    require_pdfa(&doc.pdf, &doc.title)?;
    Ok(doc)
}

/// 归档文件目录和备考表的数据。
fn index_data(info: &ArchiveInfo, codes: &Codes, all: &[Item], generated: usize) -> Result<Json> {
    let mut rows = Vec::new();
    for it in all {
        rows.push(json!({
            "seq": it.no,
            "danghao": codes.danghao(it.no)?,
            "number": it.number,
            "author": it.author,
            "title": it.title,
            // DA/T 22-2015：日期写作 8 位数字
            "date": it.date.0.format("%Y%m%d").to_string(),
            "classification": it.classification,
            "pages": it.pages,
            "remarks": it.remarks,
            "category": it.category_name(),
        }));
    }
    let first = all.first().map(|it| codes.danghao(it.no)).transpose()?.unwrap_or_default();
    let last = all.last().map(|it| codes.danghao(it.no)).transpose()?.unwrap_or_default();
    Ok(json!({
        "items": rows,
        "count": all.len(),
        "pages": all.iter().map(|it| it.pages).sum::<usize>(),
        "generated": generated,
        "attached": all.len() - generated,
        "first": first,
        "last": last,
        "fonds": codes.fonds,
        "year": codes.year,
        "retention": retention_name(codes.retention),
        "org_code": codes.org,
        "compiled_by": info.compiled_by,
        "compiled_on": info.compiled_on.unwrap_or(info.closed_on).to_string(),
        "checked_by": info.checked_by,
        "checked_on": info.checked_on.unwrap_or(info.closed_on).to_string(),
        "note": info.note,
    }))
}

/// 给生成的文书加印归档章：按种类重新排版，归档章放在页边空白处，不改变页数（逐份核对）。
fn stamp(gen: &Generator, cf: &CaseFile, codes: &Codes, all: &mut [Item]) -> Result<()> {
    let mut kinds: Vec<&'static str> = Vec::new();
    for it in all.iter() {
        if let Source::Generated { kind, .. } = &it.source {
            if !kinds.contains(kind) {
                kinds.push(kind);
            }
        }
    }
    let jobs: Vec<(&'static str, serde_json::Map<String, Json>)> = kinds
        .iter()
        .map(|k| {
            let mut stamps = serde_json::Map::new();
            for it in all.iter() {
                if let Source::Generated { kind, person } = &it.source {
                    if kind == k {
                        stamps.insert(
                            person.clone().unwrap_or_default(),
                            json!({
                                "fonds": codes.fonds,
                                "year": codes.year.to_string(),
                                "item": format!("{:04}", it.no),
                                "org": codes.org,
                                "retention": retention_name(codes.retention),
                                "pages": it.pages.to_string(),
                            }),
                        );
                    }
                }
            }
            let mut extra = serde_json::Map::new();
            extra.insert("archive_stamp".into(), Json::Object(stamps));
            (*k, extra)
        })
        .collect();
    let rendered: Vec<Result<Vec<Rendered>>> = jobs
        .into_par_iter()
        .map(|(k, extra)| {
            let kind = documents::find(k).ok_or_else(|| Error::output(format!("未知的文书种类 {k}")))?;
            gen.render_with(cf, kind, extra)
        })
        .collect();
    for docs in rendered {
        for doc in docs? {
            let it = all
                .iter_mut()
                .find(|it| it.source == Source::Generated { kind: doc.kind, person: doc.person.clone() })
                .ok_or_else(|| Error::output(format!("加印归档章时多出了“{}”", doc.title)))?;
            if doc.pages != it.pages {
                return Err(Error::output(format!(
                    "加印归档章后“{}”的页数由 {} 变为 {}（归档章应在页边空白处）",
                    doc.title, it.pages, doc.pages
                )));
            }
            require_pdfa(&doc.pdf, &doc.title)?;
            it.bytes = doc.pdf;
        }
    }
    Ok(())
}
