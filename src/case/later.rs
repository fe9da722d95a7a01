//! 公众参与之后的程序环节：专家论证、风险评估、合法性审查、集体讨论、公布、后评估、归档。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Adoption, Date, Time};

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
    /// 风险等级：高、中、低
    pub level: String,
    /// 评估结论
    pub conclusion: String,
    /// 风险防范措施
    pub measures: Vec<String>,
    /// 处置预案
    pub contingency_plan: String,
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
    /// 未履行或未提交的送审材料及其说明（条例 第二十六条）
    #[serde(default)]
    pub unperformed: Vec<Unperformed>,
    /// 审查时间少于规定工作日数时的理由（条例 第二十六条“一般不少于7个工作日”）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortened_reason: Option<String>,
    /// 退回补充材料的记录（补送时间不计入审查时间，赤峰规定 第二十九条；昌黎规定 第四十一、四十二条）
    #[serde(default)]
    pub supplements: Vec<Supplement>,
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

/// 集体讨论决定（条例 第三十条；赤峰规定 第三十五条；昌黎 第四十六条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// 会议类别：常务会议、全体会议（部门为厅务会、局务会等）
    pub kind: String,
    /// 会议届次，如“第12次”
    pub session: String,
    /// 会议日期
    pub date: Date,
    /// 开始时刻
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Time>,
    /// 会议地点
    pub place: String,
    /// 主持人
    pub chair: String,
    /// 出席人员
    pub attendees: Vec<String>,
    /// 列席人员
    #[serde(default)]
    pub observers: Vec<String>,
    /// 列席人员中的相关方代表（照 observers 中的写法列出；赤峰公众参与规则 第十七条：邀请列席的一般不少于3人）
    #[serde(default)]
    pub stakeholders: Vec<String>,
    /// 会议材料送达日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materials_sent_on: Option<Date>,
    /// 发言及意见（按原意记录，不同意见如实记载）
    pub opinions: Vec<MeetingOpinion>,
    /// 行政首长的决定：通过、原则通过、修改后再次讨论、不予通过
    pub decision: String,
    /// 与多数人意见不同时的理由（条例 第三十条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_reason: Option<String>,
    /// 纪要签发人
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<String>,
    /// 记录人
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorder: Option<String>,
}

/// 会议上的一条发言意见。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeetingOpinion {
    /// 发言人
    pub speaker: String,
    /// 意见（按原意记录）
    pub opinion: String,
    /// 表态：同意、原则同意、不同意、弃权（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<String>,
}

/// 决策公布与备案（条例 第三十二条；赤峰规定 第三十八条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// 决策文件文号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_number: Option<String>,
    /// 公布日期
    pub published_on: Date,
    /// 公布途径
    pub channel: String,
    /// 报送备案日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filed_on: Option<Date>,
    /// 备案机关
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filed_with: Option<String>,
}

/// 决策后评估（赤峰后评估规则 第十三条；昌黎 第五十九条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PostEvaluation {
    /// 评估单位
    pub evaluator: String,
    /// 报告日期
    pub date: Date,
    /// 评估过程和方式
    pub process: String,
    /// 决策执行基本情况
    pub execution: String,
    /// 公众和利益相关方评价
    pub public_view: String,
    /// 主要问题和原因
    pub problems: String,
    /// 评估结果：继续执行、调整、中止、终止
    pub result: String,
    /// 建议
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestions: Option<String>,
}

/// 归档信息（DA/T 22-2015；人社厅程序办法 第四十七至四十九条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArchiveInfo {
    /// 全宗号
    pub fonds: String,
    /// 机构（问题）代码
    pub org_code: String,
    /// 保管期限：永久、30年、10年
    pub retention: String,
    /// 结案（归档）日期，档案包中文件的时间以此为准
    pub closed_on: Date,
    /// 其他承办单位向牵头承办单位移交原件的日期（人社厅程序办法 第四十九条：决策办结之日起60日内，办结日取 closed_on）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transferred_on: Option<Date>,
    /// 整理人
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compiled_by: Option<String>,
    /// 检查人
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_by: Option<String>,
    /// 归档年度（档号中的年度，DA/T 22-2015；不填取结案日期的年份）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// 整理日期（备考表；不填取结案日期）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compiled_on: Option<Date>,
    /// 检查日期（备考表；不填取结案日期）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_on: Option<Date>,
    /// 密级（归档文件目录中生成文书的密级；非涉密文件不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<String>,
    /// 备考表“说明”中补充的情况（文件缺损、修改、补充、移出等）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// 附件（扫描件、签字意见等），路径相对于案卷文件所在文件夹
    #[serde(default)]
    pub attachments: Vec<Attachment>,
}

/// 归档附件。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// 文件路径（相对于案卷文件所在文件夹，不得超出该文件夹）
    pub path: String,
    /// 题名
    pub title: String,
    /// 作为合法性审查送审清单中的哪一项材料（清单项代号，如 legal_review_opinion；不作送审材料的不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legality_item: Option<String>,
    /// 类别：启动、决策方案、合法性审查、集体讨论、执行、其他
    pub category: String,
    /// 文件日期
    pub date: Date,
    /// 责任者
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// 文号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 页数（PDF 附件自动计数，不填；其他格式如 JPG 扫描件须填写）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<u32>,
    /// 密级（非涉密文件不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<String>,
    /// 备注（归档文件目录的“备注”栏）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}
