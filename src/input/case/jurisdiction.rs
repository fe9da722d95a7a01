//! 规则体系：案卷适用哪一套法规（`rules:`）。规则表本身在 `law` 阶段（data/rules/*.yaml）。

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// 规则体系。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Jurisdiction {
    /// 国务院《重大行政决策程序暂行条例》
    #[serde(rename = "national")]
    National,
    /// 赤峰市重大行政决策程序规定及配套规则
    #[serde(rename = "chifeng")]
    Chifeng,
    /// 内蒙古自治区人力资源和社会保障厅重大行政决策程序办法等
    #[serde(rename = "nmg-hrss")]
    NmgHrss,
    /// 昌黎县人民政府重大行政决策程序规定（试行）
    #[serde(rename = "changli")]
    Changli,
}

impl Jurisdiction {
    /// 全部规则体系。
    pub fn all() -> [Jurisdiction; 4] {
        [Jurisdiction::National, Jurisdiction::Chifeng, Jurisdiction::NmgHrss, Jurisdiction::Changli]
    }

    /// 英文代号（与 YAML、案卷中的写法一致）。
    pub fn id(self) -> &'static str {
        match self {
            Jurisdiction::National => "national",
            Jurisdiction::Chifeng => "chifeng",
            Jurisdiction::NmgHrss => "nmg-hrss",
            Jurisdiction::Changli => "changli",
        }
    }

    /// 中文名称。
    pub fn name(self) -> &'static str {
        match self {
            Jurisdiction::National => "国家（国务院条例）",
            Jurisdiction::Chifeng => "赤峰市",
            Jurisdiction::NmgHrss => "内蒙古自治区人力资源和社会保障厅",
            Jurisdiction::Changli => "昌黎县",
        }
    }

    /// 在 [`Jurisdiction::all`] 中的位置。
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Jurisdiction {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Jurisdiction::all()
            .into_iter()
            .find(|j| j.id() == s)
            .ok_or_else(|| format!("未知的规则体系“{s}”，应为 national、chifeng、nmg-hrss 或 changli"))
    }
}
