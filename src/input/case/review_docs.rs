//! 专家论证和风险评估的记录型文书的案卷记录：专家遴选、论证材料送达、论证会议记录、意见采纳反馈、风险评估工作方案、结论和建议、备案。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Date, Extra};

/// 论证专家遴选情况（条例 第二十条；赤峰专家库办法 第十三条、赤峰专家论证办法 第十三至十五条；人社厅专家论证办法 第九条、第十条（二）；
/// 昌黎规定 第三十条至第三十二条（一）：拟聘请相关专家组建议报县决策咨询服务中心确定）。选定的专家写在 experts.members。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpertSelection {
    /// 遴选日期（昌黎：提出拟聘请专家组建议的日期）
    pub date: Date,
    /// 选取专家的来源和方式，如“从市政府决策咨询论证专家库经济发展组、依法行政组中选取”
    pub method: String,
    /// 遴选考虑：专业领域的相关性、代表性和均衡性，以及注重选择持不同意见的专家的情况（条例 第二十条）
    pub considerations: String,
    /// 直接利害关系审查情况：如何核实所选专家与决策事项没有直接利害关系（条例 第二十条）
    pub interest_check: String,
    /// 专家库以外邀请专家或委托专业机构的理由（赤峰专家论证办法 第十三条；人社厅专家论证办法 第九条；没有则不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outside_reason: Option<String>,
    /// 确定专家组的单位（昌黎：县决策咨询服务中心，昌黎规定 第三十二条（一））
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_by: Option<String>,
    /// 经办人
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler: Option<String>,
    /// 文号（报送建议时使用；没有则不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 论证材料送达单（赤峰专家库办法 第十四条、赤峰专家论证办法 第十七条；人社厅专家论证办法 第十条（三）；昌黎规定 第三十二条（二））。
/// 每位专家签收一栏（专家写在 experts.members）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpertDelivery {
    /// 送达日期（与 experts.materials_sent_on 一致）
    pub date: Date,
    /// 送达的材料，如决策草案、起草说明及相关材料（按送达单逐项列出）
    pub materials: Vec<String>,
    /// 论证重点（逐项）
    pub focus: Vec<String>,
    /// 送达方式：当面送达、邮寄、电子邮件等
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// 提交书面论证意见的期限（没有则不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// 送达人
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 专家论证会议记录（赤峰专家论证办法 第十六条：做好会议记录，与会专家提交个人书面意见或在会议记录上签名；
/// 人社厅专家论证办法 第十三条）。会议时间、地点取 experts.date、experts.place，与会专家取 experts.members。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpertMeetingRecord {
    /// 记录日期（一般为论证会当日）
    pub date: Date,
    /// 开始时刻，24 小时制，如 09:00（请加引号）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<super::Time>,
    /// 主持人
    pub chair: String,
    /// 记录人
    pub recorder: String,
    /// 列席的决策承办单位等人员（没有则不填）
    #[serde(default)]
    pub attendees: Vec<String>,
    /// 决策承办单位介绍决策草案和论证重点的情况
    pub introduction: String,
    /// 专家发言（按发言顺序）
    pub speeches: Vec<ExpertSpeech>,
    /// 讨论形成的主要意见
    pub summary: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 论证会上的一次发言。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpertSpeech {
    /// 发言人
    pub speaker: String,
    /// 发言要点
    pub content: String,
}

/// 专家论证意见研究采纳情况及反馈（条例 第二十九条（三）；赤峰专家论证办法 第十九条；人社厅专家论证办法 第十六条；
/// 昌黎规定 第三十二条（四）、第四十条（四））。各位专家的意见和是否采纳取 experts.members 的 opinion。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpertFeedback {
    /// 反馈日期
    pub date: Date,
    /// 研究采纳情况总述：合理可行的意见如何落实到决策草案中
    pub summary: String,
    /// 反馈方式：书面函告、当面反馈等
    pub method: String,
    /// 文号（没有则不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 风险评估工作方案（赤峰风险评估规则 第九条（一）；人社厅程序办法 第二十八条（一）、人社厅风险评估办法 第八条（一）：
/// 明确评估目的、评估对象与内容、评估标准、评估步骤与方法；昌黎规定 第三十六条（一）：成立评估小组）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskPlan {
    /// 方案印发日期
    pub date: Date,
    /// 评估目的
    pub purpose: String,
    /// 评估对象与内容
    pub scope: String,
    /// 评估标准（如风险等级的划分标准）
    pub criteria: String,
    /// 评估步骤与方法（按先后逐项）
    pub steps: Vec<String>,
    /// 评估小组成员（昌黎规定 第三十六条（一）：县有关部门、社会组织、专业机构、专家学者和群众代表等）
    #[serde(default)]
    pub team: Vec<RiskTeamMember>,
    /// 工作保障（经费、人员等；没有则不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support: Option<String>,
    /// 文号（没有则不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 评估小组的一位成员。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskTeamMember {
    /// 姓名
    pub name: String,
    /// 单位或身份，如“县信访局”“群众代表”
    pub unit: String,
    /// 小组中的职务：组长、副组长、成员
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// 风险评估结论和决策建议（赤峰规定 第二十七条、赤峰风险评估规则 第十一条：提请决策、调整决策草案、降低风险等级后再行决策、
/// 不提请决策的建议；昌黎规定 第三十六条（五）：决策承办单位根据评估小组的报告作出评估结论、第三十七条）。
/// 风险等级、结论和防范措施取 risk 中的记录。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskRecommendation {
    /// 成文日期
    pub date: Date,
    /// 决策建议：提请决策、调整决策草案后提请决策、降低风险等级后再行决策、不提请决策（或终止决策）
    pub recommendation: String,
    /// 提出建议的理由
    pub reasons: String,
    /// 文号（没有则不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 风险评估报告送同级党委政法委程序性审查备案的函（赤峰风险评估规则 第十二条）。送达日期写在 risk.committee_filed_on。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskFiling {
    /// 成文日期
    pub date: Date,
    /// 同级党委政法委的名称，如“中共××市委政法委员会”
    pub committee: String,
    /// 随函报送的材料（风险评估报告以外的；没有则不填）
    #[serde(default)]
    pub attachments: Vec<String>,
    /// 文号（没有则不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

crate::record!(ExpertSelection {
    date: date,
    author: |_r: &ExpertSelection, case: &super::Case| case
        .experts
        .as_ref()
        .and_then(|e| e.organizer.clone())
        .unwrap_or_else(|| case.decision.lead_unit.clone()),
    number: number,
    required: [method, considerations, interest_check]
});
crate::record!(ExpertDelivery {
    date: date,
    author: |_r: &ExpertDelivery, case: &super::Case| case
        .experts
        .as_ref()
        .and_then(|e| e.organizer.clone())
        .unwrap_or_else(|| case.decision.lead_unit.clone()),
    required: [materials, focus]
});
crate::record!(ExpertMeetingRecord {
    date: date,
    author: |_r: &ExpertMeetingRecord, case: &super::Case| case
        .experts
        .as_ref()
        .and_then(|e| e.organizer.clone())
        .unwrap_or_else(|| case.decision.lead_unit.clone()),
    required: [chair, recorder, introduction, speeches, summary]
});
crate::record!(ExpertFeedback { date: date, number: number, required: [summary, method] });
crate::record!(RiskPlan {
    date: date,
    author: |_r: &RiskPlan, case: &super::Case| case
        .risk
        .as_ref()
        .map(|r| r.assessor.clone())
        .unwrap_or_else(|| case.decision.lead_unit.clone()),
    number: number,
    required: [purpose, scope, criteria, steps]
});
crate::record!(RiskRecommendation { date: date, number: number, required: [recommendation, reasons] });
crate::record!(RiskFiling {
    date: date,
    author: |_r: &RiskFiling, case: &super::Case| case
        .risk
        .as_ref()
        .map(|r| r.assessor.clone())
        .unwrap_or_else(|| case.decision.lead_unit.clone()),
    number: number,
    required: [committee]
});
