//! 配置文件 `gen.yaml`（可选）：单位自有字体的文件夹和各字体角色选用的字族名。
//!
//! ```yaml
//! font_paths: [字体]            # 相对于本配置文件所在文件夹
//! fonts:
//!   title: 方正小标宋简体        # 标题（2号小标宋）
//!   fang: 仿宋_GB2312            # 正文（3号仿宋）
//!   hei: 黑体                    # 一级标题
//!   kai: 楷体_GB2312             # 二级标题
//!   song: 宋体                   # 页码
//! ```
//! 指定的字族排在附带字体之前；缺字时仍由附带的 Fandol、Noto 字体补上。

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{yaml_cn, Error, Result};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// 额外的字体文件夹
    #[serde(default)]
    pub font_paths: Vec<PathBuf>,
    /// 各角色选用的字族名
    #[serde(default)]
    pub fonts: FontChoice,
    /// 标题是否用粗体字面（附带的 FandolSong 以粗体近似小标宋；改用方正小标宋时设为 false）
    #[serde(default)]
    pub title_bold: Option<bool>,
    /// 排版的上限（时间、页数、内存），默认值远高于任何真实的文书
    #[serde(default)]
    pub limits: Limits,
}

/// 上限（gen.yaml 的 `limits`）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// 一份文书排版最多用的秒数
    pub seconds: u64,
    /// 一份文书最多的页数
    pub pages: usize,
    /// 程序最多占用的内存（MB）
    pub memory_mb: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { seconds: 120, pages: 2000, memory_mb: 6144 }
    }
}

/// 各角色的字族名（可不填）。
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FontChoice {
    pub title: Option<String>,
    pub song: Option<String>,
    pub fang: Option<String>,
    pub hei: Option<String>,
    pub kai: Option<String>,
}

impl Config {
    /// 读配置文件；`path` 为 None 时返回默认配置。
    pub fn load(path: Option<&Path>) -> Result<Config> {
        let Some(path) = path else { return Ok(Config::default()) };
        let text = super::files::read_text(path, super::files::SMALL_LIMIT, "配置文件")?;
        let mut cfg: Config = serde_norway::from_str(&text).map_err(|e| {
            let at = e.location().map(|l| format!(":{}:{}", l.line(), l.column())).unwrap_or_default();
            Error::input(format!("配置文件 {}{at} 有误：{}", path.display(), yaml_cn(&e.to_string())))
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        for p in &mut cfg.font_paths {
            if p.is_relative() {
                *p = base.join(&*p);
            }
        }
        Ok(cfg)
    }

    /// 标题字重：附带字体用粗体近似小标宋；单位指定了标题字体时默认常规。
    pub fn title_weight(&self) -> &'static str {
        match self.title_bold.unwrap_or(self.fonts.title.is_none()) {
            true => "bold",
            false => "regular",
        }
    }
}
