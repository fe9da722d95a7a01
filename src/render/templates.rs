//! 模板集：内置模板（编译进程序）加上 `--templates DIR` 中同名文件的覆盖。
//!
//! - `*.typ.j2`：文书模板，minijinja 语法 + Typst 标记，案卷数据一律转义后填入；
//! - `*.typ`：Typst 模块（如版式模块 `house.typ`），原样交给排版。

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::input::files::{io_cn, read_text, TEMPLATE_LIMIT};

/// 内置模板：文件名与内容（templates/ 下的每个 `*.typ`、`*.typ.j2`，由 build.rs 登记）。
pub const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/templates.rs"));

/// 一套模板：文件名 → 内容。
#[derive(Debug, Clone)]
pub struct TemplateSet {
    files: BTreeMap<String, String>,
    /// 被覆盖的文件名及其来源
    overridden: BTreeMap<String, PathBuf>,
}

impl TemplateSet {
    pub fn builtin() -> TemplateSet {
        TemplateSet { files: BUILTIN.iter().map(|(n, c)| (n.to_string(), c.to_string())).collect(), overridden: BTreeMap::new() }
    }

    /// 内置模板，再用 `dir` 中的同名（或新增）文件覆盖。
    pub fn with_overrides(dir: Option<&Path>) -> Result<TemplateSet> {
        let mut set = TemplateSet::builtin();
        let Some(dir) = dir else { return Ok(set) };
        let rd = std::fs::read_dir(dir).map_err(|e| Error::input(format!("无法读取模板文件夹 {}：{}", dir.display(), io_cn(&e))))?;
        let base = dir.canonicalize().map_err(|e| Error::input(format!("无法读取模板文件夹 {}：{}", dir.display(), io_cn(&e))))?;
        let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            let Some(name) = p.file_name().and_then(|n| n.to_str()) else { continue };
            if !(name.ends_with(".typ") || name.ends_with(".typ.j2")) {
                continue;
            }
            // 模板文件夹可能来自共享盘：模板必须是文件夹中的普通文件，不能经符号链接指向文件夹之外（如 /etc/passwd）。
            let real = p.canonicalize().map_err(|e| Error::input(format!("无法读取模板 {}：{}", p.display(), io_cn(&e))))?;
            if !real.starts_with(&base) {
                return Err(Error::input(format!(
                    "模板 {} 是指向模板文件夹之外（{}）的链接，为安全起见不读取；请把模板文件本身复制到模板文件夹中",
                    p.display(),
                    real.display()
                )));
            }
            let text = read_text(&real, TEMPLATE_LIMIT, "模板")
                .map_err(|e| Error::input(e.message.replace(&real.display().to_string(), &p.display().to_string())))?;
            let text = text.replace("\r\n", "\n");
            set.files.insert(name.to_string(), text);
            set.overridden.insert(name.to_string(), p);
        }
        Ok(set)
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// 模板的来源说明（错误信息用）：覆盖文件的路径，或“内置模板 名称”。
    pub fn origin(&self, name: &str) -> String {
        match self.overridden.get(name) {
            Some(p) => p.display().to_string(),
            None => format!("内置模板 templates/{name}"),
        }
    }
}

/// 把内置模板复制到 `dir`，返回写出的文件名。已有同名文件时不覆盖（除非 `force`）。
pub fn export(dir: &Path, force: bool) -> Result<Vec<String>> {
    std::fs::create_dir_all(dir).map_err(|e| Error::output(format!("无法创建文件夹 {}：{}", dir.display(), crate::error::io_text(&e))))?;
    let existing: Vec<&str> = BUILTIN.iter().map(|(n, _)| *n).filter(|n| dir.join(n).exists()).collect();
    if !existing.is_empty() && !force {
        return Err(Error::input(format!(
            "{} 中已有同名模板：{}。为免覆盖已修改的模板，未导出任何文件；确需覆盖请加 --force",
            dir.display(),
            existing.join("、")
        )));
    }
    let mut out = Vec::new();
    for (name, text) in BUILTIN {
        crate::output::write_atomic(&dir.join(name), text.as_bytes())?;
        out.push(name.to_string());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use crate::law::catalogue::{kind, ARCHIVE_KINDS, KINDS};

    #[test]
    fn every_kind_has_exactly_one_row_and_a_builtin_template() {
        let all: Vec<_> = KINDS.iter().chain(ARCHIVE_KINDS).collect();
        for k in &all {
            assert_eq!(all.iter().filter(|x| x.doc == k.doc || x.id == k.id).count(), 1, "{}", k.id);
            assert!(super::BUILTIN.iter().any(|(n, _)| *n == k.template), "{} 的模板 {} 不存在", k.id, k.template);
            assert_eq!(kind(k.doc).id, k.id);
        }
        // 最初的十三种、期限表和归档用的两种，加上 issue 15 的五十四种记录型文书
        assert_eq!(all.len(), 16 + 54);
    }
}
