//! 公众参与之后、集体讨论之前的审查环节：专家论证、风险评估、合法性审查。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Adoption, Date, Extra, LegalityConclusion, RiskLevel, Time};

/// 专家论证（条例 第十九、二十条；赤峰2026 办法；人社厅专家论证办法）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpertReview {
    /// 论证方式：论证会、个人分别论证、小组论证、委托专业机构论证
    pub method: String,
    /// 论证材料送达专家的日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materials_sent_on: Option<Date>,
    /// 论证会日期（或书面论证截止日期）
    pub date: Date,
    /// 论证会地点
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// 论证组织单位
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organizer: Option<String>,
    /// 论证专家
    pub members: Vec<Expert>,
    /// 论证报告日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_date: Option<Date>,
    /// 论证结论（是否可以实施及修改建议）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion: Option<String>,
    /// 论证报告各部分：item 为规则表 expert_report_items 中的代号（如 necessity），无此清单的规则体系写中文小标题
    #[serde(default)]
    pub sections: Vec<ReportSection>,
    /// 研究论证时间或提前提供材料的时间少于规定工作日数时的理由（如情况紧急；赤峰专家论证办法 第十七条“除紧急情况外”“一般应当”）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortened_reason: Option<String>,
    /// 论证专家遴选情况（条例 第二十条；赤峰专家库办法 第十三条；人社厅专家论证办法 第十条（二）；昌黎规定 第三十二条（一）：拟聘请专家组建议）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection: Option<super::ExpertSelection>,
    /// 论证材料送达单（赤峰专家库办法 第十四条；人社厅专家论证办法 第十条（三）；昌黎规定 第三十二条（二））
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<super::ExpertDelivery>,
    /// 专家论证会议记录（赤峰专家论证办法 第十六条；人社厅专家论证办法 第十三条；采取论证会方式的）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_record: Option<super::ExpertMeetingRecord>,
    /// 专家论证意见研究采纳情况及反馈（条例 第二十九条（三）；赤峰专家论证办法 第十九条；人社厅专家论证办法 第十六条；昌黎规定 第四十条（四））
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<super::ExpertFeedback>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作本部分的 `extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 报告的一部分。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportSection {
    /// 部分代号（见 gen list 或规则表）或小标题
    pub item: String,
    /// 内容
    pub content: String,
}

/// 一位论证专家。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Expert {
    /// 姓名
    pub name: String,
    /// 职称或职务
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 工作单位
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// 专业领域
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// 签署承诺书日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committed_on: Option<Date>,
    /// 书面论证意见（按赤峰2026 第十八条各项）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opinion: Option<ExpertOpinion>,
    /// 与决策事项的直接利害关系（条例 第二十条：不得选择与决策事项有直接利害关系的专家；没有则不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_interest: Option<String>,
    /// 先以口头方式发表的论证意见（须事后补交书面意见；昌黎规定 第三十二条：24小时之内）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oral: Option<OralOpinion>,
}

/// 口头发表论证意见的时间（赤峰专家库办法 第十五条；昌黎规定 第三十二条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OralOpinion {
    /// 口头发表意见的日期
    pub date: Date,
    /// 口头发表意见的时刻，24 小时制，如 16:00
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<Time>,
}

/// 专家书面论证意见。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpertOpinion {
    /// 出具意见日期
    pub date: Date,
    /// 必要性和重要性
    pub necessity: String,
    /// 科学性及社会经济效益
    pub science: String,
    /// 可行性（政策配套、执行条件）
    pub feasibility: String,
    /// 存在的问题或风险
    pub risks: String,
    /// 修改、调整或应对建议
    pub suggestions: String,
    /// 其他意见
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// 是否采纳
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adoption: Option<Adoption>,
    /// 采纳情况说明，不采纳的写明理由
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adoption_reason: Option<String>,
    /// 出具书面意见的时刻（先口头发表意见的，用于核对24小时内补交，昌黎规定 第三十二条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<Time>,
}

/// 风险评估（赤峰风险评估规则；人社厅风险评估办法；昌黎 第三十六条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskAssessment {
    /// 评估主体（决策承办单位或委托的第三方机构）
    pub assessor: String,
    /// 评估开始日期
    pub start: Date,
    /// 评估完成日期（报告日期）
    pub end: Date,
    /// 评估方式和过程
    pub process: String,
    /// 各方意见及其采纳情况
    #[serde(default)]
    pub opinions: Vec<String>,
    /// 风险点
    pub points: Vec<RiskPoint>,
    /// 风险等级：高、中、低（也可写作高风险、中风险、低风险；赤峰风险评估规则 第十条、昌黎规定 第三十六条的划分）。
    /// 国家、人社厅规则体系按“风险是否可控”判断（controllable），可不填等级
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<RiskLevel>,
    /// 风险是否可控（条例 第二十四条；人社厅程序办法 第三十条：可控的可以决策，不可控的调整决策草案确保风险可控后决策）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub controllable: Option<bool>,
    /// 评估结论
    pub conclusion: String,
    /// 风险防范措施
    pub measures: Vec<String>,
    /// 处置预案
    pub contingency_plan: String,
    /// 调整决策草案后的重新评估（按先后顺序；赤峰风险评估规则 第十一条、昌黎规定 第三十七条“降低风险等级后再行决策”）
    #[serde(default)]
    pub reassessments: Vec<Reassessment>,
    /// 评估报告送同级党委政法委程序性审查备案的日期（赤峰风险评估规则 第十二条：备案后报送政府）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee_filed_on: Option<Date>,
    /// 风险评估工作方案（赤峰风险评估规则 第九条（一）；人社厅风险评估办法 第八条（一）；昌黎规定 第三十六条（一））
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<super::RiskPlan>,
    /// 风险评估结论和决策建议（赤峰规定 第二十七条、赤峰风险评估规则 第十一条；昌黎规定 第三十六条（五））
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<super::RiskRecommendation>,
    /// 风险评估报告送同级党委政法委程序性审查备案的函（赤峰风险评估规则 第十二条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filing: Option<super::RiskFiling>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作本部分的 `extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 调整决策草案后的一次重新评估。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reassessment {
    /// 重新评估完成日期
    pub date: Date,
    /// 对决策草案作出的调整
    pub adjustment: String,
    /// 重新评估的风险等级
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<RiskLevel>,
    /// 重新评估后风险是否可控
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub controllable: Option<bool>,
    /// 新增的风险防范措施
    #[serde(default)]
    pub measures: Vec<String>,
}

/// 一个风险点。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskPoint {
    /// 风险类别：社会稳定、公共安全、生态环境、财政金融等
    pub category: String,
    /// 风险描述
    pub description: String,
    /// 可能性或影响程度（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub degree: Option<String>,
}

/// 合法性审查（条例 第二十五至二十八条；赤峰规定 第二十九至三十一条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalityReview {
    /// 送审日期
    pub submitted_on: Date,
    /// 合法性审查机构（司法局等）
    pub reviewer: String,
    /// 审查意见出具日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<Date>,
    /// 审查意见
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opinion: Option<String>,
    /// 是否开展了公平竞争审查
    #[serde(default)]
    pub fair_competition_done: bool,
    /// 决策承办单位法制机构出具合法性初审（审核）意见的日期（赤峰规定 第二十八条；昌黎规定 第四十条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_reviewed_on: Option<Date>,
    /// 决策承办单位集体讨论（领导班子集体讨论）通过决策草案的日期（赤峰规定 第二十八条；昌黎规定 第四十条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_discussed_on: Option<Date>,
    /// 审查结论：合法、修改后提交、退回补充、不合法（人社厅程序办法 第三十四条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion: Option<LegalityConclusion>,
    /// 决策承办单位是否采纳审查意见（不填视为采纳）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<bool>,
    /// 未采纳审查意见时向决策机关书面说明的理由（赤峰规定 第三十三条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub non_adoption_reason: Option<String>,
    /// 法律顾问、公职律师提出的法律意见（条例 第二十八条）
    #[serde(default)]
    pub legal_opinions: Vec<LegalOpinion>,
    /// 国家尚无明确规定的探索性改革决策事项，经审查不合法仍提交讨论时明示的法律风险（条例 第二十五条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_risk_statement: Option<String>,
    /// 县决策咨询服务中心组织的会审（昌黎规定 第四十二、四十四条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joint_review: Option<JointReview>,
    /// 未履行或未提交的送审材料及其说明（条例 第二十六条）
    #[serde(default)]
    pub unperformed: Vec<Unperformed>,
    /// 审查时间少于规定工作日数时的理由（条例 第二十六条“一般不少于7个工作日”）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortened_reason: Option<String>,
    /// 退回补充材料的记录（补送时间不计入审查时间，赤峰规定 第二十九条；昌黎规定 第四十一、四十二条）
    #[serde(default)]
    pub supplements: Vec<Supplement>,
    /// 本单位法制机构的合法性初审（审核）意见书（赤峰规定 第二十八条、第二十九条（五）；昌黎规定 第四十条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_review: Option<super::PreReviewOpinion>,
    /// 本单位集体讨论决策草案的会议纪要或领导班子集体讨论记录（赤峰规定 第二十九条（六）；昌黎规定 第四十条（八））
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_discussion: Option<super::UnitDiscussion>,
    /// 公平竞争审查说明（条例 第二十九条（一）；赤峰规定 第二十九条末款）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fair_competition: Option<super::FairCompetitionReview>,
    /// 合法性审查意见书（条例 第二十七条、第二十八条；人社厅程序办法 第三十四条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opinion_letter: Option<super::LegalityOpinionLetter>,
    /// 未采纳合法性审查意见的书面说明（赤峰规定 第三十三条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub non_adoption: Option<super::NonAdoptionStatement>,
    /// 探索性改革决策事项的法律风险明示（条例 第二十五条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_risk: Option<super::LegalRiskNotice>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作本部分的 `extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 法律顾问或公职律师的一份法律意见。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalOpinion {
    /// 提出意见的法律顾问或公职律师
    pub by: String,
    /// 身份：法律顾问、公职律师
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// 出具日期
    pub date: Date,
    /// 意见要点（法律意见书的结论性意见）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// 法律意见书文号（没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 征询法律意见的事项和审阅的材料（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matters: Option<String>,
    /// 依据的法律、法规、规章和政策（逐项，可不填）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<String>,
    /// 法律分析（逐条，可不填）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub analysis: Vec<String>,
    /// 与决策事项没有利害关系（人社厅程序办法 第三十五条：有利害关系的应当主动回避；写 true 时意见书中声明）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_conflict: Option<bool>,
}

/// 会审（昌黎规定 第四十二条：参与会审的部门自收到材料之日起7个工作日内提出书面意见，情况复杂的原则上不超过10个工作日）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JointReview {
    /// 会审部门收到决策草案相关材料的日期
    pub materials_sent_on: Date,
    /// 各部门的书面审查意见
    #[serde(default)]
    pub opinions: Vec<DepartmentOpinion>,
    /// 情况复杂、延长提出意见期限的理由
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension_reason: Option<String>,
    /// 形成综合决策咨询建议的日期（昌黎规定 第四十四条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice_on: Option<Date>,
    /// 县长审定提交审议的日期（昌黎规定 第四十四条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<Date>,
    /// 组织会审的县决策咨询服务中心（全称；不填为昌黎县决策咨询服务中心）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub center: Option<String>,
    /// 综合决策咨询建议（昌黎规定 第四十四条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<super::JointAdvice>,
    /// 报请县长审定是否将决策草案提交审议（昌黎规定 第四十四条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<super::ReviewApproval>,
}

/// 会审部门的一份书面意见。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DepartmentOpinion {
    /// 部门
    pub department: String,
    /// 提出书面意见的日期
    pub date: Date,
    /// 文号（没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 审查的重点（如合法性、财政资金安排，可不填；昌黎规定 第三十八条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<String>,
    /// 书面审查意见
    #[serde(default)]
    pub opinion: String,
    /// 修改建议（逐条，可不填）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
}

/// 一次退回补充材料。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supplement {
    /// 要求补充材料的日期
    pub requested_on: Date,
    /// 补送完成的日期（昌黎：3个工作日内，昌黎规定 第四十一条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplied_on: Option<Date>,
    /// 通知文号（没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 发出通知的机构（署名；不填为 legality.reviewer。昌黎：县决策咨询服务中心，昌黎规定 第四十一条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// 退回送审材料（true），或只要求补充（不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned: Option<bool>,
    /// 送审材料不符合要求的情况
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// 需要补送的材料或需要完善的程序（逐项）
    #[serde(default)]
    pub items: Vec<String>,
    /// 补送期限（限期补送的，赤峰规定 第二十九条；可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
}

/// 未提交的送审材料。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unperformed {
    /// 材料项（送审清单中的键名，如 participation_materials）
    pub item: String,
    /// 未履行或未提交的说明
    pub explanation: String,
}
