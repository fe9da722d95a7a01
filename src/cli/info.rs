//! `gen list`、`gen schema`、`gen fonts`、`gen templates export`。

use std::path::{Path, PathBuf};

use juece::input::case::Jurisdiction;
use juece::input::schema::case_schema;
use juece::law::catalogue::{self, KINDS};
use juece::law::Law;
use juece::render::templates;
use juece::typeset::fonts::FontLibrary;
use juece::{Error, Result};

/// 每种文书：子命令名、名称、每人一份与否，以及在每个规则体系中的依据（规则表 document_basis）。
pub fn list() -> Result<()> {
    for k in KINDS {
        let per = if !k.per_person {
            ""
        } else if catalogue::LEGACY.contains(&k.doc) {
            "（每人一份）"
        } else {
            "（每项一份）"
        };
        out!("{:<22} {}{per}", k.id, k.name);
        for j in Jurisdiction::all() {
            let basis = Law::of(j).document_basis(k.id);
            let basis = if basis.is_empty() { "—".to_string() } else { basis.join("；") };
            out!("    {}：{basis}", j.name());
        }
    }
    Ok(())
}

/// 按子命令名找文书种类；没有时列出可用的。
fn find_kind(id: &str) -> Result<&'static catalogue::Kind> {
    catalogue::find(id).ok_or_else(|| {
        let ids: Vec<&str> = KINDS.iter().map(|k| k.id).collect();
        Error::input(format!("没有“{id}”这种文书。可用的文书：{}", ids.join("、")))
    })
}

pub fn schema(document: Option<&str>) -> Result<()> {
    let value = match document {
        None => case_schema().clone(),
        Some(id) => juece::documents::schema_of(find_kind(id)?),
    };
    out!("{}", serde_json::to_string_pretty(&value).map_err(|e| Error::internal(e.to_string()))?);
    Ok(())
}

/// `gen fields 种类 [案卷]`：模板可用的变量、过滤器，以及案卷中写了的自定义字段。
pub fn fields(kind: &str, case: Option<&Path>) -> Result<()> {
    let kind = find_kind(kind)?;
    let cf = case.map(juece::input::load_case).transpose()?;
    out_raw!(juece::documents::fields::listing(kind, cf.as_ref().map(|c| &c.case)));
    Ok(())
}

pub fn fonts(font_paths: &[PathBuf]) -> Result<()> {
    let lib = FontLibrary::load(font_paths)?;
    // 字族名一行一个（配置文件 gen.yaml 中照此填写），其后是它所在的文件
    let mut rows: Vec<(&str, &str, bool)> = lib.faces().collect();
    rows.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    for builtin in [true, false] {
        let mine: Vec<_> = rows.iter().filter(|r| r.2 == builtin).collect();
        if mine.is_empty() {
            continue;
        }
        out!(
            "{}",
            if builtin {
                "内置字体（已编入 gen 程序，不需要另外的字体文件）："
            } else {
                "--font-path 加入的字体："
            }
        );
        let mut families: Vec<&str> = mine.iter().map(|r| r.0).collect();
        families.sort();
        families.dedup();
        for fam in families {
            let mut files: Vec<&str> = mine.iter().filter(|r| r.0 == fam).map(|r| r.1).collect();
            files.dedup();
            out!("{fam}\t{}", files.join("、"));
        }
    }
    Ok(())
}

pub fn export(dir: &Path, force: bool) -> Result<()> {
    crate::args::usable_folder(dir, "模板要复制到的文件夹")?;
    for name in templates::export(dir, force)? {
        out!("已导出 {}", dir.join(name).display());
    }
    Ok(())
}
