//! 决策执行：执行单位、执行情况报告、重大问题报告、执行情况公开、中止终止调整（条例 第三十四至三十七条）。

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Extra;

/// 决策执行。
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Execution {
    /// 自定义字段（extra，键名可用中文）：标准字段以外、单位自己的模板要印的内容
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}
