// Name tables of flag and enum parameters (libs' PPM_* encodings, not the
// kernel's) with the names sysdig 0.29.3 prints, plus the DYN type lists and
// Linux signal names.
//
// Invariants: entries keep libs' order, which decides how sysdig renders a
// value (e.g. O_RDWR is listed before O_WRONLY and O_RDONLY); values are the
// PPM_* ones (for enums the value itself, for flags the bit mask); each
// FlagTable's count equals its entry array's length. Tables named kLegacy*
// are the smaller 2022 versions used by the legacy schema.
#include "capture/flag_tables.h"

#include <iterator>

namespace trowel::capture {

constexpr FlagName kSocketFamiliesEntries[] = {
    {"AF_NFC", 39},
    {"AF_ALG", 38},
    {"AF_CAIF", 37},
    {"AF_IEEE802154", 36},
    {"AF_PHONET", 35},
    {"AF_ISDN", 34},
    {"AF_RXRPC", 33},
    {"AF_IUCV", 32},
    {"AF_BLUETOOTH", 31},
    {"AF_TIPC", 30},
    {"AF_CAN", 29},
    {"AF_LLC", 26},
    {"AF_WANPIPE", 25},
    {"AF_PPPOX", 24},
    {"AF_IRDA", 23},
    {"AF_SNA", 22},
    {"AF_RDS", 21},
    {"AF_ATMSVC", 20},
    {"AF_ECONET", 19},
    {"AF_ASH", 18},
    {"AF_PACKET", 17},
    {"AF_ROUTE", 16},
    {"AF_NETLINK", 16},
    {"AF_KEY", 15},
    {"AF_SECURITY", 14},
    {"AF_NETBEUI", 13},
    {"AF_DECnet", 12},
    {"AF_ROSE", 11},
    {"AF_INET6", 10},
    {"AF_X25", 9},
    {"AF_ATMPVC", 8},
    {"AF_BRIDGE", 7},
    {"AF_NETROM", 6},
    {"AF_APPLETALK", 5},
    {"AF_IPX", 4},
    {"AF_AX25", 3},
    {"AF_INET", 2},
    {"AF_LOCAL", 1},
    {"AF_UNIX", 1},
    {"AF_UNSPEC", 0},
};
extern const FlagTable kSocketFamilies{kSocketFamiliesEntries, std::size(kSocketFamiliesEntries)};

constexpr FlagName kFileFlagsEntries[] = {
    {"O_LARGEFILE", 0x800},
    {"O_DIRECTORY", 0x400},
    {"O_DIRECT", 0x200},
    {"O_TRUNC", 0x100},
    {"O_SYNC", 0x80},
    {"O_NONBLOCK", 0x40},
    {"O_EXCL", 0x20},
    {"O_DSYNC", 0x10},
    {"O_APPEND", 0x8},
    {"O_CREAT", 0x4},
    {"O_RDWR", 0x3},
    {"O_WRONLY", 0x2},
    {"O_RDONLY", 0x1},
    {"O_CLOEXEC", 0x1000},
    {"O_NONE", 0x0},
    {"O_TMPFILE", 0x2000},
    {"O_F_CREATED", 0x4000},
    {"FD_UPPER_LAYER", 0x8000},
    {"FD_LOWER_LAYER", 0x10000},
};
extern const FlagTable kFileFlags{kFileFlagsEntries, std::size(kFileFlagsEntries)};

constexpr FlagName kCreatFlagsEntries[] = {
    {"FD_UPPER_LAYER_CREAT", 0x1},
    {"FD_LOWER_LAYER_CREAT", 0x2},
};
extern const FlagTable kCreatFlags{kCreatFlagsEntries, std::size(kCreatFlagsEntries)};

constexpr FlagName kFlockFlagsEntries[] = {
    {"LOCK_SH", 0x1},
    {"LOCK_EX", 0x2},
    {"LOCK_NB", 0x4},
    {"LOCK_UN", 0x8},
    {"LOCK_NONE", 0x0},
};
extern const FlagTable kFlockFlags{kFlockFlagsEntries, std::size(kFlockFlagsEntries)};

constexpr FlagName kCloneFlagsEntries[] = {
    {"CLONE_FILES", 0x1},
    {"CLONE_FS", 0x2},
    {"CLONE_IO", 0x4},
    {"CLONE_NEWIPC", 0x8},
    {"CLONE_NEWNET", 0x10},
    {"CLONE_NEWNS", 0x20},
    {"CLONE_NEWPID", 0x40},
    {"CLONE_NEWUTS", 0x80},
    {"CLONE_PARENT", 0x100},
    {"CLONE_PARENT_SETTID", 0x200},
    {"CLONE_PTRACE", 0x400},
    {"CLONE_SIGHAND", 0x800},
    {"CLONE_SYSVSEM", 0x1000},
    {"CLONE_THREAD", 0x2000},
    {"CLONE_UNTRACED", 0x4000},
    {"CLONE_VM", 0x8000},
    {"CLONE_INVERTED", 0x10000},
    {"NAME_CHANGED", 0x20000},
    {"CLOSED", 0x40000},
    {"CLONE_NEWUSER", 0x100000},
    {"CLONE_CHILD_CLEARTID", 0x800000},
    {"CLONE_CHILD_SETTID", 0x1000000},
    {"CLONE_SETTLS", 0x2000000},
    {"CLONE_STOPPED", 0x4000000},
    {"CLONE_VFORK", 0x8000000},
    {"CLONE_NEWCGROUP", 0x10000000},
    {"CLONE_CHILD_IN_PIDNS", 0x20000000},
};
extern const FlagTable kCloneFlags{kCloneFlagsEntries, std::size(kCloneFlagsEntries)};

constexpr FlagName kFutexOperationsEntries[] = {
    {"FUTEX_CLOCK_REALTIME", 256},
    {"FUTEX_PRIVATE_FLAG", 128},
    {"FUTEX_CMP_REQUEUE_PI", 12},
    {"FUTEX_WAIT_REQUEUE_PI", 11},
    {"FUTEX_WAKE_BITSET", 10},
    {"FUTEX_WAIT_BITSET", 9},
    {"FUTEX_TRYLOCK_PI", 8},
    {"FUTEX_UNLOCK_PI", 7},
    {"FUTEX_LOCK_PI", 6},
    {"FUTEX_WAKE_OP", 5},
    {"FUTEX_CMP_REQUEUE", 4},
    {"FUTEX_REQUEUE", 3},
    {"FUTEX_FD", 2},
    {"FUTEX_WAKE", 1},
    {"FUTEX_WAIT", 0},
};
extern const FlagTable kFutexOperations{kFutexOperationsEntries, std::size(kFutexOperationsEntries)};

constexpr FlagName kPollFlagsEntries[] = {
    {"POLLIN", 0x1},
    {"POLLPRI", 0x2},
    {"POLLOUT", 0x4},
    {"POLLRDHUP", 0x8},
    {"POLLERR", 0x10},
    {"POLLHUP", 0x20},
    {"POLLNVAL", 0x40},
    {"POLLRDNORM", 0x80},
    {"POLLRDBAND", 0x100},
    {"POLLWRNORM", 0x200},
    {"POLLWRBAND", 0x400},
};
extern const FlagTable kPollFlags{kPollFlagsEntries, std::size(kPollFlagsEntries)};

constexpr FlagName kMountFlagsEntries[] = {
    {"RDONLY", 0x1},
    {"NOSUID", 0x2},
    {"NODEV", 0x4},
    {"NOEXEC", 0x8},
    {"SYNCHRONOUS", 0x10},
    {"REMOUNT", 0x20},
    {"MANDLOCK", 0x40},
    {"DIRSYNC", 0x80},
    {"NOATIME", 0x400},
    {"NODIRATIME", 0x800},
    {"BIND", 0x1000},
    {"MOVE", 0x2000},
    {"REC", 0x4000},
    {"SILENT", 0x8000},
    {"POSIXACL", 0x10000},
    {"UNBINDABLE", 0x20000},
    {"PRIVATE", 0x40000},
    {"SLAVE", 0x80000},
    {"SHARED", 0x100000},
    {"RELATIME", 0x200000},
    {"KERNMOUNT", 0x400000},
    {"I_VERSION", 0x800000},
    {"STRICTATIME", 0x1000000},
    {"LAZYTIME", 0x2000000},
    {"NOSEC", 0x10000000},
    {"BORN", 0x20000000},
    {"ACTIVE", 0x40000000},
    {"NOUSER", 0x80000000},
};
extern const FlagTable kMountFlags{kMountFlagsEntries, std::size(kMountFlagsEntries)};

constexpr FlagName kUmountFlagsEntries[] = {
    {"FORCE", 0x1},
    {"DETACH", 0x2},
    {"EXPIRE", 0x4},
    {"NOFOLLOW", 0x8},
};
extern const FlagTable kUmountFlags{kUmountFlagsEntries, std::size(kUmountFlagsEntries)};

constexpr FlagName kLseekWhenceEntries[] = {
    {"SEEK_END", 2},
    {"SEEK_CUR", 1},
    {"SEEK_SET", 0},
};
extern const FlagTable kLseekWhence{kLseekWhenceEntries, std::size(kLseekWhenceEntries)};

constexpr FlagName kShutdownHowEntries[] = {
    {"SHUT_UNKNOWN", 65535},
    {"SHUT_RDWR", 2},
    {"SHUT_WR", 1},
    {"SHUT_RD", 0},
};
extern const FlagTable kShutdownHow{kShutdownHowEntries, std::size(kShutdownHowEntries)};

constexpr FlagName kRlimitResourcesEntries[] = {
    {"RLIMIT_UNKNOWN", 255},
    {"RLIMIT_RTTIME", 15},
    {"RLIMIT_RTPRIO", 14},
    {"RLIMIT_NICE", 13},
    {"RLIMIT_MSGQUEUE", 12},
    {"RLIMIT_SIGPENDING", 11},
    {"RLIMIT_LOCKS", 10},
    {"RLIMIT_AS", 9},
    {"RLIMIT_MEMLOCK", 8},
    {"RLIMIT_NOFILE", 7},
    {"RLIMIT_NPROC", 6},
    {"RLIMIT_RSS", 5},
    {"RLIMIT_CORE", 4},
    {"RLIMIT_STACK", 3},
    {"RLIMIT_DATA", 2},
    {"RLIMIT_FSIZE", 1},
    {"RLIMIT_CPU", 0},
};
extern const FlagTable kRlimitResources{kRlimitResourcesEntries, std::size(kRlimitResourcesEntries)};

constexpr FlagName kFcntlCommandsEntries[] = {
    {"F_GETPIPE_SZ", 29},
    {"F_SETPIPE_SZ", 28},
    {"F_NOTIFY", 27},
    {"F_DUPFD_CLOEXEC", 26},
    {"F_CANCELLK", 25},
    {"F_GETLEASE", 24},
    {"F_SETLEASE", 23},
    {"F_GETOWN_EX", 22},
    {"F_SETOWN_EX", 21},
    {"F_SETLKW64", 19},
    {"F_SETLK64", 18},
    {"F_GETLK64", 17},
    {"F_GETSIG", 15},
    {"F_SETSIG", 13},
    {"F_GETOWN", 12},
    {"F_SETOWN", 10},
    {"F_SETLKW", 9},
    {"F_SETLK", 8},
    {"F_GETLK", 6},
    {"F_SETFL", 5},
    {"F_GETFL", 4},
    {"F_SETFD", 3},
    {"F_GETFD", 2},
    {"F_DUPFD", 1},
    {"F_OFD_GETLK", 30},
    {"F_OFD_SETLK", 31},
    {"F_OFD_SETLKW", 32},
    {"UNKNOWN", 0},
};
extern const FlagTable kFcntlCommands{kFcntlCommandsEntries, std::size(kFcntlCommandsEntries)};

constexpr FlagName kSockoptLevelsEntries[] = {
    {"SOL_SOCKET", 1},
    {"SOL_TCP", 2},
    {"UNKNOWN", 0},
};
extern const FlagTable kSockoptLevels{kSockoptLevelsEntries, std::size(kSockoptLevelsEntries)};

constexpr FlagName kSockoptOptionsEntries[] = {
    {"SO_COOKIE", 53},
    {"SO_MEMINFO", 52},
    {"SO_PEERGROUPS", 51},
    {"SO_ATTACH_BPF", 50},
    {"SO_INCOMING_CPU", 49},
    {"SO_BPF_EXTENSIONS", 48},
    {"SO_MAX_PACING_RATE", 47},
    {"SO_BUSY_POLL", 46},
    {"SO_SELECT_ERR_QUEUE", 45},
    {"SO_LOCK_FILTER", 44},
    {"SO_NOFCS", 43},
    {"SO_PEEK_OFF", 42},
    {"SO_WIFI_STATUS", 41},
    {"SO_RXQ_OVFL", 40},
    {"SO_DOMAIN", 39},
    {"SO_PROTOCOL", 38},
    {"SO_TIMESTAMPING", 37},
    {"SO_MARK", 36},
    {"SO_TIMESTAMPNS", 35},
    {"SO_PASSSEC", 34},
    {"SO_PEERSEC", 31},
    {"SO_ACCEPTCONN", 30},
    {"SO_TIMESTAMP", 29},
    {"SO_PEERNAME", 28},
    {"SO_DETACH_FILTER", 27},
    {"SO_ATTACH_FILTER", 26},
    {"SO_BINDTODEVICE", 25},
    {"SO_SECURITY_ENCRYPTION_NETWORK", 24},
    {"SO_SECURITY_ENCRYPTION_TRANSPORT", 23},
    {"SO_SECURITY_AUTHENTICATION", 22},
    {"SO_SNDTIMEO", 21},
    {"SO_RCVTIMEO", 20},
    {"SO_SNDLOWAT", 19},
    {"SO_RCVLOWAT", 18},
    {"SO_PEERCRED", 17},
    {"SO_PASSCRED", 16},
    {"SO_REUSEPORT", 15},
    {"SO_BSDCOMPAT", 14},
    {"SO_LINGER", 13},
    {"SO_PRIORITY", 12},
    {"SO_NO_CHECK", 11},
    {"SO_OOBINLINE", 10},
    {"SO_KEEPALIVE", 9},
    {"SO_RCVBUFFORCE", 33},
    {"SO_SNDBUFFORCE", 32},
    {"SO_RCVBUF", 8},
    {"SO_SNDBUF", 7},
    {"SO_BROADCAST", 6},
    {"SO_DONTROUTE", 5},
    {"SO_ERROR", 4},
    {"SO_TYPE", 3},
    {"SO_REUSEADDR", 2},
    {"SO_DEBUG", 1},
    {"UNKNOWN", 0},
};
extern const FlagTable kSockoptOptions{kSockoptOptionsEntries, std::size(kSockoptOptionsEntries)};

constexpr FlagName kPtraceRequestsEntries[] = {
    {"PTRACE_SINGLEBLOCK", 38},
    {"PTRACE_SYSEMU_SINGLESTEP", 37},
    {"PTRACE_SYSEMU", 36},
    {"PTRACE_ARCH_PRCTL", 35},
    {"PTRACE_SET_THREAD_AREA", 34},
    {"PTRACE_GET_THREAD_AREA", 33},
    {"PTRACE_OLDSETOPTIONS", 32},
    {"PTRACE_SETFPXREGS", 31},
    {"PTRACE_GETFPXREGS", 30},
    {"PTRACE_SETFPREGS", 29},
    {"PTRACE_GETFPREGS", 28},
    {"PTRACE_SETREGS", 27},
    {"PTRACE_GETREGS", 26},
    {"PTRACE_SETSIGMASK", 25},
    {"PTRACE_GETSIGMASK", 24},
    {"PTRACE_PEEKSIGINFO", 23},
    {"PTRACE_LISTEN", 22},
    {"PTRACE_INTERRUPT", 21},
    {"PTRACE_SEIZE", 20},
    {"PTRACE_SETREGSET", 19},
    {"PTRACE_GETREGSET", 18},
    {"PTRACE_SETSIGINFO", 17},
    {"PTRACE_GETSIGINFO", 16},
    {"PTRACE_GETEVENTMSG", 15},
    {"PTRACE_SETOPTIONS", 14},
    {"PTRACE_SYSCALL", 13},
    {"PTRACE_DETACH", 12},
    {"PTRACE_ATTACH", 11},
    {"PTRACE_SINGLESTEP", 10},
    {"PTRACE_KILL", 9},
    {"PTRACE_CONT", 8},
    {"PTRACE_POKEUSR", 7},
    {"PTRACE_POKEDATA", 6},
    {"PTRACE_POKETEXT", 5},
    {"PTRACE_PEEKUSR", 4},
    {"PTRACE_PEEKDATA", 3},
    {"PTRACE_PEEKTEXT", 2},
    {"PTRACE_TRACEME", 1},
    {"PTRACE_UNKNOWN", 0},
};
extern const FlagTable kPtraceRequests{kPtraceRequestsEntries, std::size(kPtraceRequestsEntries)};

constexpr FlagName kProtFlagsEntries[] = {
    {"PROT_READ", 0x1},
    {"PROT_WRITE", 0x2},
    {"PROT_EXEC", 0x4},
    {"PROT_SEM", 0x8},
    {"PROT_GROWSDOWN", 0x10},
    {"PROT_GROWSUP", 0x20},
    {"PROT_SAO", 0x40},
    {"PROT_NONE", 0x0},
};
extern const FlagTable kProtFlags{kProtFlagsEntries, std::size(kProtFlagsEntries)};

constexpr FlagName kMmapFlagsEntries[] = {
    {"MAP_SHARED", 0x1},
    {"MAP_PRIVATE", 0x2},
    {"MAP_FIXED", 0x4},
    {"MAP_ANONYMOUS", 0x8},
    {"MAP_32BIT", 0x10},
    {"MAP_RENAME", 0x20},
    {"MAP_NORESERVE", 0x40},
    {"MAP_POPULATE", 0x80},
    {"MAP_NONBLOCK", 0x100},
    {"MAP_GROWSDOWN", 0x200},
    {"MAP_DENYWRITE", 0x400},
    {"MAP_EXECUTABLE", 0x800},
    {"MAP_INHERIT", 0x1000},
    {"MAP_FILE", 0x2000},
    {"MAP_LOCKED", 0x4000},
};
extern const FlagTable kMmapFlags{kMmapFlagsEntries, std::size(kMmapFlagsEntries)};

constexpr FlagName kSpliceFlagsEntries[] = {
    {"SPLICE_F_MOVE", 0x1},
    {"SPLICE_F_NONBLOCK", 0x2},
    {"SPLICE_F_MORE", 0x4},
    {"SPLICE_F_GIFT", 0x8},
};
extern const FlagTable kSpliceFlags{kSpliceFlagsEntries, std::size(kSpliceFlagsEntries)};

constexpr FlagName kQuotactlDqiFlagsEntries[] = {
    {"DQF_NONE", 0x1},
    {"V1_DQF_RSQUASH", 0x2},
};
extern const FlagTable kQuotactlDqiFlags{kQuotactlDqiFlagsEntries, std::size(kQuotactlDqiFlagsEntries)};

constexpr FlagName kQuotactlCmdsEntries[] = {
    {"Q_QUOTAON", 1},
    {"Q_QUOTAOFF", 2},
    {"Q_GETFMT", 4},
    {"Q_GETINFO", 8},
    {"Q_SETINFO", 16},
    {"Q_GETQUOTA", 32},
    {"Q_SETQUOTA", 64},
    {"Q_SYNC", 128},
    {"Q_XQUOTAON", 256},
    {"Q_XQUOTAOFF", 512},
    {"Q_XGETQUOTA", 1024},
    {"Q_XSETQLIM", 2048},
    {"Q_XGETQSTAT", 4096},
    {"Q_XQUOTARM", 8192},
    {"Q_XQUOTASYNC", 16384},
};
extern const FlagTable kQuotactlCmds{kQuotactlCmdsEntries, std::size(kQuotactlCmdsEntries)};

constexpr FlagName kQuotactlTypesEntries[] = {
    {"USRQUOTA", 1},
    {"GRPQUOTA", 2},
};
extern const FlagTable kQuotactlTypes{kQuotactlTypesEntries, std::size(kQuotactlTypesEntries)};

constexpr FlagName kQuotactlQuotaFmtsEntries[] = {
    {"QFMT_NOT_USED", 1},
    {"QFMT_VFS_OLD", 2},
    {"QFMT_VFS_V0", 4},
    {"QFMT_VFS_V1", 8},
};
extern const FlagTable kQuotactlQuotaFmts{kQuotactlQuotaFmtsEntries, std::size(kQuotactlQuotaFmtsEntries)};

constexpr FlagName kSemopFlagsEntries[] = {
    {"IPC_NOWAIT", 0x1},
    {"SEM_UNDO", 0x2},
};
extern const FlagTable kSemopFlags{kSemopFlagsEntries, std::size(kSemopFlagsEntries)};

constexpr FlagName kSemgetFlagsEntries[] = {
    {"IPC_EXCL", 0x4000},
    {"IPC_CREAT", 0x2000},
};
extern const FlagTable kSemgetFlags{kSemgetFlagsEntries, std::size(kSemgetFlagsEntries)};

constexpr FlagName kSemctlCommandsEntries[] = {
    {"IPC_STAT", 1},
    {"IPC_SET", 2},
    {"IPC_RMID", 4},
    {"IPC_INFO", 8},
    {"SEM_INFO", 16},
    {"SEM_STAT", 32},
    {"GETALL", 64},
    {"GETNCNT", 128},
    {"GETPID", 256},
    {"GETVAL", 512},
    {"GETZCNT", 1024},
    {"SETALL", 2048},
    {"SETVAL", 4096},
};
extern const FlagTable kSemctlCommands{kSemctlCommandsEntries, std::size(kSemctlCommandsEntries)};

constexpr FlagName kAccessFlagsEntries[] = {
    {"F_OK", 0x0},
    {"R_OK", 0x4},
    {"W_OK", 0x2},
    {"X_OK", 0x1},
};
extern const FlagTable kAccessFlags{kAccessFlagsEntries, std::size(kAccessFlagsEntries)};

constexpr FlagName kPfFlagsEntries[] = {
    {"PROTECTION_VIOLATION", 0x1},
    {"PAGE_NOT_PRESENT", 0x2},
    {"WRITE_ACCESS", 0x4},
    {"READ_ACCESS", 0x8},
    {"USER_FAULT", 0x10},
    {"SUPERVISOR_FAULT", 0x20},
    {"RESERVED_PAGE", 0x40},
    {"INSTRUCTION_FETCH", 0x80},
};
extern const FlagTable kPfFlags{kPfFlagsEntries, std::size(kPfFlagsEntries)};

constexpr FlagName kUnlinkatFlagsEntries[] = {
    {"AT_REMOVEDIR", 0x200},
};
extern const FlagTable kUnlinkatFlags{kUnlinkatFlagsEntries, std::size(kUnlinkatFlagsEntries)};

constexpr FlagName kLinkatFlagsEntries[] = {
    {"AT_SYMLINK_FOLLOW", 0x400},
    {"AT_EMPTY_PATH", 0x1000},
};
extern const FlagTable kLinkatFlags{kLinkatFlagsEntries, std::size(kLinkatFlagsEntries)};

constexpr FlagName kNewfstatatFlagsEntries[] = {
    {"AT_EMPTY_PATH", 0x1000},
    {"AT_NO_AUTOMOUNT", 0x800},
    {"AT_SYMLINK_NOFOLLOW", 0x100},
};
extern const FlagTable kNewfstatatFlags{kNewfstatatFlagsEntries, std::size(kNewfstatatFlagsEntries)};

constexpr FlagName kChmodModeEntries[] = {
    {"S_IXOTH", 0x1},
    {"S_IWOTH", 0x2},
    {"S_IROTH", 0x4},
    {"S_IXGRP", 0x8},
    {"S_IWGRP", 0x10},
    {"S_IRGRP", 0x20},
    {"S_IXUSR", 0x40},
    {"S_IWUSR", 0x80},
    {"S_IRUSR", 0x100},
    {"S_ISVTX", 0x200},
    {"S_ISGID", 0x400},
    {"S_ISUID", 0x800},
};
extern const FlagTable kChmodMode{kChmodModeEntries, std::size(kChmodModeEntries)};

constexpr FlagName kFchownatFlagsEntries[] = {
    {"AT_SYMLINK_NOFOLLOW", 0x400},
    {"AT_EMPTY_PATH", 0x1000},
};
extern const FlagTable kFchownatFlags{kFchownatFlagsEntries, std::size(kFchownatFlagsEntries)};

constexpr FlagName kRenameat2FlagsEntries[] = {
    {"RENAME_NOREPLACE", 0x1},
    {"RENAME_EXCHANGE", 0x2},
    {"RENAME_WHITEOUT", 0x4},
};
extern const FlagTable kRenameat2Flags{kRenameat2FlagsEntries, std::size(kRenameat2FlagsEntries)};

constexpr FlagName kOpenat2FlagsEntries[] = {
    {"RESOLVE_BENEATH", 0x1},
    {"RESOLVE_IN_ROOT", 0x2},
    {"RESOLVE_NO_MAGICLINKS", 0x4},
    {"RESOLVE_NO_SYMLINKS", 0x8},
    {"RESOLVE_NO_XDEV", 0x10},
    {"RESOLVE_CACHED", 0x20},
};
extern const FlagTable kOpenat2Flags{kOpenat2FlagsEntries, std::size(kOpenat2FlagsEntries)};

constexpr FlagName kExecveFlagsEntries[] = {
    {"EXE_WRITABLE", 0x1},
    {"EXE_UPPER_LAYER", 0x2},
    {"EXE_FROM_MEMFD", 0x4},
    {"EXE_LOWER_LAYER", 0x8},
};
extern const FlagTable kExecveFlags{kExecveFlagsEntries, std::size(kExecveFlagsEntries)};

constexpr FlagName kExecveatFlagsEntries[] = {
    {"AT_EMPTY_PATH", 0x1},
    {"AT_SYMLINK_NOFOLLOW", 0x2},
};
extern const FlagTable kExecveatFlags{kExecveatFlagsEntries, std::size(kExecveatFlagsEntries)};

constexpr FlagName kIoUringSetupFlagsEntries[] = {
    {"IORING_SETUP_IOPOLL", 0x1},
    {"IORING_SETUP_SQPOLL", 0x2},
    {"IORING_SQ_NEED_WAKEUP", 0x4},
    {"IORING_SETUP_SQ_AFF", 0x8},
    {"IORING_SETUP_CQSIZE", 0x10},
    {"IORING_SETUP_CLAMP", 0x20},
    {"IORING_SETUP_ATTACH_RW", 0x40},
    {"IORING_SETUP_R_DISABLED", 0x80},
};
extern const FlagTable kIoUringSetupFlags{kIoUringSetupFlagsEntries, std::size(kIoUringSetupFlagsEntries)};

constexpr FlagName kIoUringSetupFeatsEntries[] = {
    {"IORING_FEAT_SINGLE_MMAP", 0x1},
    {"IORING_FEAT_NODROP", 0x2},
    {"IORING_FEAT_SUBMIT_STABLE", 0x4},
    {"IORING_FEAT_RW_CUR_POS", 0x8},
    {"IORING_FEAT_CUR_PERSONALITY", 0x10},
    {"IORING_FEAT_FAST_POLL", 0x20},
    {"IORING_FEAT_POLL_32BITS", 0x40},
    {"IORING_FEAT_SQPOLL_NONFIXED", 0x80},
    {"IORING_FEAT_ENTER_EXT_ARG", 0x100},
    {"IORING_FEAT_NATIVE_WORKERS", 0x200},
    {"IORING_FEAT_RSRC_TAGS", 0x400},
};
extern const FlagTable kIoUringSetupFeats{kIoUringSetupFeatsEntries, std::size(kIoUringSetupFeatsEntries)};

constexpr FlagName kIoUringEnterFlagsEntries[] = {
    {"IORING_ENTER_GETEVENTS", 0x1},
    {"IORING_ENTER_SQ_WAKEUP", 0x2},
    {"IORING_ENTER_SQ_WAIT", 0x4},
    {"IORING_ENTER_EXT_ARG", 0x8},
};
extern const FlagTable kIoUringEnterFlags{kIoUringEnterFlagsEntries, std::size(kIoUringEnterFlagsEntries)};

constexpr FlagName kIoUringRegisterOpcodesEntries[] = {
    {"IORING_REGISTER_BUFFERS", 0},
    {"IORING_UNREGISTER_BUFFERS", 1},
    {"IORING_REGISTER_FILES", 2},
    {"IORING_UNREGISTER_FILES", 3},
    {"IORING_REGISTER_EVENTFD", 4},
    {"IORING_UNREGISTER_EVENTFD", 5},
    {"IORING_REGISTER_FILES_UPDATE", 6},
    {"IORING_REGISTER_EVENTFD_ASYNC", 7},
    {"IORING_REGISTER_PROBE", 8},
    {"IORING_REGISTER_PERSONALITY", 9},
    {"IORING_UNREGISTER_PERSONALITY", 10},
    {"IORING_REGISTER_RESTRICTIONS", 11},
    {"IORING_REGISTER_ENABLE_RINGS", 12},
    {"IORING_REGISTER_FILES2", 13},
    {"IORING_REGISTER_FILES_UPDATE2", 14},
    {"IORING_REGISTER_BUFFERS2", 15},
    {"IORING_REGISTER_BUFFERS_UPDATE", 16},
    {"IORING_REGISTER_IOWQ_AFF", 17},
    {"IORING_UNREGISTER_IOWQ_AFF", 18},
    {"IORING_REGISTER_IOWQ_MAX_WORKERS", 19},
    {"IORING_REGISTER_RING_FDS", 20},
    {"IORING_UNREGISTER_RING_FDS", 21},
};
extern const FlagTable kIoUringRegisterOpcodes{kIoUringRegisterOpcodesEntries, std::size(kIoUringRegisterOpcodesEntries)};

constexpr FlagName kMlockallFlagsEntries[] = {
    {"MCL_CURRENT", 0x1},
    {"MCL_FUTURE", 0x2},
    {"MCL_ONFAULT", 0x4},
};
extern const FlagTable kMlockallFlags{kMlockallFlagsEntries, std::size(kMlockallFlagsEntries)};

constexpr FlagName kMlock2FlagsEntries[] = {
    {"MLOCK_ONFAULT", 0x1},
};
extern const FlagTable kMlock2Flags{kMlock2FlagsEntries, std::size(kMlock2FlagsEntries)};

constexpr FlagName kFsconfigCmdsEntries[] = {
    {"FSCONFIG_SET_FLAG", 0},
    {"FSCONFIG_SET_STRING", 1},
    {"FSCONFIG_SET_BINARY", 2},
    {"FSCONFIG_SET_PATH", 3},
    {"FSCONFIG_SET_PATH_EMPTY", 4},
    {"FSCONFIG_SET_FD", 5},
    {"FSCONFIG_CMD_CREATE", 6},
    {"FSCONFIG_CMD_RECONFIGURE", 7},
};
extern const FlagTable kFsconfigCmds{kFsconfigCmdsEntries, std::size(kFsconfigCmdsEntries)};

constexpr FlagName kEpollCreate1FlagsEntries[] = {
    {"EPOLL_CLOEXEC", 0x1},
};
extern const FlagTable kEpollCreate1Flags{kEpollCreate1FlagsEntries, std::size(kEpollCreate1FlagsEntries)};

constexpr FlagName kPrctlOptionsEntries[] = {
    {"PR_GET_DUMPABLE", 3},
    {"PR_SET_DUMPABLE", 4},
    {"PR_GET_KEEPCAPS", 7},
    {"PR_SET_KEEPCAPS", 8},
    {"PR_SET_NAME", 15},
    {"PR_GET_NAME", 16},
    {"PR_GET_SECCOMP", 21},
    {"PR_SET_SECCOMP", 22},
    {"PR_CAPBSET_READ", 23},
    {"PR_CAPBSET_DROP", 24},
    {"PR_GET_SECUREBITS", 27},
    {"PR_SET_SECUREBITS", 28},
    {"PR_MCE_KILL", 33},
    {"PR_MCE_KILL", 33},
    {"PR_SET_MM", 35},
    {"PR_SET_CHILD_SUBREAPER", 36},
    {"PR_GET_CHILD_SUBREAPER", 37},
    {"PR_SET_NO_NEW_PRIVS", 38},
    {"PR_GET_NO_NEW_PRIVS", 39},
    {"PR_GET_TID_ADDRESS", 40},
    {"PR_SET_THP_DISABLE", 41},
    {"PR_GET_THP_DISABLE", 42},
    {"PR_CAP_AMBIENT", 47},
};
extern const FlagTable kPrctlOptions{kPrctlOptionsEntries, std::size(kPrctlOptionsEntries)};

constexpr FlagName kKeyctlOperationsEntries[] = {
    {"KEYCTL_GET_KEYRING_ID", 0},
    {"KEYCTL_JOIN_SESSION_KEYRING", 1},
    {"KEYCTL_UPDATE", 2},
    {"KEYCTL_REVOKE", 3},
    {"KEYCTL_CHOWN", 4},
    {"KEYCTL_SETPERM", 5},
    {"KEYCTL_DESCRIBE", 6},
    {"KEYCTL_CLEAR", 7},
    {"KEYCTL_LINK", 8},
    {"KEYCTL_UNLINK", 9},
    {"KEYCTL_SEARCH", 10},
    {"KEYCTL_READ", 11},
    {"KEYCTL_INSTANTIATE", 12},
    {"KEYCTL_NEGATE", 13},
    {"KEYCTL_SET_REQKEY_KEYRING", 14},
    {"KEYCTL_SET_TIMEOUT", 15},
    {"KEYCTL_ASSUME_AUTHORITY", 16},
    {"KEYCTL_GET_SECURITY", 17},
    {"KEYCTL_SESSION_TO_PARENT", 18},
    {"KEYCTL_REJECT", 19},
    {"KEYCTL_INSTANTIATE_IOV", 20},
    {"KEYCTL_INVALIDATE", 21},
    {"KEYCTL_GET_PERSISTENT", 22},
    {"KEYCTL_DH_COMPUTE", 23},
    {"KEYCTL_PKEY_QUERY", 24},
    {"KEYCTL_PKEY_ENCRYPT", 25},
    {"KEYCTL_PKEY_DECRYPT", 26},
    {"KEYCTL_PKEY_SIGN", 27},
    {"KEYCTL_PKEY_VERIFY", 28},
    {"KEYCTL_RESTRICT_KEYRING", 29},
    {"KEYCTL_MOVE", 30},
    {"KEYCTL_CAPABILITIES", 31},
    {"KEYCTL_WATCH_KEY", 32},
};
extern const FlagTable kKeyctlOperations{kKeyctlOperationsEntries, std::size(kKeyctlOperationsEntries)};

constexpr FlagName kMemfdCreateFlagsEntries[] = {
    {"MFD_CLOEXEC", 0x1},
    {"MFD_ALLOW_SEALING", 0x2},
    {"MFD_HUGETLB", 0x4},
};
extern const FlagTable kMemfdCreateFlags{kMemfdCreateFlagsEntries, std::size(kMemfdCreateFlagsEntries)};

constexpr FlagName kPidfdOpenFlagsEntries[] = {
    {"PIDFD_NONBLOCK", 0x1},
};
extern const FlagTable kPidfdOpenFlags{kPidfdOpenFlagsEntries, std::size(kPidfdOpenFlagsEntries)};

constexpr FlagName kMknodModeEntries[] = {
    {"S_IXOTH", 0x1},
    {"S_IWOTH", 0x2},
    {"S_IROTH", 0x4},
    {"S_IXGRP", 0x8},
    {"S_IWGRP", 0x10},
    {"S_IRGRP", 0x20},
    {"S_IXUSR", 0x40},
    {"S_IWUSR", 0x80},
    {"S_IRUSR", 0x100},
    {"S_ISVTX", 0x200},
    {"S_ISGID", 0x400},
    {"S_ISUID", 0x800},
    {"S_IFREG", 0x8000},
    {"S_IFCHR", 0x2000},
    {"S_IFBLK", 0x6000},
    {"S_IFIFO", 0x1000},
    {"S_IFSOCK", 0xc000},
};
extern const FlagTable kMknodMode{kMknodModeEntries, std::size(kMknodModeEntries)};

constexpr FlagName kBpfCommandsEntries[] = {
    {"BPF_MAP_CREATE", 0},
    {"BPF_MAP_LOOKUP_ELEM", 1},
    {"BPF_MAP_UPDATE_ELEM", 2},
    {"BPF_MAP_DELETE_ELEM", 3},
    {"BPF_MAP_GET_NEXT_KEY", 4},
    {"BPF_PROG_LOAD", 5},
    {"BPF_OBJ_PIN", 6},
    {"BPF_OBJ_GET", 7},
    {"BPF_PROG_ATTACH", 8},
    {"BPF_PROG_DETACH", 9},
    {"BPF_PROG_TEST_RUN", 10},
    {"BPF_PROG_RUN", 10},
    {"BPF_PROG_GET_NEXT_ID", 11},
    {"BPF_MAP_GET_NEXT_ID", 12},
    {"BPF_PROG_GET_FD_BY_ID", 13},
    {"BPF_MAP_GET_FD_BY_ID", 14},
    {"BPF_OBJ_GET_INFO_BY_FD", 15},
    {"BPF_PROG_QUERY", 16},
    {"BPF_RAW_TRACEPOINT_OPEN", 17},
    {"BPF_BTF_LOAD", 18},
    {"BPF_BTF_GET_FD_BY_ID", 19},
    {"BPF_TASK_FD_QUERY", 20},
    {"BPF_MAP_LOOKUP_AND_DELETE_ELEM", 21},
    {"BPF_MAP_FREEZE", 22},
    {"BPF_BTF_GET_NEXT_ID", 23},
    {"BPF_MAP_LOOKUP_BATCH", 24},
    {"BPF_MAP_LOOKUP_AND_DELETE_BATCH", 25},
    {"BPF_MAP_UPDATE_BATCH", 26},
    {"BPF_MAP_DELETE_BATCH", 27},
    {"BPF_LINK_CREATE", 28},
    {"BPF_LINK_UPDATE", 29},
    {"BPF_LINK_GET_FD_BY_ID", 30},
    {"BPF_LINK_GET_NEXT_ID", 31},
    {"BPF_ENABLE_STATS", 32},
    {"BPF_ITER_CREATE", 33},
    {"BPF_LINK_DETACH", 34},
    {"BPF_PROG_BIND_MAP", 35},
};
extern const FlagTable kBpfCommands{kBpfCommandsEntries, std::size(kBpfCommandsEntries)};

constexpr FlagName kDeleteModuleFlagsEntries[] = {
    {"O_NONBLOCK", 0x2},
    {"O_TRUNC", 0x1},
};
extern const FlagTable kDeleteModuleFlags{kDeleteModuleFlagsEntries, std::size(kDeleteModuleFlagsEntries)};

constexpr FlagName kCloseRangeFlagsEntries[] = {
    {"CLOSE_RANGE_UNSHARE", 0x2},
    {"CLOSE_RANGE_CLOEXEC", 0x4},
};
extern const FlagTable kCloseRangeFlags{kCloseRangeFlagsEntries, std::size(kCloseRangeFlagsEntries)};

constexpr FlagName kFinitModuleFlagsEntries[] = {
    {"MODULE_INIT_IGNORE_MODVERSIONS", 0x1},
    {"MODULE_INIT_IGNORE_VERMAGIC", 0x2},
    {"MODULE_INIT_COMPRESSED_FILE", 0x4},
};
extern const FlagTable kFinitModuleFlags{kFinitModuleFlagsEntries, std::size(kFinitModuleFlagsEntries)};

constexpr FlagName kAnonInodeFdTypesEntries[] = {
    {"ANON_INODE_FD_TYPE_UNKNOWN", 0},
    {"ANON_INODE_FD_TYPE_EVENTFD", 1},
    {"ANON_INODE_FD_TYPE_EVENTPOLL", 2},
    {"ANON_INODE_FD_TYPE_INOTIFY", 3},
    {"ANON_INODE_FD_TYPE_SIGNALFD", 4},
    {"ANON_INODE_FD_TYPE_TIMERFD", 5},
    {"ANON_INODE_FD_TYPE_IO_URING", 6},
    {"ANON_INODE_FD_TYPE_USERFAULTFD", 7},
    {"ANON_INODE_FD_TYPE_PIDFD", 8},
    {"ANON_INODE_FD_TYPE_BPF_MAP", 9},
    {"ANON_INODE_FD_TYPE_BPF_PROG", 10},
    {"ANON_INODE_FD_TYPE_BPF_LINK", 11},
    {"ANON_INODE_FD_TYPE_BPF_ITER", 12},
    {"ANON_INODE_FD_TYPE_PERF_EVENT", 13},
};
extern const FlagTable kAnonInodeFdTypes{kAnonInodeFdTypesEntries, std::size(kAnonInodeFdTypesEntries)};

// 2022 (e5c53d64) versions of the tables that have gained entries since.
constexpr FlagName kLegacyFileFlagsEntries[] = {
    {"O_LARGEFILE", 0x800},
    {"O_DIRECTORY", 0x400},
    {"O_DIRECT", 0x200},
    {"O_TRUNC", 0x100},
    {"O_SYNC", 0x80},
    {"O_NONBLOCK", 0x40},
    {"O_EXCL", 0x20},
    {"O_DSYNC", 0x10},
    {"O_APPEND", 0x8},
    {"O_CREAT", 0x4},
    {"O_RDWR", 0x3},
    {"O_WRONLY", 0x2},
    {"O_RDONLY", 0x1},
    {"O_CLOEXEC", 0x1000},
    {"O_NONE", 0x0},
    {"O_TMPFILE", 0x2000},
};
extern const FlagTable kLegacyFileFlags{kLegacyFileFlagsEntries, std::size(kLegacyFileFlagsEntries)};

constexpr FlagName kLegacyCloneFlagsEntries[] = {
    {"CLONE_FILES", 0x1},
    {"CLONE_FS", 0x2},
    {"CLONE_IO", 0x4},
    {"CLONE_NEWIPC", 0x8},
    {"CLONE_NEWNET", 0x10},
    {"CLONE_NEWNS", 0x20},
    {"CLONE_NEWPID", 0x40},
    {"CLONE_NEWUTS", 0x80},
    {"CLONE_PARENT", 0x100},
    {"CLONE_PARENT_SETTID", 0x200},
    {"CLONE_PTRACE", 0x400},
    {"CLONE_SIGHAND", 0x800},
    {"CLONE_SYSVSEM", 0x1000},
    {"CLONE_THREAD", 0x2000},
    {"CLONE_UNTRACED", 0x4000},
    {"CLONE_VM", 0x8000},
    {"CLONE_INVERTED", 0x10000},
    {"NAME_CHANGED", 0x20000},
    {"CLOSED", 0x40000},
    {"CLONE_NEWUSER", 0x100000},
    {"CLONE_CHILD_CLEARTID", 0x800000},
    {"CLONE_CHILD_SETTID", 0x1000000},
    {"CLONE_SETTLS", 0x2000000},
    {"CLONE_STOPPED", 0x4000000},
    {"CLONE_VFORK", 0x8000000},
    {"CLONE_NEWCGROUP", 0x10000000},
};
extern const FlagTable kLegacyCloneFlags{kLegacyCloneFlagsEntries, std::size(kLegacyCloneFlagsEntries)};

constexpr FlagName kLegacyShutdownHowEntries[] = {
    {"SHUT_RDWR", 2},
    {"SHUT_WR", 1},
    {"SHUT_RD", 0},
};
extern const FlagTable kLegacyShutdownHow{kLegacyShutdownHowEntries, std::size(kLegacyShutdownHowEntries)};

constexpr FlagName kLegacyExecveFlagsEntries[] = {
    {"EXE_WRITABLE", 0x1},
};
extern const FlagTable kLegacyExecveFlags{kLegacyExecveFlagsEntries, std::size(kLegacyExecveFlagsEntries)};

// Linux signal numbers (x86-64/arm64 numbering), as sysdig prints SIGTYPE.
constexpr FlagName kSignalNamesEntries[] = {
    {"SIGHUP", 1},
    {"SIGINT", 2},
    {"SIGQUIT", 3},
    {"SIGILL", 4},
    {"SIGTRAP", 5},
    {"SIGABRT", 6},
    {"SIGBUS", 7},
    {"SIGFPE", 8},
    {"SIGKILL", 9},
    {"SIGUSR1", 10},
    {"SIGSEGV", 11},
    {"SIGUSR2", 12},
    {"SIGPIPE", 13},
    {"SIGALRM", 14},
    {"SIGTERM", 15},
    {"SIGSTKFLT", 16},
    {"SIGCHLD", 17},
    {"SIGCONT", 18},
    {"SIGSTOP", 19},
    {"SIGTSTP", 20},
    {"SIGTTIN", 21},
    {"SIGTTOU", 22},
    {"SIGURG", 23},
    {"SIGXCPU", 24},
    {"SIGXFSZ", 25},
    {"SIGVTALRM", 26},
    {"SIGPROF", 27},
    {"SIGWINCH", 28},
    {"SIGIO", 29},
    {"SIGPWR", 30},
    {"SIGSYS", 31},
};
extern const FlagTable kSignalNames{kSignalNamesEntries, std::size(kSignalNamesEntries)};

// DYN parameters: the type selected by each index byte.
extern const ParamType kSockoptDynTypes[5] = {ParamType::ByteBuf, ParamType::Errno, ParamType::Uint32, ParamType::Uint64, ParamType::RelTime};
extern const ParamType kPtraceDynTypes[2] = {ParamType::Uint64, ParamType::SigType};
extern const ParamType kBpfDynTypes[2] = {ParamType::Fd, ParamType::Errno};
extern const ParamType kKeyctlDynTypes[2] = {ParamType::Int64, ParamType::CharBuf};

}  // namespace trowel::capture
