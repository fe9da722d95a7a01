//! 合法性审查送审材料清单的各行：清单中适用于本案的每一项（[`crate::facts::materials`]），已附的写明各文件的
//! 题名和页数（本工具生成的文书取已排版的页数，附件按 [`crate::input::attachments::read`] 计数）。

use schemars::JsonSchema;
use serde::Serialize;

use super::Rendered;
use crate::error::{Error, Result};
use crate::facts::{Facts, Filed, MaterialStatus};
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
        });
    }
    Ok(rows)
}
