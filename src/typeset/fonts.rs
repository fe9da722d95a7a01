//! 字体：编进程序的内置字体（fonts/ 中的文件，见 build.rs）和单位用 `--font-path` 加入的字体，
//! 建立 Typst 的字体库，并检查哪些字符没有任何字体能显示。
//!
//! 启动时不解析内置字体：每个字面的字族、字重、所含字符（Typst 的 `FontInfo`）事先算好，
//! 存在 fonts/index.json 中随程序编入（测试 `builtin_font_index_is_current` 核对它与字体文件一致）；
//! 字面只在排版第一次用到时才解析（[`FontLibrary::font`]）。

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};
use typst::foundations::Bytes;
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;

use crate::error::{io_text, Error, Result};
use crate::input::config::FontChoice;

/// 编进程序的字体文件：(fonts/ 中的相对路径, 内容)。
pub const BUILTIN_FILES: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/fonts.rs"));

/// 事先算好的内置字体目录（fonts/index.json）。
const BUILTIN_INDEX: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/fonts/index.json"));

/// 内置字体目录中的一项：哪个文件的第几个字面，及其信息。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub file: String,
    pub index: u32,
    pub info: FontInfo,
}

/// 由字体文件计算内置字体目录（生成 fonts/index.json，测试核对它）。
/// 字体集（.ttc）中 CJK 字体的各语言变体只保留简体中文（名称以“ SC”结尾的字面），其余字面都保留。
pub fn compute_index(files: &[(&str, &'static [u8])]) -> Vec<IndexEntry> {
    files
        .iter()
        .flat_map(|(file, data)| {
            Font::iter(Bytes::new(*data)).filter(|f| keep(f.info())).map(|f| IndexEntry {
                file: file.to_string(),
                index: f.index(),
                info: f.info().clone(),
            })
        })
        .collect()
}

/// 程序中编入的内置字体目录。
pub fn builtin_index() -> Vec<IndexEntry> {
    serde_json::from_str(BUILTIN_INDEX).expect("fonts/index.json 与程序一同编入，格式由测试核对")
}

fn keep(info: &FontInfo) -> bool {
    !info.family.contains(" CJK ") || info.family.ends_with(" SC")
}

/// 一个字面：数据（同一文件的各字面共用）、在文件中的序号、第一次用到时才解析的字体。
struct Slot {
    data: Bytes,
    index: u32,
    /// 内置字体为 fonts/ 中的相对路径，加入的字体为文件路径
    origin: String,
    builtin: bool,
    font: OnceLock<Option<Font>>,
}

/// 字体库：所有字面与 Typst 的字体目录。复制它不复制字体：复制出的与原来的共用已解析的字面
/// （`gen watch` 重建排版器时字体照旧）。
#[derive(Clone)]
pub struct FontLibrary {
    slots: Arc<Vec<Slot>>,
    infos: Arc<Vec<FontInfo>>,
    book: Arc<LazyHash<FontBook>>,
}

impl FontLibrary {
    /// 内置字体加上 `extra` 文件夹中的字体。
    pub fn load(extra: &[PathBuf]) -> Result<FontLibrary> {
        let mut slots = Vec::new();
        let mut infos = Vec::new();
        let data: Vec<Bytes> = BUILTIN_FILES.iter().map(|(_, d)| Bytes::new(*d)).collect();
        for e in builtin_index() {
            let i = BUILTIN_FILES.iter().position(|(f, _)| *f == e.file).expect("目录中的文件已编入");
            slots.push(Slot { data: data[i].clone(), index: e.index, origin: e.file, builtin: true, font: OnceLock::new() });
            infos.push(e.info);
        }
        let mut files = Vec::new();
        let mut seen = Vec::new();
        for d in extra {
            if d.is_file() {
                return Err(Error::input(format!("--font-path 指定的 {} 是文件，不是文件夹", d.display())));
            }
            if !d.is_dir() {
                return Err(Error::input(format!("--font-path 指定的文件夹不存在：{}", d.display())));
            }
            collect_font_files(d, &mut files, &mut seen, 0)?;
        }
        for (path, font) in load_files(&files)? {
            let data = font.data().clone();
            let index = font.index();
            infos.push(font.info().clone());
            slots.push(Slot { data, index, origin: path.display().to_string(), builtin: false, font: OnceLock::from(Some(font)) });
        }
        let book = FontBook::from_infos(infos.iter().cloned());
        Ok(FontLibrary { slots: Arc::new(slots), infos: Arc::new(infos), book: Arc::new(LazyHash::new(book)) })
    }

    pub fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    /// 第 `index` 个字面：第一次用到时解析，之后共用。
    pub fn font(&self, index: usize) -> Option<Font> {
        let slot = self.slots.get(index)?;
        slot.font.get_or_init(|| Font::new(slot.data.clone(), slot.index)).clone()
    }

    pub fn infos(&self) -> impl Iterator<Item = &FontInfo> {
        self.infos.iter()
    }

    /// 每个字面：字族名、来源（内置字体为 fonts/ 中的文件名，加入的为路径）、是否内置。
    pub fn faces(&self) -> impl Iterator<Item = (&str, &str, bool)> {
        self.infos.iter().zip(self.slots.iter()).map(|(i, s)| (i.family.as_str(), s.origin.as_str(), s.builtin))
    }

    /// 字族名（不区分大小写）是否存在。
    pub fn has_family(&self, family: &str) -> bool {
        self.book.contains_family(&family.to_lowercase())
    }

    /// 所有字族名，排序去重。
    pub fn families(&self) -> Vec<String> {
        let mut v: Vec<String> = self.infos().map(|i| i.family.clone()).collect();
        v.sort();
        v.dedup();
        v
    }

    /// 是否有任何字体包含该字符。
    pub fn covers(&self, c: char) -> bool {
        self.infos().any(|i| i.coverage.contains(c as u32))
    }

    /// 给定字族（按顺序后备）中，第一个包含该字符的字族名。
    pub fn family_for(&self, families: &[String], c: char) -> Option<String> {
        families.iter().find_map(|fam| {
            let lower = fam.to_lowercase();
            self.book
                .select_family(&lower)
                .filter_map(|i| self.book.info(i))
                .find(|info| info.coverage.contains(c as u32))
                .map(|info| info.family.clone())
        })
    }
}

/// 字体文件夹的最大深度（防止极深的文件夹结构；符号链接造成的环另外识别）。
const MAX_FONT_DEPTH: usize = 16;

/// 收集文件夹中的字体文件（按路径排序）。经符号链接回到已走过的文件夹时不再进入（`seen`），
/// 所以自己指向自己的链接不会让程序一直走下去。
fn collect_font_files(dir: &Path, out: &mut Vec<PathBuf>, seen: &mut Vec<PathBuf>, depth: usize) -> Result<()> {
    let real = dir.canonicalize().map_err(|e| Error::input(format!("无法读取字体文件夹 {}：{}", dir.display(), io_text(&e))))?;
    if seen.contains(&real) || depth > MAX_FONT_DEPTH {
        return Ok(());
    }
    seen.push(real);
    let rd = std::fs::read_dir(dir).map_err(|e| Error::input(format!("无法读取字体文件夹 {}：{}", dir.display(), io_text(&e))))?;
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect_font_files(&p, out, seen, depth + 1)?;
        } else if p.is_file()
            && matches!(p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref(), Some("otf" | "ttf" | "ttc" | "otc"))
        {
            out.push(p);
        }
    }
    Ok(())
}

/// 读入加入的字体文件（各字面即刻解析：用户的字体不多，也没有事先算好的目录）。读不出的文件报错并指出文件。
fn load_files(files: &[PathBuf]) -> Result<Vec<(PathBuf, Font)>> {
    use rayon::prelude::*;
    let per_file: Vec<Result<Vec<(PathBuf, Font)>>> = files
        .par_iter()
        .map(|path| {
            let data = std::fs::read(path).map_err(|e| Error::input(format!("无法读取字体文件 {}：{}", path.display(), io_text(&e))))?;
            Ok(Font::iter(Bytes::new(data)).filter(|f| keep(f.info())).map(|f| (path.clone(), f)).collect())
        })
        .collect();
    Ok(crate::error::collect(per_file)?.into_iter().flatten().collect())
}

/// 传给版式模块的字体表：每个角色一串后备字族。
#[derive(Debug, Clone, Serialize)]
pub struct FontRoles {
    pub title: Vec<String>,
    pub song: Vec<String>,
    pub fang: Vec<String>,
    pub hei: Vec<String>,
    pub kai: Vec<String>,
}

const SERIF_FALLBACK: &str = "Noto Serif CJK SC";
const SANS_FALLBACK: &str = "Noto Sans CJK SC";

/// 各角色的字族后备链；检查配置中点名的字族确实存在。
pub fn roles(c: &FontChoice, lib: &FontLibrary) -> Result<FontRoles> {
    let chain = |chosen: &Option<String>, base: &str, fallback: &str| -> Result<Vec<String>> {
        let mut v = Vec::new();
        if let Some(f) = chosen {
            if !lib.has_family(f) {
                return Err(Error::input(format!(
                    "配置中指定的字体“{f}”未找到。请用 --font-path 指定该字体文件所在的文件夹；`gen fonts` 列出可用的字族名"
                )));
            }
            v.push(f.clone());
        }
        v.push(base.to_string());
        v.push(fallback.to_string());
        Ok(v)
    };
    Ok(FontRoles {
        title: chain(&c.title, "FandolSong", SERIF_FALLBACK)?,
        song: chain(&c.song, "FandolSong", SERIF_FALLBACK)?,
        fang: chain(&c.fang, "FandolFang R", SERIF_FALLBACK)?,
        hei: chain(&c.hei, "FandolHei", SANS_FALLBACK)?,
        kai: chain(&c.kai, "FandolKai", SERIF_FALLBACK)?,
    })
}
