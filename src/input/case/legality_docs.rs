//! 合法性审查的记录型文书的案卷记录：初审意见、承办单位集体讨论、公平竞争审查、审查意见书、未采纳说明、会审、法律风险明示。
//! （法律意见书、补送材料通知、会审部门书面意见分别记在 legality.legal_opinions、legality.supplements、
//! legality.joint_review.opinions 的各项中，见 review.rs。）

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Date, Extra, Time};

/// 决策承办单位法制机构的合法性初审（审核）意见书（赤峰规定 第二十八条、第二十九条（五）；昌黎规定 第四十条：
/// 重点审查决策主体的权限、决策方案草案内容的合法性以及履行决策程序情况等内容，并出具书面审查意见）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PreReviewOpinion {
    /// 出具初审意见的日期（与 legality.pre_reviewed_on 相同）
    pub date: Date,
    /// 文号（没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 出具意见的本单位法制机构（全称，如“赤峰市发展和改革委员会法规科”；署名）
    #[serde(default)]
    pub office: String,
    /// 审核的材料（决策草案、起草说明等，可不填）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub materials: Vec<String>,
    /// 决策主体的权限：决策事项是否属于决策机关的法定权限
    #[serde(default)]
    pub authority: String,
    /// 决策草案内容的合法性：是否符合法律、法规、规章和政策规定
    #[serde(default)]
    pub content: String,
    /// 履行决策程序情况：公众参与、专家论证、风险评估等程序的履行情况
    #[serde(default)]
    pub procedure: String,
    /// 初审结论和修改意见
    #[serde(default)]
    pub conclusion: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(PreReviewOpinion {
    date: date,
    author: |r: &PreReviewOpinion, case: &super::Case| if r.office.trim().is_empty() {
        case.decision.lead_unit.clone()
    } else {
        r.office.clone()
    },
    number: number,
    required: [office, authority, content, procedure, conclusion],
});

/// 决策承办单位集体讨论决策草案（赤峰规定 第二十八条、第二十九条（六）：会议纪要；昌黎规定 第四十条（八）：领导班子集体讨论记录）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitDiscussion {
    /// 会议日期（与 legality.unit_discussed_on 相同）
    pub date: Date,
    /// 纪要编号（如“〔2026〕8号”，没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 会议名称（如主任办公会议、局党组会议、局长办公会议）
    #[serde(default)]
    pub meeting: String,
    /// 开始时刻，24 小时制，如 09:00
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Time>,
    /// 会议地点
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// 主持人（职务和姓名）
    #[serde(default)]
    pub chair: String,
    /// 出席的领导班子成员（职务和姓名）
    #[serde(default)]
    pub attendees: Vec<String>,
    /// 列席人员
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observers: Vec<String>,
    /// 记录人
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorder: Option<String>,
    /// 讨论情况：承办科室汇报决策草案和公众参与、专家论证、风险评估、合法性初审等情况，与会人员的意见
    #[serde(default)]
    pub discussion: String,
    /// 不同意见（如实载明；没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dissent: Option<String>,
    /// 议定事项：是否通过决策草案、如何修改、报送决策机关（合法性审查）
    #[serde(default)]
    pub resolution: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(UnitDiscussion { date: date, number: number, required: [meeting, chair, attendees, discussion, resolution] });

/// 公平竞争审查说明（条例 第二十九条（一）；赤峰规定 第二十九条末款、第三十四条（一）；人社厅程序办法 第三十七条（一）；
/// 昌黎规定 第四十条（一）：决策草案涉及市场主体经济活动的，报送公平竞争审查的有关情况）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FairCompetitionReview {
    /// 审查完成、出具说明的日期
    pub date: Date,
    /// 文号（没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 决策草案涉及市场主体经济活动的情况
    #[serde(default)]
    pub scope: String,
    /// 审查方式和过程（如征求市场监管部门、经营者意见，可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    /// 逐项审查情况（按单位采用的审查标准逐项写明）
    #[serde(default)]
    pub items: Vec<ReviewFinding>,
    /// 审查结论
    #[serde(default)]
    pub conclusion: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(FairCompetitionReview { date: date, number: number, required: [scope, items, conclusion] });

/// 一项审查情况。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewFinding {
    /// 审查的方面（如“市场准入和退出”）
    pub item: String,
    /// 审查情况
    pub finding: String,
}

/// 合法性审查意见书（条例 第二十七条、第二十八条；赤峰规定 第三十二条、第三十三条；人社厅程序办法 第三十四条、第三十六条；
/// 昌黎规定 第四十三条）。审查结论写在 legality.conclusion。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalityOpinionLetter {
    /// 出具审查意见的日期（与 legality.completed_on 相同）
    pub date: Date,
    /// 文号（没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 出具审查意见的机构（署名；不填为 legality.reviewer。昌黎：县司法局，昌黎规定 第四十三条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// 主送（不填为决策承办单位；昌黎：县决策咨询服务中心）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// 决策事项是否符合法定权限（条例 第二十七条（一））
    #[serde(default)]
    pub authority: String,
    /// 决策草案的形成是否履行相关法定程序（条例 第二十七条（二））
    #[serde(default)]
    pub procedure: String,
    /// 决策草案内容是否符合有关法律、法规、规章和国家政策的规定（条例 第二十七条（三））
    #[serde(default)]
    pub content: String,
    /// 县政府要求审查的其他事项（昌黎规定 第四十三条（四）；没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// 调整或者补充的意见（逐条；没有的不填）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(LegalityOpinionLetter {
    date: date,
    author: |r: &LegalityOpinionLetter, case: &super::Case| r
        .by
        .clone()
        .filter(|b| !b.trim().is_empty())
        .or_else(|| case.legality.as_ref().map(|l| l.reviewer.clone()))
        .unwrap_or_default(),
    number: number,
    required: [authority, procedure, content],
});

/// 未采纳合法性审查意见的书面说明（赤峰规定 第三十三条：未采纳合法性审查意见的，应当向决策机关书面说明理由）。
/// 理由写在 legality.non_adoption_reason。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NonAdoptionStatement {
    /// 说明的日期
    pub date: Date,
    /// 文号（没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 未采纳的合法性审查意见（逐条）
    #[serde(default)]
    pub opinions: Vec<String>,
    /// 对决策草案的处理（如保留原条款、另作调整，可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handling: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(NonAdoptionStatement { date: date, number: number, required: [opinions] });

/// 探索性改革决策事项的法律风险明示（条例 第二十五条；赤峰规定 第二十八条；人社厅程序办法 第三十一条；昌黎规定 第三十九条：
/// 对国家尚无明确规定的探索性改革决策事项，可以明示法律风险，提交决策机关讨论）。明示的风险写在 legality.legal_risk_statement。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalRiskNotice {
    /// 明示的日期
    pub date: Date,
    /// 文号（没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 探索性改革的内容和国家尚无明确规定的情况
    #[serde(default)]
    pub exploratory: String,
    /// 法律风险（逐条）
    #[serde(default)]
    pub risks: Vec<String>,
    /// 防范和应对措施（逐条，可不填）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(LegalRiskNotice { date: date, number: number, required: [exploratory, risks] });

/// 县决策咨询服务中心（会审的组织者）：legality.joint_review.center，不填为昌黎县决策咨询服务中心。
pub fn joint_review_center(case: &super::Case) -> String {
    case.legality
        .as_ref()
        .and_then(|l| l.joint_review.as_ref())
        .and_then(|j| j.center.clone())
        .filter(|c| !c.trim().is_empty())
        .unwrap_or_else(|| "昌黎县决策咨询服务中心".to_string())
}

/// 综合决策咨询建议（昌黎规定 第三十八条：合法性、合理性、可行性、可控性等综合会审；第四十四条：依据各相关部门意见，
/// 组织决咨委委员、县政府法律顾问进行全面会审，充分与决策承办单位沟通，形成综合决策咨询建议）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JointAdvice {
    /// 形成综合决策咨询建议的日期（与 legality.joint_review.advice_on 相同）
    pub date: Date,
    /// 文号（没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 参加全面会审的决咨委委员、县政府法律顾问（姓名和身份）
    #[serde(default)]
    pub participants: Vec<String>,
    /// 合法性
    #[serde(default)]
    pub legality: String,
    /// 合理性
    #[serde(default)]
    pub rationality: String,
    /// 可行性
    #[serde(default)]
    pub feasibility: String,
    /// 可控性
    #[serde(default)]
    pub controllability: String,
    /// 与决策承办单位沟通的情况
    #[serde(default)]
    pub communication: String,
    /// 综合决策咨询建议（是否提交县政府审议，修改完善的建议）
    #[serde(default)]
    pub advice: Vec<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(JointAdvice {
    date: date,
    author: |_: &JointAdvice, case: &super::Case| joint_review_center(case),
    number: number,
    required: [participants, legality, rationality, feasibility, controllability, communication, advice],
});

/// 报请县长（县决咨委主任）审定是否将决策草案提交审议（昌黎规定 第四十四条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewApproval {
    /// 报请的日期
    pub date: Date,
    /// 文号（没有的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 主送（不填为“县长（县决咨委主任）”）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// 提请审定的事项：建议是否将决策草案提交县政府常务会议或者全体会议审议，及其理由
    #[serde(default)]
    pub request: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(ReviewApproval {
    date: date,
    author: |_: &ReviewApproval, case: &super::Case| joint_review_center(case),
    number: number,
    required: [request],
});

// 记在 review.rs 各列表中的记录型文书
crate::record!(super::LegalOpinion {
    date: date,
    author: |r: &super::LegalOpinion, _: &super::Case| r.by.clone(),
    number: number,
    label: |r: &super::LegalOpinion| r.by.clone(),
    required: [by],
});

crate::record!(super::Supplement {
    date: requested_on,
    author: |r: &super::Supplement, case: &super::Case| r
        .by
        .clone()
        .filter(|b| !b.trim().is_empty())
        .or_else(|| case.legality.as_ref().map(|l| l.reviewer.clone()))
        .unwrap_or_default(),
    number: number,
    label: |r: &super::Supplement| r.requested_on.chinese(),
    required: [items],
});

crate::record!(super::DepartmentOpinion {
    date: date,
    author: |r: &super::DepartmentOpinion, _: &super::Case| r.department.clone(),
    number: number,
    label: |r: &super::DepartmentOpinion| r.department.clone(),
    required: [opinion],
});
