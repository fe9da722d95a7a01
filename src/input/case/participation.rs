//! 公众参与：公开征求意见、听证会、座谈会、意见处理（条例 第三章第一节；赤峰公众参与规则）。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Adoption, Contact, Date, Extra, Time};

/// 公众参与。
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Participation {
    /// 向社会公开征求意见（条例 第十五条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<PublicComment>,
    /// 听证会（条例 第十六、十七条；赤峰公众参与规则 第十一至十六条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hearing: Option<Hearing>,
    /// 座谈会（赤峰公众参与规则 第八条）
    #[serde(default)]
    pub symposiums: Vec<Symposium>,
    /// 收到的公众意见及处理情况（赤峰公众参与规则 第十五、十九条）
    #[serde(default)]
    pub opinions: Vec<Opinion>,
    /// 公众意见采纳情况说明（填写后生成该说明）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adoption_report: Option<AdoptionReport>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作本部分的 `extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 公众意见采纳情况说明的落款信息。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdoptionReport {
    /// 说明日期
    pub date: Date,
    /// 出具单位（默认为决策承办单位）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// 总体情况概述（可不填，工具自动统计意见条数）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overview: Option<String>,
}

/// 向社会公开征求意见。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PublicComment {
    /// 公告发布日期
    pub published_on: Date,
    /// 征求意见开始日期
    pub start: Date,
    /// 征求意见截止日期
    pub end: Date,
    /// 公布草案的途径（如“赤峰市人民政府门户网站”）
    pub channels: Vec<String>,
    /// 提交意见的方式（信函、电子邮件、网站留言等）
    pub methods: Vec<String>,
    /// 与公告一并公布的材料（决策草案及其说明等）
    #[serde(default)]
    pub materials: Vec<String>,
    /// 期限少于30日时的理由（因情况紧急等，条例 第十五条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortened_reason: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作本部分的 `extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 听证会。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Hearing {
    /// 听证会组织单位（决策承办单位或组织听证会的其他单位）
    pub organizer: String,
    /// 听证会公告发布日期（公告的成文日期）
    pub announced_on: Date,
    /// 听证会公告文号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_number: Option<String>,
    /// 听证会举行日期
    pub date: Date,
    /// 开始时刻，24 小时制，如 09:00
    pub start_time: Time,
    /// 听证会地点
    pub place: String,
    /// 听证内容（听证的决策草案及主要听证事项）
    pub subject: String,
    /// 主要听证事项（逐条列出，可不填）
    #[serde(default)]
    pub questions: Vec<String>,
    /// 听证会参加人名额（人）
    pub quota: u32,
    /// 参加人名额分配，如“利害关系人代表6名”（可不填）
    #[serde(default)]
    pub quota_breakdown: Vec<String>,
    /// 参加人产生办法（需要遴选的，写明遴选办法；条例 第十六条）
    pub selection_method: String,
    /// 报名方法
    pub registration: Registration,
    /// 其他事项（旁听、新闻报道、注意事项等，每条一项）
    #[serde(default)]
    pub other_matters: Vec<String>,
    /// 与公告一并公布的材料（如决策草案及其说明）
    #[serde(default)]
    pub published_materials: Vec<String>,
    /// 听证会主持人
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair: Option<String>,
    /// 听证会参加人（遴选确定后填写）
    #[serde(default)]
    pub participants: Vec<HearingParticipant>,
    /// 听证参加人名单向社会公布的日期（条例 第十六条：听证参加人名单应当提前向社会公布）。
    /// 遴选办法写在听证会公告中（selection_method），随公告一并公布
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants_published_on: Option<Date>,
    /// 送达参加人的听证材料名称
    #[serde(default)]
    pub materials: Vec<String>,
    /// 听证报告（听证会举行后填写；赤峰公众参与规则 第十六条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<HearingReport>,
    /// 听证会记录（条例 第十七条：承办单位介绍、参加人陈述询问质证辩论、参加人确认记录并签字）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<HearingRecord>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作本部分的 `extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 听证会记录（条例 第十七条；赤峰公众参与规则 第十三条、第十六条；人社厅程序办法 第二十条、第二十一条；
/// 昌黎规定 第十七条）。听证报告根据听证会记录制作。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HearingRecord {
    /// 记录日期（听证会当日）
    pub date: Date,
    /// 记录人
    #[serde(default)]
    pub recorder: String,
    /// 决策承办单位介绍决策草案、依据和有关情况（条例 第十七条（一））：介绍人和要点
    #[serde(default)]
    pub introduction: String,
    /// 听证参加人陈述意见，进行询问、质证和辩论，承办单位或专家解释说明（条例 第十七条（二）），按发言先后
    #[serde(default)]
    pub speeches: Vec<HearingSpeech>,
    /// 旁听情况（如“旁听群众12人”，可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observers: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(HearingRecord {
    date: date,
    author: |_: &HearingRecord, case: &super::Case| case
        .participation
        .as_ref()
        .and_then(|p| p.hearing.as_ref())
        .map(|h| h.organizer.clone())
        .unwrap_or_else(|| case.decision.lead_unit.clone()),
    required: [recorder, introduction, speeches],
});

/// 听证会上的一次发言。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HearingSpeech {
    /// 发言人（听证参加人姓名，或承办单位、专家的姓名和身份）
    pub speaker: String,
    /// 发言的性质：陈述、询问、质证、辩论、解释说明
    pub kind: super::SpeechKind,
    /// 发言要点
    pub content: String,
}

/// 听证报告（赤峰公众参与规则 第十六条：基本情况、听证参加人的主要意见）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HearingReport {
    /// 报告日期
    pub date: Date,
    /// 听证会基本情况（举行经过、程序）
    pub summary: String,
    /// 出席情况，如“应到15人，实到14人，旁听12人”
    pub attendance: String,
    /// 听证参加人的主要意见及处理情况
    pub opinions: Vec<HearingOpinion>,
    /// 结论或建议（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion: Option<String>,
}

/// 听证会上的一条意见。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HearingOpinion {
    /// 发言的听证参加人
    pub speaker: String,
    /// 意见内容
    pub content: String,
    /// 是否采纳：采纳、部分采纳、不予采纳
    pub adoption: Adoption,
    /// 处理情况；不予采纳或部分采纳的写明理由
    pub handling: String,
}

/// 听证会报名方法和联系方式。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    /// 报名开始日期
    pub start: Date,
    /// 报名截止日期
    pub end: Date,
    /// 报名方式（现场、电话、电子邮件等），写明需提交的材料
    pub method: String,
    /// 报名联系方式
    pub contact: Contact,
}

/// 听证会参加人。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HearingParticipant {
    /// 姓名
    pub name: String,
    /// 身份类别（利害关系人代表、人大代表、政协委员、专家学者等）
    pub category: String,
    /// 工作单位或住址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// 听证材料送达日期（应在听证会7日前，条例 第十六条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_on: Option<Date>,
}

/// 座谈会。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Symposium {
    /// 座谈会日期
    pub date: Date,
    /// 地点
    pub place: String,
    /// 材料送达参会人员的日期（赤峰：提前3个工作日，公众参与规则 第八条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materials_sent_on: Option<Date>,
    /// 参会人员或单位
    #[serde(default)]
    pub attendees: Vec<String>,
}

/// 一条公众意见及其处理。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Opinion {
    /// 意见来源（公开征求意见、听证会、座谈会等）
    pub source: String,
    /// 提出人或单位（可匿名写“公众”）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// 意见内容
    pub content: String,
    /// 是否采纳：采纳、部分采纳、不予采纳
    pub adoption: Adoption,
    /// 处理说明；不予采纳或部分采纳的，写明理由
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}
