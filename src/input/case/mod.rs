//! 案卷模型：一个重大行政决策事项的全部记录（一份 YAML 文件）。
//!
//! 键名一律为英文 snake_case，每个字段的中文含义写在文档注释中，
//! 由 `gen schema` 输出为带中文说明的 JSON Schema，并在 `fixtures/sample-case.yaml` 中逐项注释。
//! 未知字段一律报错（`deny_unknown_fields`），以免拼错的键名被悄悄忽略。

mod choices;
mod closing;
mod commission;
mod decision;
mod drafting;
mod execution;
mod jurisdiction;
mod legality_docs;
mod meeting_docs;
mod participation;
mod review;
mod review_docs;
mod types;

pub use choices::*;
pub use closing::*;
pub use commission::*;
pub use decision::*;
pub use drafting::*;
pub use execution::*;
pub use jurisdiction::Jurisdiction;
pub use legality_docs::*;
pub use meeting_docs::*;
pub use participation::*;
pub use review::*;
pub use review_docs::*;
pub use types::{Date, Extra, Time};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// 重大行政决策案卷。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// 适用的规则：national（国务院条例）、chifeng（赤峰市）、nmg-hrss（内蒙古人社厅）、changli（昌黎县）
    pub rules: Jurisdiction,
    /// 决策事项基本情况
    pub decision: Decision,
    /// 征求有关单位意见和协商（条例 第十三条；赤峰规定 第十五条；人社厅程序办法 第十二条；昌黎规定 第十三条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consultation: Option<Consultation>,
    /// 决策承办单位联系方式（各类公告通用）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// 公众参与（公开征求意见、听证会、座谈会等）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participation: Option<Participation>,
    /// 专家论证
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experts: Option<ExpertReview>,
    /// 委托专业机构论证、第三方风险评估、第三方后评估的委托合同（人社厅专家论证办法 第十四条；赤峰后评估规则 第八条）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commissions: Vec<Commission>,
    /// 风险评估
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk: Option<RiskAssessment>,
    /// 合法性审查
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legality: Option<LegalityReview>,
    /// 集体讨论决定（常务会议或全体会议）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Meeting>,
    /// 决策公布与备案
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication: Option<Publication>,
    /// 决策执行（条例 第三十四至三十七条；赤峰规定 第四十至四十二条、第四十五条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution: Option<Execution>,
    /// 决策后评估
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_evaluation: Option<PostEvaluation>,
    /// 归档信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive: Option<ArchiveInfo>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作`extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
