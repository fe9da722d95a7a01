//! 合法性审查送审材料清单的各行：清单中适用于本案的每一项（[`crate::facts::materials`]），已附的写明各文件的
//! 题名和页数（本工具生成的文书取已排版的页数，附件按 [`crate::input::attachments::read`] 计数）。

use schemars::JsonSchema;
use serde::Serialize;

use super::Rendered;
use crate::error::{Error, Result};
use crate::facts::{Facts, Filed, MaterialStatus, PartStatus};
use crate::input::case::Date;
use crate::input::{attachments, CaseFile};

/// 清单中的一项。
#[derive(Debug, Serialize, JsonSchema)]
pub struct MaterialRow {
    /// 清单项代号，如 draft_and_explanation
    pub key: String,
    /// 名称
    pub name: String,
    /// 规则表中的补充说明
    pub note: Option<String>,
    /// 报送情况：已附 / 未履行 / 待填写（既无材料又无说明）
    pub status: MaterialStatus,
    /// 已附的文件
    pub documents: Vec<MaterialFile>,
    /// 未履行的说明
    pub explanation: Option<String>,
    /// 包括几项程序的材料项（如赤峰规定 第二十九条（四））：每项程序在送审日的情况
    pub parts: Vec<PartRow>,
    /// 送审日之后才形成、不算作本次送审材料的文件（题名、日期）
    pub late: Vec<LateFile>,
}

/// 材料项所包括的一项程序。
#[derive(Debug, Serialize, JsonSchema)]
pub struct PartRow {
    /// 程序名称，如“专家论证”
    pub name: &'static str,
    /// 已履行 / 未履行 / 不适用 / 待填写（送审日尚未完成，也没有说明）
    pub status: &'static str,
    /// 完成日期（已履行时）
    pub date: Option<Date>,
    /// 未履行的说明
    pub explanation: Option<String>,
}

/// 送审日之后才形成的文件。
#[derive(Debug, Serialize, JsonSchema)]
pub struct LateFile {
    pub title: String,
    pub date: Date,
}

/// 已附的一个文件。
#[derive(Debug, Serialize, JsonSchema)]
pub struct MaterialFile {
    /// 题名
    pub title: String,
    /// 页数
    pub pages: usize,
}

/// 清单各行。`rendered` 为已生成的文书（送审清单所列的文书须先生成，见 src/session/）。
pub fn rows(facts: &Facts, cf: &CaseFile, rendered: &[Rendered]) -> Result<Vec<MaterialRow>> {
    let Some(m) = &facts.materials else { return Ok(Vec::new()) };
    let attachments = cf.case.archive.as_ref().map(|a| a.attachments.as_slice()).unwrap_or_default();
    let mut rows = Vec::new();
    for it in &m.items {
        let mut documents = Vec::new();
        for f in &it.filed {
            documents.push(match f {
                Filed::Document { doc, person, title } => {
                    let r = rendered
                        .iter()
                        .find(|r| r.fact.is(*doc, person.as_ref()))
                        .ok_or_else(|| Error::internal(format!("送审材料清单所列的“{title}”没有先生成")))?;
                    MaterialFile { title: title.clone(), pages: r.pages }
                }
                Filed::Attachment(i) => MaterialFile { title: attachments[*i].title.clone(), pages: attachments::read(cf, *i)?.pages },
            });
        }
        rows.push(MaterialRow {
            key: it.item.key.clone(),
            name: it.item.name.clone(),
            note: it.item.note.clone(),
            status: it.status,
            documents,
            explanation: it.explanation.clone(),
            parts: it
                .parts
                .iter()
                .map(|p| {
                    let (status, date, explanation) = match &p.status {
                        PartStatus::Done(d) => ("已履行", Some(*d), None),
                        PartStatus::Explained(e) => ("未履行", None, Some(e.clone())),
                        PartStatus::NotRequired => ("不适用", None, None),
                        PartStatus::Missing(_) => ("待填写", None, None),
                    };
                    PartRow { name: p.procedure.name(), status, date, explanation }
                })
                .collect(),
            late: it.late.iter().map(|(title, date)| LateFile { title: title.clone(), date: *date }).collect(),
        });
    }
    Ok(rows)
}
