//! 命令行参数（clap）。每种文书的子命令（`gen notice …`）按文书种类表在运行时加入（[`command`]），
//! 帮助、用法和错误说明的中文外框见 [`crate::frame`]。参数的占位名（`<案卷>`、`<文件夹>`）一律用中文。

use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use juece::input::case::Jurisdiction;
use juece::law::catalogue::KINDS;
use juece::law::Law;
use juece::session::Options;
use juece::{Error, Result};

#[derive(Parser)]
#[command(name = "gen", version, about = "重大行政决策程序文书生成工具：由案卷文件（YAML）生成各类文书 PDF")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// 新建案卷：按规则体系写出带中文注释的案卷框架（各环节按程序顺序），照注释填写
    Init(InitArgs),
    /// 生成案卷已记录的各环节所需的全部文书；可一次给多个案卷
    All(AllArgs),
    /// 边改边看：案卷、gen.yaml 或模板（--templates）一保存就重新生成有变化的文书，按 Ctrl+C 结束
    Watch(WatchArgs),
    /// 程序检查：逐条核对法定期限、人数和程序要求，列出违规和提示；有违规时退出码为 3
    Check(CheckArgs),
    /// 程序期限表：按已记录的环节推算其余环节的法定日期，打印表格并生成 PDF
    Plan(PlanArgs),
    /// 结案归档：全部文书（PDF/A-2b）和附件按类别打包为 ZIP，附归档文件目录、备考表和清单
    Archive(ArchiveArgs),
    /// 校验归档 ZIP：按清单逐个核对文件的 SHA-256；有缺少、多出或改动的文件时退出码为 3
    Verify {
        /// 归档 ZIP 文件
        #[arg(value_name = "归档包")]
        file: PathBuf,
    },
    /// 列出可生成的文书种类及其在各规则体系中的依据
    List,
    /// 输出案卷格式的说明（JSON 格式，含每个字段的中文说明）；加 --document 种类：该种文书的模板可用的数据
    Schema {
        /// 文书种类（见 gen list）：输出该种文书模板可用的全部变量
        #[arg(long, value_name = "种类")]
        document: Option<String>,
    },
    /// 改模板用：列出一种文书的模板可以用的每个变量（中文含义、是否必填、示例）、过滤器，以及案卷中的自定义字段 extra
    Fields {
        /// 文书种类（见 gen list），如 notice
        #[arg(value_name = "种类")]
        kind: String,
        /// 案卷文件（可不填）：列出其中写了的自定义字段
        #[arg(value_name = "案卷")]
        case: Option<PathBuf>,
    },
    /// 列出可用的字体字族名（含 --font-path 加入的）
    Fonts {
        /// 额外字体文件夹
        #[arg(long = "font-path", value_name = "文件夹")]
        font_paths: Vec<PathBuf>,
    },
    /// 模板：`gen templates export 文件夹` 复制内置模板供修改
    Templates {
        #[command(subcommand)]
        action: TemplateAction,
    },
}

#[derive(Subcommand)]
pub enum TemplateAction {
    /// 把内置模板复制到文件夹（已有同名文件不覆盖，除非 --force）
    Export {
        /// 复制到的文件夹（没有时新建）
        #[arg(value_name = "文件夹")]
        dir: PathBuf,
        /// 覆盖文件夹中已有的同名模板
        #[arg(long)]
        force: bool,
    },
}

/// 读案卷、工作日历和违规处理的参数（每个读案卷的命令都有）。
#[derive(Args, Clone)]
pub struct CaseArgs {
    /// 案卷文件（YAML）
    #[arg(value_name = "案卷")]
    pub case: PathBuf,
    /// 另加的工作日历文件（其中的年份整年替换内置数据，格式同 data/calendar/cn-holidays.yaml）
    #[arg(long = "calendar", value_name = "文件")]
    pub calendar: Option<PathBuf>,
}

/// 排版用的模板、字体、配置，以及违规时的处理（生成文书和归档共用）。
#[derive(Args, Clone)]
pub struct RenderArgs {
    /// 用此文件夹中的同名模板覆盖内置模板
    #[arg(long = "templates", value_name = "文件夹")]
    pub templates: Option<PathBuf>,
    /// 额外字体文件夹（可多次指定）
    #[arg(long = "font-path", value_name = "文件夹")]
    pub font_paths: Vec<PathBuf>,
    /// 配置文件（默认：案卷文件旁的 gen.yaml，如有）
    #[arg(long = "config", value_name = "文件")]
    pub config: Option<PathBuf>,
    /// 文书所属环节有违规时仍然生成（违规列在屏幕上）
    #[arg(long = "allow-violations")]
    pub allow_violations: bool,
    /// 调试、基准测试用：把每份文书的 Typst 源文件（main.typ、版式模块、style.json）写到此文件夹下
    /// 各自的子文件夹中，typst 命令行可直接编译
    #[arg(long = "emit-typst", value_name = "文件夹", hide = true)]
    pub emit_typst: Option<PathBuf>,
}

/// 生成文书的参数。
#[derive(Args, Clone)]
pub struct DocArgs {
    #[command(flatten)]
    pub case: CaseArgs,
    /// 输出文件夹（默认：案卷文件旁的“<案卷名>-文书”文件夹）
    #[arg(short = 'o', long = "out", value_name = "文件夹")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub render: RenderArgs,
    /// 草稿：缺少的必填内容印为【待填写：字段】，不报错
    #[arg(long)]
    pub draft: bool,
}

/// `gen all` 的参数：一个或多个案卷。
#[derive(Args, Clone)]
pub struct AllArgs {
    #[command(flatten)]
    pub doc: DocArgs,
    /// 更多案卷文件：一次生成多个案卷，各写到案卷旁的“<案卷名>-文书”文件夹；给了 -o 时写到其中以案卷名命名的子文件夹
    #[arg(value_name = "更多案卷")]
    pub more: Vec<PathBuf>,
}

/// `gen watch` 的参数。
#[derive(Args, Clone)]
pub struct WatchArgs {
    #[command(flatten)]
    pub doc: DocArgs,
    /// 只生成这几种文书（见 gen list，如 notice）：改某一种文书的模板时只看它，每次保存后更快；不填时生成全部
    #[arg(value_name = "种类")]
    pub kinds: Vec<String>,
}

/// 输出格式。
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// 供人阅读的文字
    Text,
    /// JSON 格式，字段和顺序固定
    Json,
}

/// `gen check` 的参数。
#[derive(Args, Clone)]
pub struct CheckArgs {
    #[command(flatten)]
    pub case: CaseArgs,
    /// 输出格式
    #[arg(long, value_enum, default_value = "text", value_name = "格式")]
    pub format: Format,
}

/// `gen plan` 的参数。
#[derive(Args, Clone)]
pub struct PlanArgs {
    #[command(flatten)]
    pub doc: DocArgs,
    /// 屏幕输出的格式
    #[arg(long, value_enum, default_value = "text", value_name = "格式")]
    pub format: Format,
}

/// `gen archive` 的参数。
#[derive(Args, Clone)]
pub struct ArchiveArgs {
    #[command(flatten)]
    pub case: CaseArgs,
    /// 归档 ZIP 文件（默认：案卷文件旁的“<案卷名>-归档.zip”）
    #[arg(short = 'o', long = "out", value_name = "文件.zip")]
    pub out: Option<PathBuf>,
    /// 覆盖已有的归档文件
    #[arg(long)]
    pub force: bool,
    /// 在每份生成文书的首页加印归档章（DA/T 22-2015）
    #[arg(long)]
    pub stamp: bool,
    #[command(flatten)]
    pub render: RenderArgs,
}

/// `gen init` 的参数。
#[derive(Args, Clone)]
pub struct InitArgs {
    /// 要新建的案卷文件（如 停车收费.yaml）；已有同名文件时不覆盖，除非 --force
    #[arg(value_name = "案卷")]
    pub case: PathBuf,
    /// 规则体系：national 国务院条例（各地通用），chifeng 赤峰市，nmg-hrss 内蒙古自治区人力资源和社会保障厅，changli 昌黎县
    #[arg(long, value_name = "规则体系", default_value = "national", value_parser = clap::builder::PossibleValuesParser::new(jurisdiction_ids()))]
    pub rules: String,
    /// 覆盖已有的同名文件
    #[arg(long)]
    pub force: bool,
}

fn jurisdiction_ids() -> Vec<&'static str> {
    Jurisdiction::all().iter().map(|j| j.id()).collect()
}

impl CaseArgs {
    /// 案卷文件旁的“<案卷名><后缀>”。
    pub fn beside(&self, suffix: &str) -> PathBuf {
        beside(&self.case, suffix)
    }

    pub fn options(&self) -> Options {
        Options { calendar: self.calendar.clone(), ..Options::default() }
    }
}

impl RenderArgs {
    /// 加上排版的参数。模板文件夹给成了文件的，先行拒绝。
    pub fn apply(&self, o: Options) -> Result<Options> {
        if let Some(t) = self.templates.as_deref().filter(|t| t.is_file()) {
            return Err(Error::input(format!("--templates 指定的 {} 是文件，不是文件夹", t.display())));
        }
        Ok(Options {
            templates_dir: self.templates.clone(),
            font_paths: self.font_paths.clone(),
            config: self.config.clone(),
            allow_violations: self.allow_violations,
            emit_typst: self.emit_typst.clone(),
            ..o
        })
    }
}

impl DocArgs {
    /// 生成文书的选项。输出文件夹不能用的（路径中有文件），排版之前就拒绝。
    pub fn options(&self) -> Result<Options> {
        usable_folder(&self.out_dir(), "输出文件夹")?;
        Ok(Options { draft: self.draft, ..self.render.apply(self.case.options())? })
    }

    pub fn out_dir(&self) -> PathBuf {
        self.out.clone().unwrap_or_else(|| self.case.beside("-文书"))
    }
}

/// 案卷文件 `case` 旁的“<案卷名><后缀>”（如默认的输出文件夹“<案卷名>-文书”）。
pub fn beside(case: &Path, suffix: &str) -> PathBuf {
    let stem = case.file_stem().and_then(|s| s.to_str()).unwrap_or("案卷");
    case.parent().unwrap_or(Path::new(".")).join(format!("{stem}{suffix}"))
}

/// 要写入文件的文件夹能否使用（不存在的会新建）：路径中已有的部分须都是文件夹，不能是文件。
/// 先查好，免得创建文件夹时系统报出英文的错误。`what` 如“输出文件夹”。
pub fn usable_folder(dir: &Path, what: &str) -> Result<()> {
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    if let Some(existing) = dir.ancestors().find(|a| !a.as_os_str().is_empty() && a.exists()) {
        if !existing.is_dir() {
            let why = if existing == dir {
                "是文件，不是文件夹".to_string()
            } else {
                format!("不能用：{} 是文件，不是文件夹", existing.display())
            };
            return Err(Error::input(format!("{what} {} {why}", dir.display())));
        }
    }
    Ok(())
}

/// 完整的命令：内置子命令，加上每种文书一个子命令（参数同 `gen all`），再加上中文外框（[`crate::frame`]）。
/// 程序期限表（`plan`）由内置的 `gen plan` 生成（它还打印表格），不另加子命令。
///
/// 文书的依据因规则体系而异（同一种文书在赤峰、昌黎所依据的条文不同），
/// 所以每种文书的帮助按规则体系逐一列出依据（规则表 document_basis，与 gen list 相同），不写某一地的条文。
/// 命令行。七十种文书各是一个子命令，建起来要几毫秒：`gen notice …`、`gen check …` 只建用到的那一个，
/// 列出全部子命令的（`gen --help`、`gen help …`、拼错的命令）才建全部。
/// 文书的依据（帮助中显示）要读全部规则表才能列出，只在要看帮助时为 `argv` 中提到的种类计算。
pub fn command(argv: &[String]) -> clap::Command {
    let mut cmd = Cli::command();
    let first = argv.get(1).map(String::as_str).unwrap_or("");
    let only: Option<&str> =
        if first != "help" && is_builtin(first) { Some("") } else { KINDS.iter().any(|k| k.id == first).then_some(first) };
    let wants_help = first == "help" || argv.iter().any(|a| a == "-h" || a == "--help");
    for k in KINDS.iter().filter(|k| !is_builtin(k.id) && only.is_none_or(|o| o == k.id)) {
        let per = if !k.per_person {
            ""
        } else if juece::law::catalogue::LEGACY.contains(&k.doc) {
            "（每人一份）"
        } else {
            "（每项一份）"
        };
        // augment_args 会把 DocArgs 的文档注释设为说明，所以说明在其后设定。
        let mut sub = <DocArgs as Args>::augment_args(clap::Command::new(k.id)).about(format!("生成{}{per}", k.name));
        if wants_help && argv.iter().skip(1).any(|a| a == k.id) {
            sub = sub.after_help(basis_by_jurisdiction(k.id));
        }
        cmd = cmd.subcommand(sub);
    }
    crate::frame::chinese(cmd)
}

/// 一种文书在各规则体系中的依据（每个规则体系一行）。
fn basis_by_jurisdiction(kind: &str) -> String {
    let mut s = String::from("依据（因规则体系而异，案卷的 rules: 决定适用哪一套）：");
    for j in Jurisdiction::all() {
        let basis = Law::of(j).document_basis(kind);
        let basis = if basis.is_empty() { "—".to_string() } else { basis.join("；") };
        s.push_str(&format!("\n  {}：{basis}", j.name()));
    }
    s
}

/// 内置子命令（`gen check` 等），与文书种类同名时以内置的为准。
pub fn is_builtin(name: &str) -> bool {
    static NAMES: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| Cli::command().get_subcommands().map(|c| c.get_name().to_string()).collect());
    NAMES.iter().any(|n| n == name)
}
