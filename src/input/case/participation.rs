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
    /// 实地走访计划（赤峰公众参与规则 第九条：梳理问题，科学制定走访计划，选取有代表性的区域、群体、企业和行业协会商会等）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_visit: Option<FieldVisitPlan>,
    /// 民意调查的调查问卷，每次调查一份（昌黎规定 第二十、二十一条；赤峰规定 第十八条；赤峰公众参与规则 第十条）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub polls: Vec<Poll>,
    /// 民意调查报告，每次调查一份（昌黎规定 第二十条“作出民意调查报告”、第二十一条（四）、第二十二条）
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub poll_reports: Vec<PollReport>,
    /// 收到的公众意见及处理情况（赤峰公众参与规则 第十五、十九条）
    #[serde(default)]
    pub opinions: Vec<Opinion>,
    /// 对相对集中而未予采纳的意见的反馈说明（昌黎规定 第十五条：面谈、书面函告等方式反馈并说明理由；赤峰公众参与规则 第十九条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<OpinionFeedback>,
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
    /// 听证参加人遴选办法（需要遴选听证参加人的，提前公布；条例 第十六条，赤峰公众参与规则 第十二条，
    /// 人社厅程序办法 第十九条，昌黎规定 第十六条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection: Option<HearingSelection>,
    /// 听证会报名表（随听证会公告公布，供报名人填写）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<HearingForm>,
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
    /// 听证参加人名单公告（条例 第十六条：听证参加人名单应当提前向社会公布；人社厅程序办法 第十九条；昌黎规定 第十六条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants_notice: Option<HearingParticipantsNotice>,
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
    /// 座谈会开始时刻，24 小时制，如 09:00（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Time>,
    /// 座谈内容（听取意见的事项，可不填；不填时为决策草案）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// 随通知送达参会代表的材料（赤峰公众参与规则 第八条：决策草案和背景情况等资料；昌黎规定 第十九条：决策方案及起草说明）
    #[serde(default)]
    pub materials: Vec<String>,
    /// 座谈会通知文号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 其他事项（回执、发言准备等，每条一项，可不填）
    #[serde(default)]
    pub notes: Vec<String>,
    /// 会务联系人和联系方式（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
// 座谈会通知：告知时间和地点，并与材料一并送达，成文日期为材料送达日期（赤峰：座谈会召开3个工作日前）。
crate::record!(Symposium {
    date: materials_sent_on,
    number: number,
    label: |s: &Symposium| s.date.chinese(),
    required: [date, place, materials_sent_on, attendees, materials],
});

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

/// 听证参加人遴选办法（条例 第十六条；赤峰公众参与规则 第十二条；人社厅程序办法 第十九条；昌黎规定 第十六条）：
/// 需要遴选听证参加人的，提前公布遴选办法，公平公开组织遴选，保证相关各方都有代表参加听证会。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HearingSelection {
    /// 遴选办法公布日期（成文日期；应在报名开始前或与听证会公告同时公布）
    pub date: Date,
    /// 文号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 遴选原则，每条一项（如公平公开、保证相关各方都有代表；昌黎规定 第十六条：按照持不同观点的各方人数基本相当的原则）
    #[serde(default)]
    pub principles: Vec<String>,
    /// 报名人应当具备的条件，每条一项
    #[serde(default)]
    pub conditions: Vec<String>,
    /// 各类听证参加人的名额和产生方式
    #[serde(default)]
    pub groups: Vec<SelectionGroup>,
    /// 遴选程序，按先后每步一项（报名、资格审查、遴选、确定名单、公布名单）
    #[serde(default)]
    pub steps: Vec<String>,
    /// 遴选的监督（如公证机构现场公证、纪检监察人员监督，可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervision: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(HearingSelection {
    date: date,
    author: |_: &HearingSelection, case: &super::Case| hearing_organizer(case),
    number: number,
    required: [principles, conditions, groups, steps],
});

/// 组织听证会的单位（听证会各种文书的署名）：案卷写了听证会的为其组织单位，否则为决策承办单位。
fn hearing_organizer(case: &super::Case) -> String {
    case.participation
        .as_ref()
        .and_then(|p| p.hearing.as_ref())
        .map(|h| h.organizer.clone())
        .unwrap_or_else(|| case.decision.lead_unit.clone())
}

/// 一类听证参加人的名额和产生方式。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SelectionGroup {
    /// 参加人类别（如“利害关系人代表（机动车驾驶人）”“人大代表、政协委员”“专家学者”）
    pub category: String,
    /// 名额（人）
    pub quota: u32,
    /// 产生方式（如“本人报名，报名人数超过名额的，公证下随机抽取”“由市人大常委会推荐”）
    pub method: String,
}

/// 听证会报名表（随听证会公告公布，报名人填写后报送组织单位）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HearingForm {
    /// 报名表公布日期（一般与听证会公告同日）
    pub date: Date,
    /// 报名类别（表中供勾选，每类一项；不填时用听证会的名额分配 quota_breakdown）
    #[serde(default)]
    pub categories: Vec<String>,
    /// 报名条件，每条一项
    #[serde(default)]
    pub conditions: Vec<String>,
    /// 旁听报名说明（旁听名额、报名截止日期等，可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observers: Option<String>,
    /// 填表说明，每条一项（可不填）
    #[serde(default)]
    pub notes: Vec<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(HearingForm { date: date, author: |_: &HearingForm, case: &super::Case| hearing_organizer(case), required: [conditions] });

/// 听证参加人名单公告（条例 第十六条：听证参加人名单应当提前向社会公布）。名单取自听证会参加人 participants。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HearingParticipantsNotice {
    /// 名单公告日期（成文日期；与 participants_published_on 相同）
    pub date: Date,
    /// 文号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 遴选经过（报名人数、遴选方式、公证情况等）
    #[serde(default)]
    pub process: String,
    /// 公布途径（如“赤峰市人民政府门户网站”）
    #[serde(default)]
    pub channels: Vec<String>,
    /// 其他事项，每条一项（到场时间、异议途径等，可不填）
    #[serde(default)]
    pub notes: Vec<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(HearingParticipantsNotice {
    date: date,
    author: |_: &HearingParticipantsNotice, case: &super::Case| hearing_organizer(case),
    number: number,
    required: [process, channels],
});

/// 实地走访计划（赤峰公众参与规则 第九条：梳理相关领域存在的问题，科学制定走访计划，
/// 选取有代表性的区域、群体、企业和行业协会商会等开展走访）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldVisitPlan {
    /// 计划制定日期（成文日期）
    pub date: Date,
    /// 走访目的（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// 梳理的相关领域存在的问题，每条一项
    #[serde(default)]
    pub problems: Vec<String>,
    /// 走访对象（有代表性的区域、群体、企业和行业协会商会等）和安排
    #[serde(default)]
    pub targets: Vec<VisitTarget>,
    /// 走访调研的内容（了解和听取意见的事项），每条一项
    #[serde(default)]
    pub topics: Vec<String>,
    /// 走访人员（可不填）
    #[serde(default)]
    pub staff: Vec<String>,
    /// 工作要求，每条一项（可不填）
    #[serde(default)]
    pub requirements: Vec<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(FieldVisitPlan { date: date, required: [problems, targets, topics] });

/// 一个走访对象。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VisitTarget {
    /// 类别：区域、群体、企业、行业协会商会等
    pub category: String,
    /// 走访对象
    pub name: String,
    /// 走访日期（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// 走访方式（座谈、入户、现场查看等，可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
}

/// 调查问卷（昌黎规定 第二十一条（一）：根据确定的事项设计调查问卷，围绕群众应知易知的内容设计调查内容；
/// 赤峰公众参与规则 第十条：调查内容设计应当用词简洁、明确易懂）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Poll {
    /// 问卷名称（如“城乡生活垃圾分类工作群众意见调查问卷”）
    pub title: String,
    /// 问卷定稿日期（成文日期）
    pub date: Date,
    /// 调查单位：自行调查的不填（为决策承办单位）；委托的写受托的调查机构（赤峰规定 第十八条：无利害关系的第三方；
    /// 昌黎规定 第二十条：独立调查研究机构）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conductor: Option<String>,
    /// 卷首语（致被调查者：调查的目的、事项和填写方法）
    #[serde(default)]
    pub intro: String,
    /// 被调查者基本情况栏（如职业、年龄、性别、文化程度；昌黎规定 第二十一条（二）按这些随机抽样；可不填）
    #[serde(default)]
    pub respondent_fields: Vec<String>,
    /// 调查问题，按顺序
    #[serde(default)]
    pub questions: Vec<PollQuestion>,
    /// 问卷回收方式和截止日期等（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_note: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(Poll {
    date: date,
    author: |p: &Poll, case: &super::Case| p.conductor.clone().unwrap_or_else(|| case.decision.lead_unit.clone()),
    label: |p: &Poll| p.title.clone(),
    required: [intro, questions],
});

/// 问卷中的一个问题。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PollQuestion {
    /// 问题
    pub text: String,
    /// 选项（不填的为填写意见的问答题）
    #[serde(default)]
    pub options: Vec<String>,
    /// 可以多选
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub multiple: bool,
}

/// 民意调查报告（昌黎规定 第二十条：作出民意调查报告；第二十一条（四）：对收回的问卷审核汇总分析，及时制作民意调查报告；
/// 第二十二条：根据民意调查情况对决策事项内容补充完善，与报告一并报县决策咨询服务中心；赤峰公众参与规则 第十条：
/// 了解决策事项的社会认同度、承受度以及相关意见建议）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PollReport {
    /// 所报告的调查（与 polls 中问卷名称 title 相同）
    pub poll: String,
    /// 报告日期（成文日期）
    pub date: Date,
    /// 调查单位：自行调查的不填（为决策承办单位）；委托的写受托的调查机构
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conductor: Option<String>,
    /// 调查开始日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// 调查结束日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// 调查方式（网络、电话、书面征询、当面问询、发放问卷、入户实地调查等）
    #[serde(default)]
    pub methods: Vec<String>,
    /// 调查区域、对象和抽样（昌黎规定 第二十一条（二）：按职业、年龄、性别、生活水平、文化程度等随机抽样）
    #[serde(default)]
    pub sample: String,
    /// 发放问卷份数（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributed: Option<u32>,
    /// 回收有效问卷份数（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid: Option<u32>,
    /// 调查结果：对各主要问题的汇总，每条一项
    #[serde(default)]
    pub findings: Vec<String>,
    /// 社会认同度、承受度分析（赤峰公众参与规则 第十条）
    #[serde(default)]
    pub analysis: String,
    /// 被调查者的主要意见建议，每条一项（可不填）
    #[serde(default)]
    pub suggestions: Vec<String>,
    /// 调查结论
    #[serde(default)]
    pub conclusion: String,
    /// 根据民意调查情况对决策事项内容的补充完善，每条一项（昌黎规定 第二十二条）
    #[serde(default)]
    pub improvements: Vec<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(PollReport {
    date: date,
    author: |p: &PollReport, case: &super::Case| p.conductor.clone().unwrap_or_else(|| case.decision.lead_unit.clone()),
    label: |p: &PollReport| p.poll.clone(),
    required: [methods, sample, findings, analysis, conclusion],
});

/// 对相对集中而未予采纳的意见的反馈说明（昌黎规定 第十五条：对相对集中的意见未予采纳的，通过面谈、书面函告等适当方式
/// 进行反馈和说明理由；赤峰公众参与规则 第十九条：要通过适当方式进行反馈和说明）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OpinionFeedback {
    /// 反馈说明日期（成文日期）
    pub date: Date,
    /// 文号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 相对集中而未予采纳的意见，每条一项
    #[serde(default)]
    pub items: Vec<FeedbackItem>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(OpinionFeedback { date: date, number: number, required: [items] });

/// 一条相对集中而未予采纳的意见及其反馈。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FeedbackItem {
    /// 意见内容（归纳后的）
    pub content: String,
    /// 提出情况（如“公开征求意见期间共38人次提出”）
    pub raised_by: String,
    /// 未予采纳的理由
    pub reason: String,
    /// 反馈方式（昌黎规定 第十五条：面谈、书面函告等）和对象
    pub method: String,
    /// 反馈日期（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fed_back_on: Option<Date>,
}
