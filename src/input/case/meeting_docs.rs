//! 集体讨论和公布的记录型文书的案卷记录：报送材料、列席代表名单、请示和报告、公布和解读、审议情况公开、备案报告。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Case, Date, Extra};

/// 提请集体讨论的报送材料清单和会议方案（条例 第二十九条；赤峰规定 第三十四条、赤峰公众参与规则 第十七条；
/// 人社厅程序办法 第三十七条；昌黎规定 第四十六条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeetingMaterials {
    /// 报送日期（决策承办单位提交决策机关讨论决策草案之日）
    pub date: Date,
    /// 提请讨论的议题，如“审议《……方案（送审稿）》”
    #[serde(default)]
    pub topic: String,
    /// 汇报人（决策承办单位负责人的职务和姓名）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporter: Option<String>,
    /// 列席议题和列席人员的安排（赤峰公众参与规则 第十七条：列席议题由政府办公室与决策承办单位共同商议确定；可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance_plan: Option<String>,
    /// 报送的材料，按法定材料的项次（第几项）列出
    #[serde(default)]
    pub items: Vec<MeetingMaterial>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(MeetingMaterials { date: date, required: [topic, items] });

/// 报送的一件材料。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeetingMaterial {
    /// 属于法定材料的第几项（条例 第二十九条为（一）至（六），赤峰规定 第三十四条、人社厅程序办法 第三十七条为（一）至（四）；
    /// 超出项数的列入最后一项“其他材料”）
    pub clause: u32,
    /// 材料名称，如“《……方案（送审稿）》及起草说明”
    pub name: String,
    /// 份数、页数或说明（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// 列席会议的相关方代表名单（赤峰公众参与规则 第十七条：由决策承办单位拟定，随会议方案一并报审）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StakeholderList {
    /// 拟定日期
    pub date: Date,
    /// 相关方代表（利益相关方、公众代表、人大代表、政协委员、专家、媒体等，一般不少于3人）
    #[serde(default)]
    pub members: Vec<StakeholderMember>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(StakeholderList { date: date, required: [members] });

/// 名单中的一位相关方代表。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StakeholderMember {
    /// 姓名
    pub name: String,
    /// 代表类别：利益相关方、公众代表、人大代表、政协委员、专家、媒体等（赤峰公众参与规则 第十七条）
    pub category: String,
    /// 工作单位或身份（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// 参与该项决策前期讨论或者发表意见建议的情况（赤峰公众参与规则 第十七条：原则上从这些人员中产生）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier: Option<String>,
}

/// 决策出台前向同级党委的请示（条例 第三十一条；赤峰规定 第三十六条；昌黎规定 第六条）。上行文，标注签发人。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartyRequest {
    /// 成文日期
    pub date: Date,
    /// 发文字号，如“×政请〔2026〕5号”
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 签发人姓名（上行文标注签发人，GB/T 9704-2012 7.2.6）
    #[serde(default)]
    pub signer: String,
    /// 主送机关（同级党委），如“中共××市委”
    #[serde(default)]
    pub addressee: String,
    /// 请示的缘由和事项：决策草案的主要内容、履行决策程序和集体讨论的情况（一文一事）
    #[serde(default)]
    pub content: String,
    /// 结语，如“妥否，请批示。”（不填印“以上请示妥否，请批示。”）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<String>,
    /// 党委批复同意的日期（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replied_on: Option<Date>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(PartyRequest {
    date: date,
    author: |_: &PartyRequest, case: &Case| case.decision.organ.clone(),
    number: number,
    required: [number, signer, addressee, content],
});

/// 决策出台前向同级人大常委会的报告（昌黎规定 第六条；条例 第八条、赤峰规定 第八条、人社厅程序办法 第五条：
/// 属于应当在出台前向人大常委会报告的事项的）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NpcReport {
    /// 成文日期
    pub date: Date,
    /// 发文字号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 主送机关（同级人大常委会），如“昌黎县人大常委会”
    #[serde(default)]
    pub addressee: String,
    /// 报告的内容：决策事项、决策草案的主要内容、履行决策程序和集体讨论的情况
    #[serde(default)]
    pub content: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(NpcReport {
    date: date,
    author: |_: &NpcReport, case: &Case| case.decision.organ.clone(),
    number: number,
    required: [addressee, content],
});

/// 决策公布（条例 第三十二条；赤峰规定 第三十七条、赤峰公众参与规则 第十九条；人社厅程序办法 第三十八条；
/// 昌黎规定 第四十七条）。决策机关的公告。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Announcement {
    /// 成文日期
    pub date: Date,
    /// 公告的编号或文号（不填用 publication.document_number）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 公布途径，如“××市人民政府公报”“××市人民政府门户网站”“《××日报》”
    #[serde(default)]
    pub channels: Vec<String>,
    /// 公布的决策的主要内容（全文另附的，写要点）
    #[serde(default)]
    pub content: String,
    /// 施行日期（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<Date>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(Announcement {
    date: date,
    author: |_: &Announcement, case: &Case| case.decision.organ.clone(),
    number: number,
    required: [channels, content],
});

/// 政策解读（条例 第三十二条；赤峰规定 第三十七条、赤峰公众参与规则 第十九条；人社厅程序办法 第三十八条；
/// 昌黎规定 第四十七条）：说明公众意见、专家论证意见的采纳情况。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interpretation {
    /// 发布日期
    pub date: Date,
    /// 解读单位（不填为决策承办单位）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// 出台背景和依据
    #[serde(default)]
    pub background: String,
    /// 决策的主要内容
    #[serde(default)]
    pub content: String,
    /// 公众意见的采纳情况
    #[serde(default)]
    pub public_opinions: String,
    /// 专家论证意见的采纳情况（未组织专家论证的写明）
    #[serde(default)]
    pub expert_opinions: String,
    /// 相对集中的意见未予采纳的反馈和说明（赤峰公众参与规则 第十九条；可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unadopted: Option<String>,
    /// 宣传解读的方式，如“新闻发布会”“专家解读会”“接受访谈”
    #[serde(default)]
    pub methods: Vec<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(Interpretation {
    date: date,
    author: |r: &Interpretation, case: &Case| r.by.clone().unwrap_or_else(|| case.decision.lead_unit.clone()),
    required: [background, content, public_opinions, expert_opinions],
});

/// 集体审议情况公开（赤峰公众参与规则 第十八条：及时向社会公开集体审议重大行政决策事项的有关情况）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeliberationDisclosure {
    /// 公开日期
    pub date: Date,
    /// 公开途径，如“××市人民政府门户网站”
    #[serde(default)]
    pub channel: String,
    /// 审议的主要情况（会议讨论的要点、相关方代表列席和发表意见的情况），会议的时间、名称和决定取自 meeting
    #[serde(default)]
    pub summary: String,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(DeliberationDisclosure {
    date: date,
    author: |_: &DeliberationDisclosure, case: &Case| case.decision.organ.clone(),
    required: [channel, summary],
});

/// 备案报告（赤峰规定 第三十八条：自公布之日起30日内，通过内蒙古自治区法治政府建设智能化一体平台向上一级人民政府备案）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FilingReport {
    /// 成文日期（报送备案日期见 publication.filed_on）
    pub date: Date,
    /// 发文字号（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 签发人姓名（向上一级人民政府的报告是上行文，标注签发人，GB/T 9704-2012 7.2.6）
    #[serde(default)]
    pub signer: String,
    /// 报送备案的材料（决策文件、起草说明、合法性审查意见、集体讨论会议纪要等）
    #[serde(default)]
    pub materials: Vec<String>,
    /// 需要说明的其他情况（可不填）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
crate::record!(FilingReport {
    date: date,
    author: |_: &FilingReport, case: &Case| case.decision.organ.clone(),
    number: number,
    required: [signer, materials],
});
