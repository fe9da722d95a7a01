//! 决策事项基本情况与联系方式。

use schemars::JsonSchema;

use serde::{Deserialize, Serialize};

use super::{Date, Extra};

/// 决策事项基本情况（条例 第二章；赤峰规定 第十一、十二条）。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// 决策事项名称，例如“赤峰市中心城区停车收费标准调整方案”
    pub name: String,
    /// 决策机关，例如“赤峰市人民政府”
    pub organ: String,
    /// 决策承办单位（两个以上单位承办时为牵头承办单位）
    pub lead_unit: String,
    /// 其他承办单位
    #[serde(default)]
    pub co_units: Vec<String>,
    /// 决策事项简介（草案主要内容，一两句话）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// 制定依据（法律、法规、政策文件名称）
    #[serde(default)]
    pub basis: Vec<String>,
    /// 列入的年度重大行政决策事项目录年份
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalogue_year: Option<i32>,
    /// 是否属于涉及面广、争议较大或专业性特别强的事项（影响论证专家人数）
    #[serde(default)]
    pub complex: bool,
    /// 决策机关决定启动决策程序的日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_on: Option<Date>,
    /// 决策草案名称（如与决策事项名称不同）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft_title: Option<String>,
    /// 是否专业性、技术性较强（条例 第十九条：应当组织专家论证；人社厅专家论证办法 第三条；赤峰专家论证办法 第四条）。
    /// 不填时，国家规则体系无法判断专家论证是否必经，检查时提示
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub technical: Option<bool>,
    /// 决策的实施是否可能对社会稳定、公共安全等方面造成不利影响（条例 第二十二条：应当组织风险评估）。
    /// 不填时，国家规则体系无法判断风险评估是否必经，检查时提示
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stability_risk: Option<bool>,
    /// 决策草案是否涉及市场主体经济活动（条例 第二十九条（一）：应当进行公平竞争审查）。
    /// 不填时按是否开展了公平竞争审查（legality.fair_competition_done）推定
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub market_activity: Option<bool>,
    /// 依法不予公开的决策事项写明依据（条例 第十四条：依法不予公开的决策事项除外，不要求公众参与）；公开的事项不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undisclosed: Option<String>,
    /// 决策办结日期（人社厅程序办法 第四十九条：其他承办处室单位自决策办结之日起60日内移交原件）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concluded_on: Option<Date>,
    /// 决策事项建议书（条例 第十条：研究论证拟解决的主要问题、建议理由和依据、初步方案及其必要性、可行性后报请决策机关）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<super::Proposal>,
    /// 启动决策程序的决定（条例 第十一条：明确决策承办单位；人社厅程序办法 第十条：和期限）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiation: Option<super::Initiation>,
    /// 公众参与和专家论证方式的审批（人社厅程序办法 第十四、十五、十八、二十二条：经分管厅领导同意），每种方式一项
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub method_approvals: Vec<super::MethodApproval>,
    /// 调查研究报告（条例 第十二条；赤峰规定 第十四条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub research: Option<super::Research>,
    /// 决策草案起草说明（条例 第十五条；赤峰规定 第二十九条（一）；昌黎规定 第十二条）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<super::DraftExplanation>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作本部分的 `extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// 联系方式。
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// 联系单位
    pub unit: String,
    /// 联系人
    pub person: String,
    /// 联系电话
    pub phone: String,
    /// 通讯地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// 邮政编码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    /// 电子邮箱
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容，如“直播地址”。
    /// 模板中写作本部分的 `extra.名称`；gen fields 列出案卷中写了的自定义字段
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
