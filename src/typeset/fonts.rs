//! 字体：找到随工具附带的 `fonts/` 文件夹和单位用 `--font-path` 加入的字体，
//! 建立 Typst 的字体库，并检查哪些字符没有任何字体能显示。

use std::path::{Path, PathBuf};

use typst::foundations::Bytes;
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;

use serde::Serialize;

use crate::error::{io_text, Error, Result};
use crate::input::config::FontChoice;

/// 环境变量：指定附带字体所在文件夹（覆盖自动查找）。
pub const FONTS_ENV: &str = "JUECE_FONTS_DIR";

/// 附带字体所在文件夹：依次为环境变量、可执行文件旁的 fonts/、仓库中的 fonts/。
pub fn bundled_font_dir() -> Option<PathBuf> {
    let mut candidates = Vec::new();
    if let Some(p) = std::env::var_os(FONTS_ENV) {
        candidates.push(PathBuf::from(p));
    }
    if let Ok(exe) = std::env::current_exe() {
        for anc in exe.ancestors().skip(1).take(4) {
            candidates.push(anc.join("fonts"));
        }
    }
    candidates.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts"));
    candidates.into_iter().find(|p| p.join("fandol").is_dir())
}

/// 字体库：所有字体（已读入内存）与 Typst 的字体目录。
pub struct FontLibrary {
    fonts: Vec<Font>,
    book: LazyHash<FontBook>,
}

impl FontLibrary {
    /// 附带字体加上 `extra` 文件夹中的字体。
    pub fn load(extra: &[PathBuf]) -> Result<FontLibrary> {
        let dir = bundled_font_dir().ok_or_else(|| {
            Error::input(format!("找不到随工具附带的字体文件夹 fonts/（应在可执行文件旁或仓库根目录，也可用环境变量 {FONTS_ENV} 指定）"))
        })?;
        let mut files = Vec::new();
        let mut seen = Vec::new();
        collect_font_files(&dir, &mut files, &mut seen, 0)?;
        for d in extra {
            if d.is_file() {
                return Err(Error::input(format!("--font-path 指定的 {} 是文件，不是文件夹", d.display())));
            }
            if !d.is_dir() {
                return Err(Error::input(format!("--font-path 指定的文件夹不存在：{}", d.display())));
            }
            collect_font_files(d, &mut files, &mut seen, 0)?;
        }
        let fonts = load_files(&files)?;
        let book = FontBook::from_fonts(fonts.iter());
        Ok(FontLibrary { fonts, book: LazyHash::new(book) })
    }

    pub fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    pub fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    pub fn infos(&self) -> impl Iterator<Item = &FontInfo> {
        self.fonts.iter().map(Font::info)
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

/// 读入字体文件。字体集（.ttc）中 CJK 字体的各语言变体只保留简体中文（名称以“ SC”结尾的字面），
/// 其余字面（包括非 CJK 字体）都保留。读不出或不是字体的文件报错并指出文件。
fn load_files(files: &[PathBuf]) -> Result<Vec<Font>> {
    use rayon::prelude::*;
    let per_file: Vec<Result<Vec<Font>>> = files
        .par_iter()
        .map(|path| {
            let data = std::fs::read(path).map_err(|e| Error::input(format!("无法读取字体文件 {}：{}", path.display(), io_text(&e))))?;
            let fonts: Vec<Font> = Font::iter(Bytes::new(data))
                .filter(|f| {
                    let fam = &f.info().family;
                    !fam.contains(" CJK ") || fam.ends_with(" SC")
                })
                .collect();
            Ok(fonts)
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
