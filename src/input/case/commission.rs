//! 委托合同：委托专业机构论证、第三方风险评估、第三方后评估。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Date, Extra};

/// 一份委托合同（委托协议）的要点（人社厅专家论证办法 第十四条、人社厅风险评估办法 第四条；赤峰专家论证办法 第十三条、
/// 赤峰风险评估规则 第六条、赤峰后评估规则 第八条；昌黎规定 第六十四条至第六十六条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Commission {
    /// 合同签订日期
    pub date: Date,
    /// 委托事项：专家论证、风险评估、后评估等，如“社会稳定风险评估”
    #[serde(default)]
    pub subject: String,
    /// 委托方（不填为决策承办单位）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<String>,
    /// 受托机构名称
    #[serde(default)]
    pub contractor: String,
    /// 受托机构的资质和评估能力（人社厅风险评估办法 第四条；昌黎规定 第六十五条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification: Option<String>,
    /// 确定受托机构的方式，如“竞争性磋商”“政府购买服务”（人社厅风险评估办法 第四条：通过竞争方式择优确定）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection: Option<String>,
    /// 合同编号（没有则不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 委托（评估、论证）内容
    #[serde(default)]
    pub content: String,
    /// 质量要求
    #[serde(default)]
    pub quality: String,
    /// 完成期限
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// 经费（金额和支付方式）
    #[serde(default)]
    pub fee: String,
    /// 成果归属
    #[serde(default)]
    pub ownership: String,
    /// 保密条款
    #[serde(default)]
    pub confidentiality: String,
    /// 违约责任
    #[serde(default)]
    pub liability: String,
    /// 其他约定（没有则不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

crate::record!(Commission {
    date: date,
    author: |r: &Commission, case: &super::Case| r.client.clone().unwrap_or_else(|| case.decision.lead_unit.clone()),
    number: number,
    label: |r: &Commission| if r.subject.trim().is_empty() { r.contractor.clone() } else { r.subject.clone() },
    required: [subject, contractor, content, quality, deadline, fee, ownership, confidentiality, liability]
});
