// The event table of falcosecurity/libs e5c53d64 (2022), the schema that
// sysdig 0.29.3 uses, for types 0..335.
//
// Invariants: exactly kLegacyEventTypeCount entries, indexed by type.
// Categories and flags are the 2022 ones (no EC_SYSCALL/EC_TRACEPOINT bits;
// EC_INTERNAL on the events sysdig hides; kDropSimpleCons where libs had
// EF_DROP_SIMPLE_CONS). Where the 2022 parameter list is a prefix of the
// current one (same names, types, formats and tables) the current kP<type>
// array is shared with a smaller nparams; otherwise a kLegacyP<type> array
// is defined here. Legacy params use the 2022 variants of the flag tables
// that have grown since (kLegacyFileFlags ...). The 2022 quirks are kept:
// openat2's enter "name" gives its own index (1) as dirfd, four FLAGS params
// have no table (enter events of eventfd, signalfd, timerfd_create,
// inotify_init), and seccomp's enter event has only "op".
#include "capture/event_schema.h"
#include "capture/flag_tables.h"
#include "capture/schema_builders.h"

namespace trowel::capture::detail {

// Shared with event_table.cpp.
extern const ParamInfo kP0[];
extern const ParamInfo kP1[];
extern const ParamInfo kP4[];
extern const ParamInfo kP5[];
extern const ParamInfo kP6[];
extern const ParamInfo kP7[];
extern const ParamInfo kP8[];
extern const ParamInfo kP9[];
extern const ParamInfo kP10[];
extern const ParamInfo kP11[];
extern const ParamInfo kP13[];
extern const ParamInfo kP19[];
extern const ParamInfo kP20[];
extern const ParamInfo kP21[];
extern const ParamInfo kP22[];
extern const ParamInfo kP23[];
extern const ParamInfo kP25[];
extern const ParamInfo kP27[];
extern const ParamInfo kP28[];
extern const ParamInfo kP29[];
extern const ParamInfo kP30[];
extern const ParamInfo kP31[];
extern const ParamInfo kP32[];
extern const ParamInfo kP33[];
extern const ParamInfo kP34[];
extern const ParamInfo kP35[];
extern const ParamInfo kP37[];
extern const ParamInfo kP43[];
extern const ParamInfo kP48[];
extern const ParamInfo kP49[];
extern const ParamInfo kP52[];
extern const ParamInfo kP53[];
extern const ParamInfo kP56[];
extern const ParamInfo kP57[];
extern const ParamInfo kP58[];
extern const ParamInfo kP59[];
extern const ParamInfo kP61[];
extern const ParamInfo kP63[];
extern const ParamInfo kP64[];
extern const ParamInfo kP65[];
extern const ParamInfo kP67[];
extern const ParamInfo kP69[];
extern const ParamInfo kP70[];
extern const ParamInfo kP71[];
extern const ParamInfo kP73[];
extern const ParamInfo kP75[];
extern const ParamInfo kP76[];
extern const ParamInfo kP77[];
extern const ParamInfo kP78[];
extern const ParamInfo kP79[];
extern const ParamInfo kP80[];
extern const ParamInfo kP81[];
extern const ParamInfo kP83[];
extern const ParamInfo kP85[];
extern const ParamInfo kP87[];
extern const ParamInfo kP89[];
extern const ParamInfo kP90[];
extern const ParamInfo kP91[];
extern const ParamInfo kP93[];
extern const ParamInfo kP95[];
extern const ParamInfo kP96[];
extern const ParamInfo kP97[];
extern const ParamInfo kP98[];
extern const ParamInfo kP99[];
extern const ParamInfo kP100[];
extern const ParamInfo kP101[];
extern const ParamInfo kP103[];
extern const ParamInfo kP104[];
extern const ParamInfo kP105[];
extern const ParamInfo kP106[];
extern const ParamInfo kP107[];
extern const ParamInfo kP108[];
extern const ParamInfo kP109[];
extern const ParamInfo kP110[];
extern const ParamInfo kP111[];
extern const ParamInfo kP112[];
extern const ParamInfo kP113[];
extern const ParamInfo kP114[];
extern const ParamInfo kP115[];
extern const ParamInfo kP116[];
extern const ParamInfo kP117[];
extern const ParamInfo kP118[];
extern const ParamInfo kP119[];
extern const ParamInfo kP120[];
extern const ParamInfo kP121[];
extern const ParamInfo kP122[];
extern const ParamInfo kP123[];
extern const ParamInfo kP124[];
extern const ParamInfo kP125[];
extern const ParamInfo kP127[];
extern const ParamInfo kP128[];
extern const ParamInfo kP129[];
extern const ParamInfo kP130[];
extern const ParamInfo kP131[];
extern const ParamInfo kP132[];
extern const ParamInfo kP133[];
extern const ParamInfo kP134[];
extern const ParamInfo kP135[];
extern const ParamInfo kP137[];
extern const ParamInfo kP139[];
extern const ParamInfo kP141[];
extern const ParamInfo kP143[];
extern const ParamInfo kP145[];
extern const ParamInfo kP146[];
extern const ParamInfo kP148[];
extern const ParamInfo kP149[];
extern const ParamInfo kP151[];
extern const ParamInfo kP152[];
extern const ParamInfo kP155[];
extern const ParamInfo kP158[];
extern const ParamInfo kP159[];
extern const ParamInfo kP160[];
extern const ParamInfo kP162[];
extern const ParamInfo kP164[];
extern const ParamInfo kP165[];
extern const ParamInfo kP166[];
extern const ParamInfo kP167[];
extern const ParamInfo kP169[];
extern const ParamInfo kP170[];
extern const ParamInfo kP171[];
extern const ParamInfo kP173[];
extern const ParamInfo kP175[];
extern const ParamInfo kP177[];
extern const ParamInfo kP179[];
extern const ParamInfo kP181[];
extern const ParamInfo kP186[];
extern const ParamInfo kP188[];
extern const ParamInfo kP189[];
extern const ParamInfo kP190[];
extern const ParamInfo kP191[];
extern const ParamInfo kP192[];
extern const ParamInfo kP193[];
extern const ParamInfo kP194[];
extern const ParamInfo kP195[];
extern const ParamInfo kP196[];
extern const ParamInfo kP198[];
extern const ParamInfo kP199[];
extern const ParamInfo kP200[];
extern const ParamInfo kP201[];
extern const ParamInfo kP203[];
extern const ParamInfo kP205[];
extern const ParamInfo kP207[];
extern const ParamInfo kP209[];
extern const ParamInfo kP211[];
extern const ParamInfo kP213[];
extern const ParamInfo kP215[];
extern const ParamInfo kP228[];
extern const ParamInfo kP231[];
extern const ParamInfo kP232[];
extern const ParamInfo kP234[];
extern const ParamInfo kP236[];
extern const ParamInfo kP237[];
extern const ParamInfo kP238[];
extern const ParamInfo kP239[];
extern const ParamInfo kP241[];
extern const ParamInfo kP242[];
extern const ParamInfo kP243[];
extern const ParamInfo kP244[];
extern const ParamInfo kP247[];
extern const ParamInfo kP248[];
extern const ParamInfo kP249[];
extern const ParamInfo kP250[];
extern const ParamInfo kP251[];
extern const ParamInfo kP252[];
extern const ParamInfo kP253[];
extern const ParamInfo kP254[];
extern const ParamInfo kP255[];
extern const ParamInfo kP256[];
extern const ParamInfo kP257[];
extern const ParamInfo kP258[];
extern const ParamInfo kP259[];
extern const ParamInfo kP260[];
extern const ParamInfo kP262[];
extern const ParamInfo kP263[];
extern const ParamInfo kP264[];
extern const ParamInfo kP265[];
extern const ParamInfo kP267[];
extern const ParamInfo kP268[];
extern const ParamInfo kP269[];
extern const ParamInfo kP270[];
extern const ParamInfo kP272[];
extern const ParamInfo kP275[];
extern const ParamInfo kP276[];
extern const ParamInfo kP277[];
extern const ParamInfo kP279[];
extern const ParamInfo kP280[];
extern const ParamInfo kP283[];
extern const ParamInfo kP285[];
extern const ParamInfo kP286[];
extern const ParamInfo kP288[];
extern const ParamInfo kP289[];
extern const ParamInfo kP290[];
extern const ParamInfo kP292[];
extern const ParamInfo kP294[];
extern const ParamInfo kP296[];
extern const ParamInfo kP297[];
extern const ParamInfo kP298[];
extern const ParamInfo kP299[];
extern const ParamInfo kP301[];
extern const ParamInfo kP303[];
extern const ParamInfo kP305[];
extern const ParamInfo kP309[];
extern const ParamInfo kP311[];
extern const ParamInfo kP313[];
extern const ParamInfo kP315[];
extern const ParamInfo kP317[];
extern const ParamInfo kP319[];
extern const ParamInfo kP324[];
extern const ParamInfo kP328[];
extern const ParamInfo kP329[];
extern const ParamInfo kP330[];
extern const ParamInfo kP332[];
extern const ParamInfo kP333[];

// 2 > open
const ParamInfo kLegacyP2[] = {
    P("name", PT::FsPath, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kLegacyFileFlags),
    P("mode", PT::Uint32, PF::Oct),
};
// 3 < open
const ParamInfo kLegacyP3[] = {
    P("fd", PT::Fd, PF::Dec),
    P("name", PT::FsPath, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kLegacyFileFlags),
    P("mode", PT::Uint32, PF::Oct),
    P("dev", PT::Uint32, PF::Hex),
};
// 15 < clone
const ParamInfo kLegacyP15[] = {
    P("res", PT::Pid, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Int64, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kLegacyCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 18 > socket
const ParamInfo kLegacyP18[] = {
    P("domain", PT::Flags32, PF::Dec, kSocketFamilies),
    P("type", PT::Uint32, PF::Dec),
    P("proto", PT::Uint32, PF::Dec),
};
// 24 > listen
const ParamInfo kLegacyP24[] = {
    P("fd", PT::Fd, PF::Dec),
    P("backlog", PT::Uint32, PF::Dec),
};
// 36 > shutdown
const ParamInfo kLegacyP36[] = {
    P("fd", PT::Fd, PF::Dec),
    P("how", PT::Flags8, PF::Hex, kLegacyShutdownHow),
};
// 42 > socketpair
const ParamInfo kLegacyP42[] = {
    P("domain", PT::Flags32, PF::Dec, kSocketFamilies),
    P("type", PT::Uint32, PF::Dec),
    P("proto", PT::Uint32, PF::Dec),
};
// 45 < setsockopt
const ParamInfo kLegacyP45[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("level", PT::Flags8, PF::Dec, kSockoptLevels),
    P("optname", PT::Flags8, PF::Dec, kSockoptOptions),
    P("val", PT::Dyn, PF::Dec, kSockoptDynTypes),
    P("optlen", PT::Uint32, PF::Dec),
};
// 47 < getsockopt
const ParamInfo kLegacyP47[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("level", PT::Flags8, PF::Dec, kSockoptLevels),
    P("optname", PT::Flags8, PF::Dec, kSockoptOptions),
    P("val", PT::Dyn, PF::Dec, kSockoptDynTypes),
    P("optlen", PT::Uint32, PF::Dec),
};
// 62 > eventfd
const ParamInfo kLegacyP62[] = {
    P("initval", PT::Uint64, PF::Dec),
    P("flags", PT::Flags32, PF::Hex),
};
// 86 > lseek
const ParamInfo kLegacyP86[] = {
    P("fd", PT::Fd, PF::Dec),
    P("offset", PT::Uint64, PF::Dec),
    P("whence", PT::Flags8, PF::Dec, kLseekWhence),
};
// 88 > llseek
const ParamInfo kLegacyP88[] = {
    P("fd", PT::Fd, PF::Dec),
    P("offset", PT::Uint64, PF::Dec),
    P("whence", PT::Flags8, PF::Dec, kLseekWhence),
};
// 102 > openat
const ParamInfo kLegacyP102[] = {
    P("dirfd", PT::Fd, PF::Dec),
    P("name", PT::CharBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kLegacyFileFlags),
    P("mode", PT::Uint32, PF::Oct),
};
// 126 > signalfd
const ParamInfo kLegacyP126[] = {
    P("fd", PT::Fd, PF::Dec),
    P("mask", PT::Uint32, PF::Hex),
    P("flags", PT::Flags8, PF::Hex),
};
// 136 > timerfd_create
const ParamInfo kLegacyP136[] = {
    P("clockid", PT::Uint8, PF::Dec),
    P("flags", PT::Flags8, PF::Hex),
};
// 138 > inotify_init
const ParamInfo kLegacyP138[] = {
    P("flags", PT::Flags8, PF::Hex),
};
// 140 > getrlimit
const ParamInfo kLegacyP140[] = {
    P("resource", PT::Flags8, PF::Dec, kRlimitResources),
};
// 142 > setrlimit
const ParamInfo kLegacyP142[] = {
    P("resource", PT::Flags8, PF::Dec, kRlimitResources),
};
// 144 > prlimit
const ParamInfo kLegacyP144[] = {
    P("pid", PT::Pid, PF::Dec),
    P("resource", PT::Flags8, PF::Dec, kRlimitResources),
};
// 150 > fcntl
const ParamInfo kLegacyP150[] = {
    P("fd", PT::Fd, PF::Dec),
    P("cmd", PT::Flags8, PF::Dec, kFcntlCommands),
};
// 157 < clone
const ParamInfo kLegacyP157[] = {
    P("res", PT::Pid, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Int64, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kLegacyCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 161 < mmap
const ParamInfo kLegacyP161[] = {
    P("res", PT::Uint64, PF::Hex),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
};
// 163 < mmap2
const ParamInfo kLegacyP163[] = {
    P("res", PT::Uint64, PF::Hex),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
};
// 168 > ptrace
const ParamInfo kLegacyP168[] = {
    P("request", PT::Flags16, PF::Dec, kPtraceRequests),
    P("pid", PT::Pid, PF::Dec),
};
// 183 < fork
const ParamInfo kLegacyP183[] = {
    P("res", PT::Pid, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Int64, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kLegacyCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 185 < vfork
const ParamInfo kLegacyP185[] = {
    P("res", PT::Pid, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Int64, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kLegacyCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 217 < clone
const ParamInfo kLegacyP217[] = {
    P("res", PT::Pid, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Int64, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("comm", PT::CharBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kLegacyCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 219 < fork
const ParamInfo kLegacyP219[] = {
    P("res", PT::Pid, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Int64, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("comm", PT::CharBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kLegacyCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 221 < vfork
const ParamInfo kLegacyP221[] = {
    P("res", PT::Pid, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Int64, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("comm", PT::CharBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kLegacyCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 223 < clone
const ParamInfo kLegacyP223[] = {
    P("res", PT::Pid, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Int64, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("comm", PT::CharBuf, PF::Na),
    P("cgroups", PT::ByteBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kLegacyCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
    P("vtid", PT::Pid, PF::Dec),
    P("vpid", PT::Pid, PF::Dec),
};
// 225 < fork
const ParamInfo kLegacyP225[] = {
    P("res", PT::Pid, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Int64, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("comm", PT::CharBuf, PF::Na),
    P("cgroups", PT::ByteBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kLegacyCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
    P("vtid", PT::Pid, PF::Dec),
    P("vpid", PT::Pid, PF::Dec),
};
// 227 < vfork
const ParamInfo kLegacyP227[] = {
    P("res", PT::Pid, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Int64, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("comm", PT::CharBuf, PF::Na),
    P("cgroups", PT::ByteBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kLegacyCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
    P("vtid", PT::Pid, PF::Dec),
    P("vpid", PT::Pid, PF::Dec),
};
// 240 > setns
const ParamInfo kLegacyP240[] = {
    P("fd", PT::Fd, PF::Na),
    P("nstype", PT::Flags32, PF::Hex, kLegacyCloneFlags),
};
// 284 > unshare
const ParamInfo kLegacyP284[] = {
    P("flags", PT::Flags32, PF::Hex, kLegacyCloneFlags),
};
// 293 < execve
const ParamInfo kLegacyP293[] = {
    P("res", PT::Errno, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Uint64, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("comm", PT::CharBuf, PF::Na),
    P("cgroups", PT::ByteBuf, PF::Na),
    P("env", PT::ByteBuf, PF::Na),
    P("tty", PT::Int32, PF::Dec),
    P("pgid", PT::Pid, PF::Dec),
    P("loginuid", PT::Int32, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kLegacyExecveFlags),
};
// 295 < setpgid
const ParamInfo kLegacyP295[] = {
    P("res", PT::Pid, PF::Dec),
};
// 306 > openat
const ParamInfo kLegacyP306[] = {
    P("dirfd", PT::Fd, PF::Dec),
    P("name", PT::FsRelPath, PF::Na, DirFd{0}),
    P("flags", PT::Flags32, PF::Hex, kLegacyFileFlags),
    P("mode", PT::Uint32, PF::Oct),
};
// 307 < openat
const ParamInfo kLegacyP307[] = {
    P("fd", PT::Fd, PF::Dec),
    P("dirfd", PT::Fd, PF::Dec),
    P("name", PT::FsRelPath, PF::Na, DirFd{1}),
    P("flags", PT::Flags32, PF::Hex, kLegacyFileFlags),
    P("mode", PT::Uint32, PF::Oct),
    P("dev", PT::Uint32, PF::Hex),
};
// 321 < userfaultfd
const ParamInfo kLegacyP321[] = {
    P("res", PT::Errno, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kLegacyFileFlags),
};
// 322 > pluginevent
const ParamInfo kLegacyP322[] = {
    P("plugin ID", PT::Uint32, PF::Dec),
    P("event_data", PT::ByteBuf, PF::Na),
};
// 326 > openat2
const ParamInfo kLegacyP326[] = {
    P("dirfd", PT::Fd, PF::Dec),
    P("name", PT::FsRelPath, PF::Na, DirFd{1}),
    P("flags", PT::Flags32, PF::Hex, kLegacyFileFlags),
    P("mode", PT::Uint32, PF::Oct),
    P("resolve", PT::Flags32, PF::Hex, kOpenat2Flags),
};
// 327 < openat2
const ParamInfo kLegacyP327[] = {
    P("fd", PT::Fd, PF::Dec),
    P("dirfd", PT::Fd, PF::Dec),
    P("name", PT::FsRelPath, PF::Na, DirFd{1}),
    P("flags", PT::Flags32, PF::Hex, kLegacyFileFlags),
    P("mode", PT::Uint32, PF::Oct),
    P("resolve", PT::Flags32, PF::Hex, kOpenat2Flags),
};
// 331 < execveat
const ParamInfo kLegacyP331[] = {
    P("res", PT::Errno, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Uint64, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("comm", PT::CharBuf, PF::Na),
    P("cgroups", PT::ByteBuf, PF::Na),
    P("env", PT::ByteBuf, PF::Na),
    P("tty", PT::Int32, PF::Dec),
    P("pgid", PT::Pid, PF::Dec),
    P("loginuid", PT::Int32, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kLegacyExecveFlags),
};
// 335 < clone3
const ParamInfo kLegacyP335[] = {
    P("res", PT::Pid, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Int64, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("comm", PT::CharBuf, PF::Na),
    P("cgroups", PT::ByteBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kLegacyCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
    P("vtid", PT::Pid, PF::Dec),
    P("vpid", PT::Pid, PF::Dec),
};

extern const EventInfo kLegacyEventTable[kLegacyEventTypeCount] = {
    /* 0 */ {"syscall", cat::kOther, ef::kNone, 2, kP0},
    /* 1 */ {"syscall", cat::kOther, ef::kNone, 1, kP1},
    /* 2 */ {"open", cat::kFile, ef::kCreatesFd | ef::kModifiesState, 3, kLegacyP2},
    /* 3 */ {"open", cat::kFile, ef::kCreatesFd | ef::kModifiesState, 5, kLegacyP3},
    /* 4 */ {"close", cat::kIoOther, ef::kDestroysFd | ef::kUsesFd | ef::kModifiesState | ef::kDropSimpleCons, 1, kP4},
    /* 5 */ {"close", cat::kIoOther, ef::kDestroysFd | ef::kUsesFd | ef::kModifiesState | ef::kDropSimpleCons, 1, kP5},
    /* 6 */ {"read", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kDropSimpleCons, 2, kP6},
    /* 7 */ {"read", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kDropSimpleCons, 2, kP7},
    /* 8 */ {"write", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kDropSimpleCons, 2, kP8},
    /* 9 */ {"write", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kDropSimpleCons, 2, kP9},
    /* 10 */ {"brk", cat::kMemory, ef::kOldVersion, 1, kP10},
    /* 11 */ {"brk", cat::kMemory, ef::kOldVersion, 1, kP11},
    /* 12 */ {"execve", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 13 */ {"execve", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 8, kP13},
    /* 14 */ {"clone", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 15 */ {"clone", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 11, kLegacyP15},
    /* 16 */ {"procexit", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 17 */ {"NA1", cat::kProcess, ef::kUnused, 0, nullptr},
    /* 18 */ {"socket", cat::kNet, ef::kCreatesFd | ef::kModifiesState, 3, kLegacyP18},
    /* 19 */ {"socket", cat::kNet, ef::kCreatesFd | ef::kModifiesState, 1, kP19},
    /* 20 */ {"bind", cat::kNet, ef::kUsesFd | ef::kModifiesState, 1, kP20},
    /* 21 */ {"bind", cat::kNet, ef::kUsesFd | ef::kModifiesState, 2, kP21},
    /* 22 */ {"connect", cat::kNet, ef::kUsesFd | ef::kModifiesState, 2, kP22},
    /* 23 */ {"connect", cat::kNet, ef::kUsesFd | ef::kModifiesState, 2, kP23},
    /* 24 */ {"listen", cat::kNet, ef::kUsesFd, 2, kLegacyP24},
    /* 25 */ {"listen", cat::kNet, ef::kUsesFd, 1, kP25},
    /* 26 */ {"accept", cat::kNet, ef::kCreatesFd | ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 27 */ {"accept", cat::kNet, ef::kCreatesFd | ef::kModifiesState | ef::kOldVersion, 3, kP27},
    /* 28 */ {"send", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kDropSimpleCons, 2, kP28},
    /* 29 */ {"send", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kDropSimpleCons, 2, kP29},
    /* 30 */ {"sendto", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kModifiesState, 3, kP30},
    /* 31 */ {"sendto", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kModifiesState, 2, kP31},
    /* 32 */ {"recv", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kDropSimpleCons, 2, kP32},
    /* 33 */ {"recv", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kDropSimpleCons, 2, kP33},
    /* 34 */ {"recvfrom", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kModifiesState, 2, kP34},
    /* 35 */ {"recvfrom", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kModifiesState, 3, kP35},
    /* 36 */ {"shutdown", cat::kNet, ef::kUsesFd | ef::kModifiesState | ef::kDropSimpleCons, 2, kLegacyP36},
    /* 37 */ {"shutdown", cat::kNet, ef::kUsesFd | ef::kModifiesState | ef::kDropSimpleCons, 1, kP37},
    /* 38 */ {"getsockname", cat::kNet, ef::kDropSimpleCons, 0, nullptr},
    /* 39 */ {"getsockname", cat::kNet, ef::kDropSimpleCons, 0, nullptr},
    /* 40 */ {"getpeername", cat::kNet, ef::kDropSimpleCons, 0, nullptr},
    /* 41 */ {"getpeername", cat::kNet, ef::kDropSimpleCons, 0, nullptr},
    /* 42 */ {"socketpair", cat::kIpc, ef::kCreatesFd | ef::kModifiesState, 3, kLegacyP42},
    /* 43 */ {"socketpair", cat::kIpc, ef::kCreatesFd | ef::kModifiesState, 5, kP43},
    /* 44 */ {"setsockopt", cat::kNet, ef::kNone, 0, nullptr},
    /* 45 */ {"setsockopt", cat::kNet, ef::kUsesFd, 6, kLegacyP45},
    /* 46 */ {"getsockopt", cat::kNet, ef::kModifiesState | ef::kDropSimpleCons, 0, nullptr},
    /* 47 */ {"getsockopt", cat::kNet, ef::kUsesFd | ef::kModifiesState | ef::kDropSimpleCons, 6, kLegacyP47},
    /* 48 */ {"sendmsg", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kModifiesState, 3, kP48},
    /* 49 */ {"sendmsg", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kModifiesState, 2, kP49},
    /* 50 */ {"sendmmsg", cat::kIoWrite, ef::kDropSimpleCons, 0, nullptr},
    /* 51 */ {"sendmmsg", cat::kIoWrite, ef::kDropSimpleCons, 0, nullptr},
    /* 52 */ {"recvmsg", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kModifiesState, 1, kP52},
    /* 53 */ {"recvmsg", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kModifiesState, 4, kP53},
    /* 54 */ {"recvmmsg", cat::kIoRead, ef::kDropSimpleCons, 0, nullptr},
    /* 55 */ {"recvmmsg", cat::kIoRead, ef::kDropSimpleCons, 0, nullptr},
    /* 56 */ {"accept", cat::kNet, ef::kCreatesFd | ef::kModifiesState | ef::kOldVersion, 1, kP56},
    /* 57 */ {"accept", cat::kNet, ef::kCreatesFd | ef::kModifiesState | ef::kOldVersion, 3, kP57},
    /* 58 */ {"creat", cat::kFile, ef::kCreatesFd | ef::kModifiesState, 2, kP58},
    /* 59 */ {"creat", cat::kFile, ef::kCreatesFd | ef::kModifiesState, 4, kP59},
    /* 60 */ {"pipe", cat::kIpc, ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 61 */ {"pipe", cat::kIpc, ef::kCreatesFd | ef::kModifiesState, 4, kP61},
    /* 62 */ {"eventfd", cat::kIpc, ef::kCreatesFd | ef::kModifiesState | ef::kDropSimpleCons, 2, kLegacyP62},
    /* 63 */ {"eventfd", cat::kIpc, ef::kCreatesFd | ef::kModifiesState | ef::kDropSimpleCons, 1, kP63},
    /* 64 */ {"futex", cat::kIpc, ef::kDropSimpleCons, 3, kP64},
    /* 65 */ {"futex", cat::kIpc, ef::kDropSimpleCons, 1, kP65},
    /* 66 */ {"stat", cat::kFile, ef::kDropSimpleCons, 0, nullptr},
    /* 67 */ {"stat", cat::kFile, ef::kDropSimpleCons, 2, kP67},
    /* 68 */ {"lstat", cat::kFile, ef::kDropSimpleCons, 0, nullptr},
    /* 69 */ {"lstat", cat::kFile, ef::kDropSimpleCons, 2, kP69},
    /* 70 */ {"fstat", cat::kFile, ef::kUsesFd | ef::kDropSimpleCons, 1, kP70},
    /* 71 */ {"fstat", cat::kFile, ef::kUsesFd | ef::kDropSimpleCons, 1, kP71},
    /* 72 */ {"stat64", cat::kFile, ef::kDropSimpleCons, 0, nullptr},
    /* 73 */ {"stat64", cat::kFile, ef::kDropSimpleCons, 2, kP73},
    /* 74 */ {"lstat64", cat::kFile, ef::kDropSimpleCons, 0, nullptr},
    /* 75 */ {"lstat64", cat::kFile, ef::kDropSimpleCons, 2, kP75},
    /* 76 */ {"fstat64", cat::kFile, ef::kUsesFd | ef::kDropSimpleCons, 1, kP76},
    /* 77 */ {"fstat64", cat::kFile, ef::kUsesFd | ef::kDropSimpleCons, 1, kP77},
    /* 78 */ {"epoll_wait", cat::kWait, ef::kWaits | ef::kDropSimpleCons, 1, kP78},
    /* 79 */ {"epoll_wait", cat::kWait, ef::kWaits | ef::kDropSimpleCons, 1, kP79},
    /* 80 */ {"poll", cat::kWait, ef::kWaits | ef::kDropSimpleCons, 2, kP80},
    /* 81 */ {"poll", cat::kWait, ef::kWaits | ef::kDropSimpleCons, 2, kP81},
    /* 82 */ {"select", cat::kWait, ef::kWaits | ef::kDropSimpleCons, 0, nullptr},
    /* 83 */ {"select", cat::kWait, ef::kWaits | ef::kDropSimpleCons, 1, kP83},
    /* 84 */ {"select", cat::kWait, ef::kWaits | ef::kDropSimpleCons, 0, nullptr},
    /* 85 */ {"select", cat::kWait, ef::kWaits | ef::kDropSimpleCons, 1, kP85},
    /* 86 */ {"lseek", cat::kFile, ef::kUsesFd | ef::kDropSimpleCons, 3, kLegacyP86},
    /* 87 */ {"lseek", cat::kFile, ef::kUsesFd | ef::kDropSimpleCons, 1, kP87},
    /* 88 */ {"llseek", cat::kFile, ef::kUsesFd | ef::kDropSimpleCons, 3, kLegacyP88},
    /* 89 */ {"llseek", cat::kFile, ef::kUsesFd | ef::kDropSimpleCons, 1, kP89},
    /* 90 */ {"ioctl", cat::kIoOther, ef::kUsesFd | ef::kOldVersion, 2, kP90},
    /* 91 */ {"ioctl", cat::kIoOther, ef::kUsesFd | ef::kOldVersion, 1, kP91},
    /* 92 */ {"getcwd", cat::kFile, ef::kDropSimpleCons, 0, nullptr},
    /* 93 */ {"getcwd", cat::kFile, ef::kDropSimpleCons, 2, kP93},
    /* 94 */ {"chdir", cat::kFile, ef::kModifiesState, 0, nullptr},
    /* 95 */ {"chdir", cat::kFile, ef::kModifiesState, 2, kP95},
    /* 96 */ {"fchdir", cat::kFile, ef::kUsesFd | ef::kModifiesState, 1, kP96},
    /* 97 */ {"fchdir", cat::kFile, ef::kUsesFd | ef::kModifiesState, 1, kP97},
    /* 98 */ {"mkdir", cat::kFile, ef::kNone, 2, kP98},
    /* 99 */ {"mkdir", cat::kFile, ef::kNone, 1, kP99},
    /* 100 */ {"rmdir", cat::kFile, ef::kNone, 1, kP100},
    /* 101 */ {"rmdir", cat::kFile, ef::kNone, 1, kP101},
    /* 102 */ {"openat", cat::kFile, ef::kCreatesFd | ef::kModifiesState | ef::kOldVersion, 4, kLegacyP102},
    /* 103 */ {"openat", cat::kFile, ef::kCreatesFd | ef::kModifiesState | ef::kOldVersion, 1, kP103},
    /* 104 */ {"link", cat::kFile, ef::kOldVersion, 2, kP104},
    /* 105 */ {"link", cat::kFile, ef::kOldVersion, 1, kP105},
    /* 106 */ {"linkat", cat::kFile, ef::kOldVersion, 4, kP106},
    /* 107 */ {"linkat", cat::kFile, ef::kOldVersion, 1, kP107},
    /* 108 */ {"unlink", cat::kFile, ef::kOldVersion, 1, kP108},
    /* 109 */ {"unlink", cat::kFile, ef::kOldVersion, 1, kP109},
    /* 110 */ {"unlinkat", cat::kFile, ef::kOldVersion, 2, kP110},
    /* 111 */ {"unlinkat", cat::kFile, ef::kOldVersion, 1, kP111},
    /* 112 */ {"pread", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kDropSimpleCons, 3, kP112},
    /* 113 */ {"pread", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kDropSimpleCons, 2, kP113},
    /* 114 */ {"pwrite", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kDropSimpleCons, 3, kP114},
    /* 115 */ {"pwrite", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kDropSimpleCons, 2, kP115},
    /* 116 */ {"readv", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kDropSimpleCons, 1, kP116},
    /* 117 */ {"readv", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kDropSimpleCons, 3, kP117},
    /* 118 */ {"writev", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kDropSimpleCons, 2, kP118},
    /* 119 */ {"writev", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kDropSimpleCons, 2, kP119},
    /* 120 */ {"preadv", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kDropSimpleCons, 2, kP120},
    /* 121 */ {"preadv", cat::kIoRead, ef::kUsesFd | ef::kReadsFromFd | ef::kDropSimpleCons, 3, kP121},
    /* 122 */ {"pwritev", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kDropSimpleCons, 3, kP122},
    /* 123 */ {"pwritev", cat::kIoWrite, ef::kUsesFd | ef::kWritesToFd | ef::kDropSimpleCons, 2, kP123},
    /* 124 */ {"dup", cat::kIoOther, ef::kCreatesFd | ef::kUsesFd | ef::kModifiesState, 1, kP124},
    /* 125 */ {"dup", cat::kIoOther, ef::kCreatesFd | ef::kUsesFd | ef::kModifiesState, 1, kP125},
    /* 126 */ {"signalfd", cat::kSignal, ef::kCreatesFd | ef::kModifiesState, 3, kLegacyP126},
    /* 127 */ {"signalfd", cat::kSignal, ef::kCreatesFd | ef::kModifiesState, 1, kP127},
    /* 128 */ {"kill", cat::kSignal, ef::kNone, 2, kP128},
    /* 129 */ {"kill", cat::kSignal, ef::kNone, 1, kP129},
    /* 130 */ {"tkill", cat::kSignal, ef::kNone, 2, kP130},
    /* 131 */ {"tkill", cat::kSignal, ef::kNone, 1, kP131},
    /* 132 */ {"tgkill", cat::kSignal, ef::kNone, 3, kP132},
    /* 133 */ {"tgkill", cat::kSignal, ef::kNone, 1, kP133},
    /* 134 */ {"nanosleep", cat::kSleep, ef::kWaits | ef::kDropSimpleCons, 1, kP134},
    /* 135 */ {"nanosleep", cat::kSleep, ef::kWaits | ef::kDropSimpleCons, 1, kP135},
    /* 136 */ {"timerfd_create", cat::kTime, ef::kCreatesFd | ef::kModifiesState | ef::kDropSimpleCons, 2, kLegacyP136},
    /* 137 */ {"timerfd_create", cat::kTime, ef::kCreatesFd | ef::kModifiesState | ef::kDropSimpleCons, 1, kP137},
    /* 138 */ {"inotify_init", cat::kIpc, ef::kCreatesFd | ef::kModifiesState, 1, kLegacyP138},
    /* 139 */ {"inotify_init", cat::kIpc, ef::kCreatesFd | ef::kModifiesState, 1, kP139},
    /* 140 */ {"getrlimit", cat::kProcess, ef::kDropSimpleCons, 1, kLegacyP140},
    /* 141 */ {"getrlimit", cat::kProcess, ef::kDropSimpleCons, 3, kP141},
    /* 142 */ {"setrlimit", cat::kProcess, ef::kDropSimpleCons, 1, kLegacyP142},
    /* 143 */ {"setrlimit", cat::kProcess, ef::kDropSimpleCons, 3, kP143},
    /* 144 */ {"prlimit", cat::kProcess, ef::kNone, 2, kLegacyP144},
    /* 145 */ {"prlimit", cat::kProcess, ef::kNone, 5, kP145},
    /* 146 */ {"switch", cat::kScheduler, ef::kSkipParseReset | ef::kOldVersion | ef::kDropSimpleCons, 1, kP146},
    /* 147 */ {"NA2", cat::kScheduler, ef::kSkipParseReset | ef::kUnused | ef::kOldVersion, 0, nullptr},
    /* 148 */ {"drop", cat::kInternal, ef::kSkipParseReset, 1, kP148},
    /* 149 */ {"drop", cat::kInternal, ef::kSkipParseReset, 1, kP149},
    /* 150 */ {"fcntl", cat::kIoOther, ef::kUsesFd | ef::kModifiesState | ef::kDropSimpleCons, 2, kLegacyP150},
    /* 151 */ {"fcntl", cat::kIoOther, ef::kUsesFd | ef::kModifiesState | ef::kDropSimpleCons, 1, kP151},
    /* 152 */ {"switch", cat::kScheduler, ef::kDropSimpleCons, 6, kP152},
    /* 153 */ {"NA2", cat::kScheduler, ef::kUnused, 0, nullptr},
    /* 154 */ {"execve", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 155 */ {"execve", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 13, kP155},
    /* 156 */ {"clone", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 157 */ {"clone", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 16, kLegacyP157},
    /* 158 */ {"brk", cat::kMemory, ef::kDropSimpleCons, 1, kP158},
    /* 159 */ {"brk", cat::kMemory, ef::kDropSimpleCons, 4, kP159},
    /* 160 */ {"mmap", cat::kMemory, ef::kDropSimpleCons, 6, kP160},
    /* 161 */ {"mmap", cat::kMemory, ef::kDropSimpleCons, 4, kLegacyP161},
    /* 162 */ {"mmap2", cat::kMemory, ef::kDropSimpleCons, 6, kP162},
    /* 163 */ {"mmap2", cat::kMemory, ef::kDropSimpleCons, 4, kLegacyP163},
    /* 164 */ {"munmap", cat::kMemory, ef::kDropSimpleCons, 2, kP164},
    /* 165 */ {"munmap", cat::kMemory, ef::kDropSimpleCons, 4, kP165},
    /* 166 */ {"splice", cat::kIoOther, ef::kUsesFd | ef::kDropSimpleCons, 4, kP166},
    /* 167 */ {"splice", cat::kIoOther, ef::kUsesFd | ef::kDropSimpleCons, 1, kP167},
    /* 168 */ {"ptrace", cat::kProcess, ef::kNone, 2, kLegacyP168},
    /* 169 */ {"ptrace", cat::kProcess, ef::kNone, 3, kP169},
    /* 170 */ {"ioctl", cat::kIoOther, ef::kUsesFd, 3, kP170},
    /* 171 */ {"ioctl", cat::kIoOther, ef::kUsesFd, 1, kP171},
    /* 172 */ {"execve", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 173 */ {"execve", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 14, kP173},
    /* 174 */ {"rename", cat::kFile, ef::kNone, 0, nullptr},
    /* 175 */ {"rename", cat::kFile, ef::kNone, 3, kP175},
    /* 176 */ {"renameat", cat::kFile, ef::kNone, 0, nullptr},
    /* 177 */ {"renameat", cat::kFile, ef::kNone, 5, kP177},
    /* 178 */ {"symlink", cat::kFile, ef::kNone, 0, nullptr},
    /* 179 */ {"symlink", cat::kFile, ef::kNone, 3, kP179},
    /* 180 */ {"symlinkat", cat::kFile, ef::kNone, 0, nullptr},
    /* 181 */ {"symlinkat", cat::kFile, ef::kNone, 4, kP181},
    /* 182 */ {"fork", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 183 */ {"fork", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 16, kLegacyP183},
    /* 184 */ {"vfork", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 185 */ {"vfork", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 16, kLegacyP185},
    /* 186 */ {"procexit", cat::kProcess, ef::kModifiesState, 4, kP186},
    /* 187 */ {"NA1", cat::kProcess, ef::kUnused, 0, nullptr},
    /* 188 */ {"sendfile", cat::kIoWrite, ef::kUsesFd | ef::kDropSimpleCons, 4, kP188},
    /* 189 */ {"sendfile", cat::kIoWrite, ef::kUsesFd | ef::kDropSimpleCons, 2, kP189},
    /* 190 */ {"quotactl", cat::kUser, ef::kNone, 4, kP190},
    /* 191 */ {"quotactl", cat::kUser, ef::kNone, 14, kP191},
    /* 192 */ {"setresuid", cat::kUser, ef::kModifiesState, 3, kP192},
    /* 193 */ {"setresuid", cat::kUser, ef::kModifiesState, 1, kP193},
    /* 194 */ {"setresgid", cat::kUser, ef::kModifiesState, 3, kP194},
    /* 195 */ {"setresgid", cat::kUser, ef::kModifiesState, 1, kP195},
    /* 196 */ {"sysdigevent", cat::kInternal, ef::kSkipParseReset, 2, kP196},
    /* 197 */ {"sysdigevent", cat::kInternal, ef::kUnused, 0, nullptr},
    /* 198 */ {"setuid", cat::kUser, ef::kModifiesState, 1, kP198},
    /* 199 */ {"setuid", cat::kUser, ef::kModifiesState, 1, kP199},
    /* 200 */ {"setgid", cat::kUser, ef::kModifiesState, 1, kP200},
    /* 201 */ {"setgid", cat::kUser, ef::kModifiesState, 1, kP201},
    /* 202 */ {"getuid", cat::kUser, ef::kDropSimpleCons, 0, nullptr},
    /* 203 */ {"getuid", cat::kUser, ef::kDropSimpleCons, 1, kP203},
    /* 204 */ {"geteuid", cat::kUser, ef::kDropSimpleCons, 0, nullptr},
    /* 205 */ {"geteuid", cat::kUser, ef::kDropSimpleCons, 1, kP205},
    /* 206 */ {"getgid", cat::kUser, ef::kDropSimpleCons, 0, nullptr},
    /* 207 */ {"getgid", cat::kUser, ef::kDropSimpleCons, 1, kP207},
    /* 208 */ {"getegid", cat::kUser, ef::kDropSimpleCons, 0, nullptr},
    /* 209 */ {"getegid", cat::kUser, ef::kDropSimpleCons, 1, kP209},
    /* 210 */ {"getresuid", cat::kUser, ef::kDropSimpleCons, 0, nullptr},
    /* 211 */ {"getresuid", cat::kUser, ef::kDropSimpleCons, 4, kP211},
    /* 212 */ {"getresgid", cat::kUser, ef::kDropSimpleCons, 0, nullptr},
    /* 213 */ {"getresgid", cat::kUser, ef::kDropSimpleCons, 4, kP213},
    /* 214 */ {"execve", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 215 */ {"execve", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 15, kP215},
    /* 216 */ {"clone", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 217 */ {"clone", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 17, kLegacyP217},
    /* 218 */ {"fork", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 219 */ {"fork", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 17, kLegacyP219},
    /* 220 */ {"vfork", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 221 */ {"vfork", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 17, kLegacyP221},
    /* 222 */ {"clone", cat::kProcess, ef::kModifiesState, 0, nullptr},
    /* 223 */ {"clone", cat::kProcess, ef::kModifiesState, 20, kLegacyP223},
    /* 224 */ {"fork", cat::kProcess, ef::kModifiesState, 0, nullptr},
    /* 225 */ {"fork", cat::kProcess, ef::kModifiesState, 20, kLegacyP225},
    /* 226 */ {"vfork", cat::kProcess, ef::kModifiesState, 0, nullptr},
    /* 227 */ {"vfork", cat::kProcess, ef::kModifiesState, 20, kLegacyP227},
    /* 228 */ {"container", cat::kInternal, ef::kSkipParseReset | ef::kModifiesState | ef::kOldVersion, 4, kP228},
    /* 229 */ {"container", cat::kInternal, ef::kUnused | ef::kOldVersion, 0, nullptr},
    /* 230 */ {"execve", cat::kProcess, ef::kModifiesState, 0, nullptr},
    /* 231 */ {"execve", cat::kProcess, ef::kModifiesState, 16, kP231},
    /* 232 */ {"signaldeliver", cat::kSignal, ef::kDropSimpleCons, 3, kP232},
    /* 233 */ {"signaldeliver", cat::kSignal, ef::kUnused, 0, nullptr},
    /* 234 */ {"procinfo", cat::kInternal, ef::kSkipParseReset | ef::kDropSimpleCons, 2, kP234},
    /* 235 */ {"NA2", cat::kInternal, ef::kUnused, 0, nullptr},
    /* 236 */ {"getdents", cat::kFile, ef::kUsesFd | ef::kDropSimpleCons, 1, kP236},
    /* 237 */ {"getdents", cat::kFile, ef::kUsesFd | ef::kDropSimpleCons, 1, kP237},
    /* 238 */ {"getdents64", cat::kFile, ef::kUsesFd | ef::kDropSimpleCons, 1, kP238},
    /* 239 */ {"getdents64", cat::kFile, ef::kUsesFd | ef::kDropSimpleCons, 1, kP239},
    /* 240 */ {"setns", cat::kProcess, ef::kUsesFd, 2, kLegacyP240},
    /* 241 */ {"setns", cat::kProcess, ef::kUsesFd, 1, kP241},
    /* 242 */ {"flock", cat::kFile, ef::kUsesFd, 2, kP242},
    /* 243 */ {"flock", cat::kFile, ef::kUsesFd, 1, kP243},
    /* 244 */ {"cpu_hotplug", cat::kSystem, ef::kSkipParseReset | ef::kModifiesState, 2, kP244},
    /* 245 */ {"NA2", cat::kSystem, ef::kUnused, 0, nullptr},
    /* 246 */ {"accept", cat::kNet, ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 247 */ {"accept", cat::kNet, ef::kCreatesFd | ef::kModifiesState, 5, kP247},
    /* 248 */ {"accept", cat::kNet, ef::kCreatesFd | ef::kModifiesState, 1, kP248},
    /* 249 */ {"accept", cat::kNet, ef::kCreatesFd | ef::kModifiesState, 5, kP249},
    /* 250 */ {"semop", cat::kProcess, ef::kDropSimpleCons, 1, kP250},
    /* 251 */ {"semop", cat::kProcess, ef::kDropSimpleCons, 8, kP251},
    /* 252 */ {"semctl", cat::kProcess, ef::kDropSimpleCons, 4, kP252},
    /* 253 */ {"semctl", cat::kProcess, ef::kDropSimpleCons, 1, kP253},
    /* 254 */ {"ppoll", cat::kWait, ef::kWaits | ef::kDropSimpleCons, 3, kP254},
    /* 255 */ {"ppoll", cat::kWait, ef::kWaits | ef::kDropSimpleCons, 2, kP255},
    /* 256 */ {"mount", cat::kFile, ef::kModifiesState, 1, kP256},
    /* 257 */ {"mount", cat::kFile, ef::kModifiesState, 4, kP257},
    /* 258 */ {"umount", cat::kFile, ef::kModifiesState, 1, kP258},
    /* 259 */ {"umount", cat::kFile, ef::kModifiesState, 2, kP259},
    /* 260 */ {"k8s", cat::kInternal, ef::kSkipParseReset | ef::kModifiesState, 1, kP260},
    /* 261 */ {"NA3", cat::kSystem, ef::kUnused, 0, nullptr},
    /* 262 */ {"semget", cat::kProcess, ef::kDropSimpleCons, 3, kP262},
    /* 263 */ {"semget", cat::kProcess, ef::kDropSimpleCons, 1, kP263},
    /* 264 */ {"access", cat::kFile, ef::kDropSimpleCons, 1, kP264},
    /* 265 */ {"access", cat::kFile, ef::kDropSimpleCons, 2, kP265},
    /* 266 */ {"chroot", cat::kProcess, ef::kModifiesState, 0, nullptr},
    /* 267 */ {"chroot", cat::kProcess, ef::kModifiesState, 2, kP267},
    /* 268 */ {"tracer", cat::kOther, ef::kNone, 3, kP268},
    /* 269 */ {"tracer", cat::kOther, ef::kNone, 3, kP269},
    /* 270 */ {"mesos", cat::kInternal, ef::kSkipParseReset | ef::kModifiesState, 1, kP270},
    /* 271 */ {"NA4", cat::kSystem, ef::kUnused, 0, nullptr},
    /* 272 */ {"container", cat::kProcess, ef::kModifiesState, 1, kP272},
    /* 273 */ {"container", cat::kProcess, ef::kUnused, 0, nullptr},
    /* 274 */ {"setsid", cat::kProcess, ef::kModifiesState, 0, nullptr},
    /* 275 */ {"setsid", cat::kProcess, ef::kModifiesState, 1, kP275},
    /* 276 */ {"mkdir", cat::kFile, ef::kNone, 1, kP276},
    /* 277 */ {"mkdir", cat::kFile, ef::kNone, 2, kP277},
    /* 278 */ {"rmdir", cat::kFile, ef::kNone, 0, nullptr},
    /* 279 */ {"rmdir", cat::kFile, ef::kNone, 2, kP279},
    /* 280 */ {"notification", cat::kOther, ef::kSkipParseReset, 2, kP280},
    /* 281 */ {"NA4", cat::kSystem, ef::kUnused, 0, nullptr},
    /* 282 */ {"execve", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 0, nullptr},
    /* 283 */ {"execve", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 17, kP283},
    /* 284 */ {"unshare", cat::kProcess, ef::kNone, 1, kLegacyP284},
    /* 285 */ {"unshare", cat::kProcess, ef::kNone, 1, kP285},
    /* 286 */ {"infra", cat::kInternal, ef::kSkipParseReset, 4, kP286},
    /* 287 */ {"NA4", cat::kSystem, ef::kUnused, 0, nullptr},
    /* 288 */ {"execve", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 1, kP288},
    /* 289 */ {"execve", cat::kProcess, ef::kModifiesState | ef::kOldVersion, 17, kP289},
    /* 290 */ {"page_fault", cat::kOther, ef::kSkipParseReset | ef::kDropSimpleCons, 3, kP290},
    /* 291 */ {"NA5", cat::kOther, ef::kUnused, 0, nullptr},
    /* 292 */ {"execve", cat::kProcess, ef::kModifiesState, 1, kP292},
    /* 293 */ {"execve", cat::kProcess, ef::kModifiesState, 20, kLegacyP293},
    /* 294 */ {"setpgid", cat::kProcess, ef::kModifiesState, 2, kP294},
    /* 295 */ {"setpgid", cat::kProcess, ef::kModifiesState, 1, kLegacyP295},
    /* 296 */ {"bpf", cat::kOther, ef::kCreatesFd, 1, kP296},
    /* 297 */ {"bpf", cat::kOther, ef::kCreatesFd, 1, kP297},
    /* 298 */ {"seccomp", cat::kOther, ef::kNone, 1, kP298},
    /* 299 */ {"seccomp", cat::kOther, ef::kNone, 1, kP299},
    /* 300 */ {"unlink", cat::kFile, ef::kNone, 0, nullptr},
    /* 301 */ {"unlink", cat::kFile, ef::kNone, 2, kP301},
    /* 302 */ {"unlinkat", cat::kFile, ef::kNone, 0, nullptr},
    /* 303 */ {"unlinkat", cat::kFile, ef::kNone, 4, kP303},
    /* 304 */ {"mkdirat", cat::kFile, ef::kNone, 0, nullptr},
    /* 305 */ {"mkdirat", cat::kFile, ef::kNone, 4, kP305},
    /* 306 */ {"openat", cat::kFile, ef::kCreatesFd | ef::kModifiesState, 4, kLegacyP306},
    /* 307 */ {"openat", cat::kFile, ef::kCreatesFd | ef::kModifiesState, 6, kLegacyP307},
    /* 308 */ {"link", cat::kFile, ef::kNone, 0, nullptr},
    /* 309 */ {"link", cat::kFile, ef::kNone, 3, kP309},
    /* 310 */ {"linkat", cat::kFile, ef::kNone, 0, nullptr},
    /* 311 */ {"linkat", cat::kFile, ef::kNone, 6, kP311},
    /* 312 */ {"fchmodat", cat::kFile, ef::kNone, 0, nullptr},
    /* 313 */ {"fchmodat", cat::kFile, ef::kNone, 4, kP313},
    /* 314 */ {"chmod", cat::kFile, ef::kNone, 0, nullptr},
    /* 315 */ {"chmod", cat::kFile, ef::kNone, 3, kP315},
    /* 316 */ {"fchmod", cat::kFile, ef::kNone, 0, nullptr},
    /* 317 */ {"fchmod", cat::kFile, ef::kNone, 3, kP317},
    /* 318 */ {"renameat2", cat::kFile, ef::kNone, 0, nullptr},
    /* 319 */ {"renameat2", cat::kFile, ef::kNone, 6, kP319},
    /* 320 */ {"userfaultfd", cat::kFile, ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 321 */ {"userfaultfd", cat::kFile, ef::kCreatesFd | ef::kModifiesState, 2, kLegacyP321},
    /* 322 */ {"pluginevent", cat::kOther, ef::kLargePayload, 2, kLegacyP322},
    /* 323 */ {"pluginevent", cat::kOther, ef::kUnused, 0, nullptr},
    /* 324 */ {"container", cat::kProcess, ef::kModifiesState | ef::kLargePayload, 1, kP324},
    /* 325 */ {"container", cat::kProcess, ef::kUnused, 0, nullptr},
    /* 326 */ {"openat2", cat::kFile, ef::kCreatesFd | ef::kModifiesState, 5, kLegacyP326},
    /* 327 */ {"openat2", cat::kFile, ef::kCreatesFd | ef::kModifiesState, 6, kLegacyP327},
    /* 328 */ {"mprotect", cat::kMemory, ef::kDropSimpleCons, 3, kP328},
    /* 329 */ {"mprotect", cat::kMemory, ef::kDropSimpleCons, 1, kP329},
    /* 330 */ {"execveat", cat::kProcess, ef::kModifiesState, 3, kP330},
    /* 331 */ {"execveat", cat::kProcess, ef::kModifiesState, 20, kLegacyP331},
    /* 332 */ {"copy_file_range", cat::kFile, ef::kUsesFd | ef::kReadsFromFd | ef::kWritesToFd, 3, kP332},
    /* 333 */ {"copy_file_range", cat::kFile, ef::kUsesFd | ef::kReadsFromFd | ef::kWritesToFd, 3, kP333},
    /* 334 */ {"clone3", cat::kProcess, ef::kModifiesState, 0, nullptr},
    /* 335 */ {"clone3", cat::kProcess, ef::kModifiesState, 20, kLegacyP335},
};

}  // namespace trowel::capture::detail
