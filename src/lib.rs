//! 重大行政决策程序文书生成工具的库。
//!
//! 流水线：案卷模型（[`case`]）→ 规则检查（[`checks`]）→ 模板渲染（[`render`]）→ 排版（[`world`]、[`typeset`]）
//! → PDF → 归档。命令行程序 `gen`（src/main.rs）只做参数解析和输出。

pub mod archive;
pub mod calendar;
pub mod case;
pub mod checks;
pub mod config;
pub mod documents;
pub mod error;
pub mod escape;
pub mod fonts;
pub mod generate;
pub mod inspect;
pub mod legality;
pub mod output;
pub mod procedure;
pub mod render;
pub mod rules;
pub mod schema;
pub mod templates;
pub mod typeset;
pub mod world;

pub use error::{Error, Result};
