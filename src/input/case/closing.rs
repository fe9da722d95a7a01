//! 集体讨论决定及其后的环节：会议、公布与备案、后评估、归档。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Category, Date, Extra, MeetingDecision, Retention, Stance, Time};

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
    /// 相关方代表少于规定人数时的理由（赤峰公众参与规则 第十七条“一般不少于3人”）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stakeholders_reason: Option<String>,
    /// 会议材料送达日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materials_sent_on: Option<Date>,
    /// 发言及意见（按原意记录，不同意见如实记载）
    pub opinions: Vec<MeetingOpinion>,
    /// 行政首长的决定：通过、原则通过、修改后再次讨论、不予通过（昌黎：通过、修改、再次审议）
    pub decision: MeetingDecision,
    /// 与多数人意见不同时的理由（条例 第三十条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_reason: Option<String>,
    /// 纪要签发人
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<String>,
    /// 记录人
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorder: Option<String>,
    /// 提请集体讨论的报送材料清单和会议方案（条例 第二十九条；赤峰规定 第三十四条；人社厅程序办法 第三十七条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materials: Option<super::MeetingMaterials>,
    /// 列席会议的相关方代表名单（赤峰公众参与规则 第十七条：随会议方案一并报审）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stakeholder_list: Option<super::StakeholderList>,
    /// 出台前向同级党委的请示（条例 第三十一条；赤峰规定 第三十六条；昌黎规定 第六条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party_request: Option<super::PartyRequest>,
    /// 出台前向同级人大常委会的报告（昌黎规定 第六条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub npc_report: Option<super::NpcReport>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作本部分的 `extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
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
    pub stance: Option<Stance>,
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
    /// 决策公布的公告（条例 第三十二条；赤峰规定 第三十七条；人社厅程序办法 第三十八条；昌黎规定 第四十七条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announcement: Option<super::Announcement>,
    /// 政策解读（条例 第三十二条；赤峰公众参与规则 第十九条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpretation: Option<super::Interpretation>,
    /// 集体审议情况公开（赤峰公众参与规则 第十八条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deliberation_disclosure: Option<super::DeliberationDisclosure>,
    /// 备案报告（赤峰规定 第三十八条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filing_report: Option<super::FilingReport>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作本部分的 `extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
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
    /// 实施绩效、制度设计等内容分析（昌黎规定 第五十九条（二）；不填时印公众评价和问题），可不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<String>,
    /// 其他需要说明的问题（昌黎规定 第五十九条（四）），可不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// 后评估启动决定（条例 第三十六条；赤峰后评估规则 第四条、第五条；昌黎规定 第五十五条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch: Option<super::EvaluationLaunch>,
    /// 后评估方案（赤峰后评估规则 第十二条（二）；昌黎规定 第五十八条（一））
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<super::EvaluationPlan>,
    /// 后评估报告的专家论证（昌黎规定 第五十八条（三））
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<super::EvaluationReview>,
    /// 后评估报告的审定（昌黎规定 第五十八条（三）：报告提交县政府审定）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<super::EvaluationApproval>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作本部分的 `extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 归档信息（DA/T 22-2015；人社厅程序办法 第四十七至四十九条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArchiveInfo {
    /// 全宗号
    pub fonds: String,
    /// 机构（问题）代码
    pub org_code: String,
    /// 保管期限：永久、30年、10年（DA/T 22-2015；也可写代码 Y、D30、D10）
    pub retention: Retention,
    /// 结案（归档）日期，档案包中文件的时间以此为准
    pub closed_on: Date,
    /// 其他承办单位向牵头承办单位移交原件的日期（人社厅程序办法 第四十九条：决策办结之日起60日内，办结日见 decision.concluded_on）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transferred_on: Option<Date>,
    /// 原件移交清单（人社厅程序办法 第四十九条：相关处室单位向牵头处室单位移交原件并留存副本）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer: Option<super::TransferList>,
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
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作本部分的 `extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
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
    /// 类别：启动、决策方案、合法性审查、集体讨论、执行、其他（人社厅程序办法 第四十八条）
    pub category: Category,
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
