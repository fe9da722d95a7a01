//! 合法性审查送审材料（条例 第二十六条；赤峰规定 第二十九条；昌黎规定 第四十条）：规则表中在送审日施行的清单，
//! 哪些项目适用于本案（`required_when`），每一项是已附（本工具生成的文书或案卷登记的附件）、
//! 未履行（legality.unperformed 中写明了说明）还是既无材料又无说明。
//! 程序检查、送审材料清单和程序履行情况说明都读这里的结果。

use serde::{Deserialize, Serialize};

use super::documents::{DocFact, Person};
use crate::input::case::Case;
use crate::law::catalogue::DocId;
use crate::law::rules::{Condition, ListItem, Rule};
use crate::law::Law;

/// 一项材料的一个文件。
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filed {
    /// 本工具为本案生成的文书
    Document { doc: DocId, person: Option<Person>, title: String },
    /// 案卷 archive.attachments 中的第几项（从 0 起）
    Attachment(usize),
}

/// 一项材料的报送情况。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub enum MaterialStatus {
    #[serde(rename = "已附")]
    Attached,
    #[serde(rename = "未履行")]
    Unperformed,
    /// 既无材料又无说明（违规；草稿中印为待填写）
    #[serde(rename = "待填写")]
    Missing,
}

/// 清单中适用于本案的一项。
#[derive(Debug, Clone)]
pub struct ItemStatus {
    pub item: &'static ListItem,
    pub filed: Vec<Filed>,
    /// 未履行的说明（非空）
    pub explanation: Option<String>,
    pub status: MaterialStatus,
}

/// 案卷中写了清单中没有的材料项代号。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownItem {
    /// 案卷字段，如 legality.unperformed[2].item
    pub field: String,
    pub code: String,
}

/// 送审材料的全部情况。
#[derive(Debug, Clone)]
pub struct Materials {
    /// 规则表 legality_materials（送审日施行的一条）
    pub rule: &'static Rule,
    /// 未履行须说明的规则（没有时同 `rule`）
    pub explain_rule: &'static Rule,
    /// 适用于本案的各项（清单的顺序）
    pub items: Vec<ItemStatus>,
    /// 不在清单中的材料项代号（未履行说明和附件中的）
    pub unknown: Vec<UnknownItem>,
    /// 写了材料项、却没有写说明的未履行记录（legality.unperformed 中的位置）
    pub empty_explanations: Vec<usize>,
}

/// 清单项的适用条件是否成立。每个条件只在这里判断一次。
pub fn holds(condition: Condition, case: &Case) -> bool {
    let p = case.participation.as_ref();
    match condition {
        Condition::HearingHeld => p.is_some_and(|p| p.hearing.is_some()),
        // 案卷尚无“是否涉及市场主体经济活动”的字段：以是否进行了公平竞争审查代替。
        Condition::FairCompetitionDone | Condition::MarketActivityInvolved => {
            case.legality.as_ref().is_some_and(|l| l.fair_competition_done)
        }
        Condition::PublicParticipationDone => p.is_some(),
        Condition::ExpertReviewDone => case.experts.is_some(),
        Condition::RiskAssessmentDone => case.risk.is_some(),
    }
}

/// 一种文书填入清单的哪一项：种类表 `files_under` 中第一个在清单里的代号。
pub fn item_for(doc: &DocFact, rule: &Rule) -> Option<&'static str> {
    doc.kind.files_under.iter().copied().find(|k| rule.item(k).is_some())
}

/// 送审材料的情况；案卷没有合法性审查或规则表没有清单时为空。`documents` 为本案的文书（[`super::documents::all`]）。
pub fn compute(case: &Case, law: &Law, documents: &[DocFact]) -> Option<Materials> {
    let l = case.legality.as_ref()?;
    let rule = law.rule("legality_materials", l.submitted_on)?;
    let explain_rule = law.rule("legality_unperformed_explanation_required", l.submitted_on).unwrap_or(rule);
    let mut unknown = Vec::new();
    let mut empty_explanations = Vec::new();
    for (i, u) in l.unperformed.iter().enumerate() {
        if rule.item(&u.item).is_none() {
            unknown.push(UnknownItem { field: format!("legality.unperformed[{i}].item"), code: u.item.clone() });
        } else if u.explanation.trim().is_empty() {
            empty_explanations.push(i);
        }
    }
    let attachments = case.archive.as_ref().map(|a| a.attachments.as_slice()).unwrap_or_default();
    for (i, a) in attachments.iter().enumerate() {
        if let Some(code) = a.legality_item.as_ref().filter(|c| rule.item(c).is_none()) {
            unknown.push(UnknownItem { field: format!("archive.attachments[{i}].legality_item"), code: code.clone() });
        }
    }
    let items = rule
        .params
        .items
        .iter()
        .filter(|item| item.required_when.is_none_or(|c| holds(c, case)))
        .map(|item| {
            let mut filed: Vec<Filed> = documents
                .iter()
                .filter(|d| item_for(d, rule) == Some(item.key.as_str()))
                .map(|d| Filed::Document { doc: d.kind.doc, person: d.person.clone(), title: d.short_title() })
                .collect();
            filed.extend(
                attachments
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| a.legality_item.as_deref() == Some(item.key.as_str()))
                    .map(|(i, _)| Filed::Attachment(i)),
            );
            let explanation =
                l.unperformed.iter().find(|u| u.item == item.key && !u.explanation.trim().is_empty()).map(|u| u.explanation.clone());
            let status = if !filed.is_empty() {
                MaterialStatus::Attached
            } else if explanation.is_some() {
                MaterialStatus::Unperformed
            } else {
                MaterialStatus::Missing
            };
            ItemStatus { item, filed, explanation, status }
        })
        .collect();
    Some(Materials { rule, explain_rule, items, unknown, empty_explanations })
}

impl Materials {
    /// 清单中的各项代号（报错时列出可用的代号）。
    pub fn codes(&self) -> Vec<&str> {
        self.rule.params.items.iter().map(|i| i.key.as_str()).collect()
    }

    /// 某项的中文名称（没有时为代号本身）。
    pub fn item_name<'a>(&'a self, key: &'a str) -> &'a str {
        self.rule.item(key).map(|i| i.name.as_str()).unwrap_or(key)
    }
}
