// The event table of current falcosecurity/libs: for every type 0..453 its
// name, category, flags (trowel's EF numbering) and parameters.
//
// Invariants: exactly kEventTypeCount entries, indexed by type; an entry's
// nparams equals the length of its kP<type> array (nullptr when 0); FSRELPATH
// params name the index of their dirfd param; DYN params list the type each
// index selects. Unused numbers are named "NA" and flagged kUnused, as in libs.
// Parameter arrays have external linkage so that the legacy table
// (event_table_legacy.cpp) can share the identical ones.
#include "capture/event_schema.h"
#include "capture/flag_tables.h"
#include "capture/schema_builders.h"

namespace trowel::capture::detail {

// 0 > syscall
extern const ParamInfo kP0[] = {
    P("ID", PT::SyscallId, PF::Dec),
    P("nativeID", PT::Uint16, PF::Dec),
};
// 1 < syscall
extern const ParamInfo kP1[] = {
    P("ID", PT::SyscallId, PF::Dec),
    P("nativeID", PT::Uint16, PF::Dec),
};
// 2 > open
extern const ParamInfo kP2[] = {
    P("name", PT::FsPath, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
    P("mode", PT::Uint32, PF::Oct),
};
// 3 < open
extern const ParamInfo kP3[] = {
    P("fd", PT::Fd, PF::Dec),
    P("name", PT::FsPath, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
    P("mode", PT::Uint32, PF::Oct),
    P("dev", PT::Uint32, PF::Hex),
    P("ino", PT::Uint64, PF::Dec),
};
// 4 > close
extern const ParamInfo kP4[] = {
    P("fd", PT::Fd, PF::Dec),
};
// 5 < close
extern const ParamInfo kP5[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
};
// 6 > read
extern const ParamInfo kP6[] = {
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
};
// 7 < read
extern const ParamInfo kP7[] = {
    P("res", PT::Errno, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
};
// 8 > write
extern const ParamInfo kP8[] = {
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
};
// 9 < write
extern const ParamInfo kP9[] = {
    P("res", PT::Errno, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
};
// 10 > brk
extern const ParamInfo kP10[] = {
    P("size", PT::Uint32, PF::Dec),
};
// 11 < brk
extern const ParamInfo kP11[] = {
    P("res", PT::Uint64, PF::Hex),
};
// 13 < execve
extern const ParamInfo kP13[] = {
    P("res", PT::Errno, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Uint64, PF::Dec),
};
// 15 < clone
extern const ParamInfo kP15[] = {
    P("res", PT::Pid, PF::Dec),
    P("exe", PT::CharBuf, PF::Na),
    P("args", PT::ByteBuf, PF::Na),
    P("tid", PT::Pid, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("ptid", PT::Pid, PF::Dec),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Int64, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 18 > socket
extern const ParamInfo kP18[] = {
    P("domain", PT::EnumFlags32, PF::Dec, kSocketFamilies),
    P("type", PT::Uint32, PF::Dec),
    P("proto", PT::Uint32, PF::Dec),
};
// 19 < socket
extern const ParamInfo kP19[] = {
    P("fd", PT::Fd, PF::Dec),
    P("domain", PT::EnumFlags32, PF::Dec, kSocketFamilies),
    P("type", PT::Uint32, PF::Dec),
    P("proto", PT::Uint32, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
};
// 20 > bind
extern const ParamInfo kP20[] = {
    P("fd", PT::Fd, PF::Dec),
};
// 21 < bind
extern const ParamInfo kP21[] = {
    P("res", PT::Errno, PF::Dec),
    P("addr", PT::SockAddr, PF::Na),
    P("fd", PT::Fd, PF::Dec),
};
// 22 > connect
extern const ParamInfo kP22[] = {
    P("fd", PT::Fd, PF::Dec),
    P("addr", PT::SockAddr, PF::Na),
};
// 23 < connect
extern const ParamInfo kP23[] = {
    P("res", PT::Errno, PF::Dec),
    P("tuple", PT::SockTuple, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("addr", PT::SockAddr, PF::Na),
};
// 24 > listen
extern const ParamInfo kP24[] = {
    P("fd", PT::Fd, PF::Dec),
    P("backlog", PT::Int32, PF::Dec),
};
// 25 < listen
extern const ParamInfo kP25[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("backlog", PT::Int32, PF::Dec),
};
// 27 < accept
extern const ParamInfo kP27[] = {
    P("fd", PT::Fd, PF::Dec),
    P("tuple", PT::SockTuple, PF::Na),
    P("queuepct", PT::Uint8, PF::Dec),
};
// 28 > send
extern const ParamInfo kP28[] = {
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
};
// 29 < send
extern const ParamInfo kP29[] = {
    P("res", PT::Errno, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("tuple", PT::SockTuple, PF::Na),
};
// 30 > sendto
extern const ParamInfo kP30[] = {
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("tuple", PT::SockTuple, PF::Na),
};
// 31 < sendto
extern const ParamInfo kP31[] = {
    P("res", PT::Errno, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("tuple", PT::SockTuple, PF::Na),
};
// 32 > recv
extern const ParamInfo kP32[] = {
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
};
// 33 < recv
extern const ParamInfo kP33[] = {
    P("res", PT::Errno, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("tuple", PT::SockTuple, PF::Na),
};
// 34 > recvfrom
extern const ParamInfo kP34[] = {
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
};
// 35 < recvfrom
extern const ParamInfo kP35[] = {
    P("res", PT::Errno, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("tuple", PT::SockTuple, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
};
// 36 > shutdown
extern const ParamInfo kP36[] = {
    P("fd", PT::Fd, PF::Dec),
    P("how", PT::EnumFlags8, PF::Hex, kShutdownHow),
};
// 37 < shutdown
extern const ParamInfo kP37[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("how", PT::EnumFlags8, PF::Hex, kShutdownHow),
};
// 42 > socketpair
extern const ParamInfo kP42[] = {
    P("domain", PT::EnumFlags32, PF::Dec, kSocketFamilies),
    P("type", PT::Uint32, PF::Dec),
    P("proto", PT::Uint32, PF::Dec),
};
// 43 < socketpair
extern const ParamInfo kP43[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd1", PT::Fd, PF::Dec),
    P("fd2", PT::Fd, PF::Dec),
    P("source", PT::Uint64, PF::Hex),
    P("peer", PT::Uint64, PF::Hex),
    P("domain", PT::EnumFlags32, PF::Dec, kSocketFamilies),
    P("type", PT::Uint32, PF::Dec),
    P("proto", PT::Uint32, PF::Dec),
};
// 45 < setsockopt
extern const ParamInfo kP45[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("level", PT::EnumFlags8, PF::Dec, kSockoptLevels),
    P("optname", PT::EnumFlags8, PF::Dec, kSockoptOptions),
    P("val", PT::Dyn, PF::Dec, kSockoptDynTypes),
    P("optlen", PT::Uint32, PF::Dec),
};
// 47 < getsockopt
extern const ParamInfo kP47[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("level", PT::EnumFlags8, PF::Dec, kSockoptLevels),
    P("optname", PT::EnumFlags8, PF::Dec, kSockoptOptions),
    P("val", PT::Dyn, PF::Dec, kSockoptDynTypes),
    P("optlen", PT::Uint32, PF::Dec),
};
// 48 > sendmsg
extern const ParamInfo kP48[] = {
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("tuple", PT::SockTuple, PF::Na),
};
// 49 < sendmsg
extern const ParamInfo kP49[] = {
    P("res", PT::Errno, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("tuple", PT::SockTuple, PF::Na),
};
// 51 < sendmmsg
extern const ParamInfo kP51[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("tuple", PT::SockTuple, PF::Na),
};
// 52 > recvmsg
extern const ParamInfo kP52[] = {
    P("fd", PT::Fd, PF::Dec),
};
// 53 < recvmsg
extern const ParamInfo kP53[] = {
    P("res", PT::Errno, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("tuple", PT::SockTuple, PF::Na),
    P("msgcontrol", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
};
// 55 < recvmmsg
extern const ParamInfo kP55[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("tuple", PT::SockTuple, PF::Na),
    P("msgcontrol", PT::ByteBuf, PF::Na),
};
// 56 > accept
extern const ParamInfo kP56[] = {
    P("flags", PT::Int32, PF::Hex),
};
// 57 < accept
extern const ParamInfo kP57[] = {
    P("fd", PT::Fd, PF::Dec),
    P("tuple", PT::SockTuple, PF::Na),
    P("queuepct", PT::Uint8, PF::Dec),
};
// 58 > creat
extern const ParamInfo kP58[] = {
    P("name", PT::FsPath, PF::Na),
    P("mode", PT::Uint32, PF::Oct),
};
// 59 < creat
extern const ParamInfo kP59[] = {
    P("fd", PT::Fd, PF::Dec),
    P("name", PT::FsPath, PF::Na),
    P("mode", PT::Uint32, PF::Oct),
    P("dev", PT::Uint32, PF::Hex),
    P("ino", PT::Uint64, PF::Dec),
    P("creat_flags", PT::Flags16, PF::Hex, kCreatFlags),
};
// 61 < pipe
extern const ParamInfo kP61[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd1", PT::Fd, PF::Dec),
    P("fd2", PT::Fd, PF::Dec),
    P("ino", PT::Uint64, PF::Dec),
};
// 62 > eventfd
extern const ParamInfo kP62[] = {
    P("initval", PT::Uint64, PF::Dec),
    P("flags", PT::Uint32, PF::Hex),
};
// 63 < eventfd
extern const ParamInfo kP63[] = {
    P("res", PT::Fd, PF::Dec),
    P("initval", PT::Uint64, PF::Dec),
    P("flags", PT::Uint32, PF::Hex),
};
// 64 > futex
extern const ParamInfo kP64[] = {
    P("addr", PT::Uint64, PF::Hex),
    P("op", PT::Flags16, PF::Hex, kFutexOperations),
    P("val", PT::Uint64, PF::Dec),
};
// 65 < futex
extern const ParamInfo kP65[] = {
    P("res", PT::Errno, PF::Dec),
    P("addr", PT::Uint64, PF::Hex),
    P("op", PT::Flags16, PF::Hex, kFutexOperations),
    P("val", PT::Uint64, PF::Dec),
};
// 67 < stat
extern const ParamInfo kP67[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::FsPath, PF::Na),
};
// 69 < lstat
extern const ParamInfo kP69[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::FsPath, PF::Na),
};
// 70 > fstat
extern const ParamInfo kP70[] = {
    P("fd", PT::Fd, PF::Na),
};
// 71 < fstat
extern const ParamInfo kP71[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Na),
};
// 73 < stat64
extern const ParamInfo kP73[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::FsPath, PF::Na),
};
// 75 < lstat64
extern const ParamInfo kP75[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::FsPath, PF::Na),
};
// 76 > fstat64
extern const ParamInfo kP76[] = {
    P("fd", PT::Fd, PF::Na),
};
// 77 < fstat64
extern const ParamInfo kP77[] = {
    P("res", PT::Errno, PF::Dec),
};
// 78 > epoll_wait
extern const ParamInfo kP78[] = {
    P("maxevents", PT::Errno, PF::Dec),
};
// 79 < epoll_wait
extern const ParamInfo kP79[] = {
    P("res", PT::Errno, PF::Dec),
    P("maxevents", PT::Errno, PF::Dec),
};
// 80 > poll
extern const ParamInfo kP80[] = {
    P("fds", PT::FdList, PF::Dec),
    P("timeout", PT::Int64, PF::Dec),
};
// 81 < poll
extern const ParamInfo kP81[] = {
    P("res", PT::Errno, PF::Dec),
    P("fds", PT::FdList, PF::Dec),
    P("timeout", PT::Int64, PF::Dec),
};
// 83 < select
extern const ParamInfo kP83[] = {
    P("res", PT::Errno, PF::Dec),
};
// 85 < select
extern const ParamInfo kP85[] = {
    P("res", PT::Errno, PF::Dec),
};
// 86 > lseek
extern const ParamInfo kP86[] = {
    P("fd", PT::Fd, PF::Dec),
    P("offset", PT::Uint64, PF::Dec),
    P("whence", PT::EnumFlags8, PF::Dec, kLseekWhence),
};
// 87 < lseek
extern const ParamInfo kP87[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("offset", PT::Uint64, PF::Dec),
    P("whence", PT::EnumFlags8, PF::Dec, kLseekWhence),
};
// 88 > llseek
extern const ParamInfo kP88[] = {
    P("fd", PT::Fd, PF::Dec),
    P("offset", PT::Uint64, PF::Dec),
    P("whence", PT::EnumFlags8, PF::Dec, kLseekWhence),
};
// 89 < llseek
extern const ParamInfo kP89[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("offset", PT::Uint64, PF::Dec),
    P("whence", PT::EnumFlags8, PF::Dec, kLseekWhence),
};
// 90 > ioctl
extern const ParamInfo kP90[] = {
    P("fd", PT::Fd, PF::Dec),
    P("request", PT::Uint64, PF::Hex),
};
// 91 < ioctl
extern const ParamInfo kP91[] = {
    P("res", PT::Errno, PF::Dec),
};
// 93 < getcwd
extern const ParamInfo kP93[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::CharBuf, PF::Na),
};
// 95 < chdir
extern const ParamInfo kP95[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::CharBuf, PF::Na),
};
// 96 > fchdir
extern const ParamInfo kP96[] = {
    P("fd", PT::Fd, PF::Na),
};
// 97 < fchdir
extern const ParamInfo kP97[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Na),
};
// 98 > mkdir
extern const ParamInfo kP98[] = {
    P("path", PT::FsPath, PF::Na),
    P("mode", PT::Uint32, PF::Hex),
};
// 99 < mkdir
extern const ParamInfo kP99[] = {
    P("res", PT::Errno, PF::Dec),
};
// 100 > rmdir
extern const ParamInfo kP100[] = {
    P("path", PT::FsPath, PF::Na),
};
// 101 < rmdir
extern const ParamInfo kP101[] = {
    P("res", PT::Errno, PF::Dec),
};
// 102 > openat
extern const ParamInfo kP102[] = {
    P("dirfd", PT::Fd, PF::Dec),
    P("name", PT::CharBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
    P("mode", PT::Uint32, PF::Oct),
};
// 103 < openat
extern const ParamInfo kP103[] = {
    P("fd", PT::Fd, PF::Dec),
};
// 104 > link
extern const ParamInfo kP104[] = {
    P("oldpath", PT::FsPath, PF::Na),
    P("newpath", PT::FsPath, PF::Na),
};
// 105 < link
extern const ParamInfo kP105[] = {
    P("res", PT::Errno, PF::Dec),
};
// 106 > linkat
extern const ParamInfo kP106[] = {
    P("olddir", PT::Fd, PF::Dec),
    P("oldpath", PT::CharBuf, PF::Na),
    P("newdir", PT::Fd, PF::Dec),
    P("newpath", PT::CharBuf, PF::Na),
};
// 107 < linkat
extern const ParamInfo kP107[] = {
    P("res", PT::Errno, PF::Dec),
};
// 108 > unlink
extern const ParamInfo kP108[] = {
    P("path", PT::FsPath, PF::Na),
};
// 109 < unlink
extern const ParamInfo kP109[] = {
    P("res", PT::Errno, PF::Dec),
};
// 110 > unlinkat
extern const ParamInfo kP110[] = {
    P("dirfd", PT::Fd, PF::Dec),
    P("name", PT::CharBuf, PF::Na),
};
// 111 < unlinkat
extern const ParamInfo kP111[] = {
    P("res", PT::Errno, PF::Dec),
};
// 112 > pread
extern const ParamInfo kP112[] = {
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("pos", PT::Uint64, PF::Dec),
};
// 113 < pread
extern const ParamInfo kP113[] = {
    P("res", PT::Errno, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("pos", PT::Uint64, PF::Dec),
};
// 114 > pwrite
extern const ParamInfo kP114[] = {
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("pos", PT::Uint64, PF::Dec),
};
// 115 < pwrite
extern const ParamInfo kP115[] = {
    P("res", PT::Errno, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("pos", PT::Uint64, PF::Dec),
};
// 116 > readv
extern const ParamInfo kP116[] = {
    P("fd", PT::Fd, PF::Dec),
};
// 117 < readv
extern const ParamInfo kP117[] = {
    P("res", PT::Errno, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
};
// 118 > writev
extern const ParamInfo kP118[] = {
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
};
// 119 < writev
extern const ParamInfo kP119[] = {
    P("res", PT::Errno, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
};
// 120 > preadv
extern const ParamInfo kP120[] = {
    P("fd", PT::Fd, PF::Dec),
    P("pos", PT::Uint64, PF::Dec),
};
// 121 < preadv
extern const ParamInfo kP121[] = {
    P("res", PT::Errno, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("pos", PT::Uint64, PF::Dec),
};
// 122 > pwritev
extern const ParamInfo kP122[] = {
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("pos", PT::Uint64, PF::Dec),
};
// 123 < pwritev
extern const ParamInfo kP123[] = {
    P("res", PT::Errno, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
    P("fd", PT::Fd, PF::Dec),
    P("size", PT::Uint32, PF::Dec),
    P("pos", PT::Uint64, PF::Dec),
};
// 124 > dup
extern const ParamInfo kP124[] = {
    P("fd", PT::Fd, PF::Dec),
};
// 125 < dup
extern const ParamInfo kP125[] = {
    P("res", PT::Fd, PF::Dec),
};
// 126 > signalfd
extern const ParamInfo kP126[] = {
    P("fd", PT::Fd, PF::Dec),
    P("mask", PT::Uint32, PF::Hex),
    P("flags", PT::Uint8, PF::Hex),
};
// 127 < signalfd
extern const ParamInfo kP127[] = {
    P("res", PT::Fd, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("mask", PT::Uint32, PF::Hex),
    P("flags", PT::Uint8, PF::Hex),
};
// 128 > kill
extern const ParamInfo kP128[] = {
    P("pid", PT::Pid, PF::Dec),
    P("sig", PT::SigType, PF::Dec),
};
// 129 < kill
extern const ParamInfo kP129[] = {
    P("res", PT::Errno, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("sig", PT::SigType, PF::Dec),
};
// 130 > tkill
extern const ParamInfo kP130[] = {
    P("tid", PT::Pid, PF::Dec),
    P("sig", PT::SigType, PF::Dec),
};
// 131 < tkill
extern const ParamInfo kP131[] = {
    P("res", PT::Errno, PF::Dec),
    P("tid", PT::Pid, PF::Dec),
    P("sig", PT::SigType, PF::Dec),
};
// 132 > tgkill
extern const ParamInfo kP132[] = {
    P("pid", PT::Pid, PF::Dec),
    P("tid", PT::Pid, PF::Dec),
    P("sig", PT::SigType, PF::Dec),
};
// 133 < tgkill
extern const ParamInfo kP133[] = {
    P("res", PT::Errno, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("tid", PT::Pid, PF::Dec),
    P("sig", PT::SigType, PF::Dec),
};
// 134 > nanosleep
extern const ParamInfo kP134[] = {
    P("interval", PT::RelTime, PF::Dec),
};
// 135 < nanosleep
extern const ParamInfo kP135[] = {
    P("res", PT::Errno, PF::Dec),
    P("interval", PT::RelTime, PF::Dec),
};
// 136 > timerfd_create
extern const ParamInfo kP136[] = {
    P("clockid", PT::Uint8, PF::Dec),
    P("flags", PT::Uint8, PF::Hex),
};
// 137 < timerfd_create
extern const ParamInfo kP137[] = {
    P("res", PT::Fd, PF::Dec),
    P("clockid", PT::Uint8, PF::Dec),
    P("flags", PT::Uint8, PF::Hex),
};
// 138 > inotify_init
extern const ParamInfo kP138[] = {
    P("flags", PT::Uint8, PF::Hex),
};
// 139 < inotify_init
extern const ParamInfo kP139[] = {
    P("res", PT::Fd, PF::Dec),
    P("flags", PT::Uint8, PF::Hex),
};
// 140 > getrlimit
extern const ParamInfo kP140[] = {
    P("resource", PT::EnumFlags8, PF::Dec, kRlimitResources),
};
// 141 < getrlimit
extern const ParamInfo kP141[] = {
    P("res", PT::Errno, PF::Dec),
    P("cur", PT::Int64, PF::Dec),
    P("max", PT::Int64, PF::Dec),
    P("resource", PT::EnumFlags8, PF::Dec, kRlimitResources),
};
// 142 > setrlimit
extern const ParamInfo kP142[] = {
    P("resource", PT::EnumFlags8, PF::Dec, kRlimitResources),
};
// 143 < setrlimit
extern const ParamInfo kP143[] = {
    P("res", PT::Errno, PF::Dec),
    P("cur", PT::Int64, PF::Dec),
    P("max", PT::Int64, PF::Dec),
    P("resource", PT::EnumFlags8, PF::Dec, kRlimitResources),
};
// 144 > prlimit
extern const ParamInfo kP144[] = {
    P("pid", PT::Pid, PF::Dec),
    P("resource", PT::EnumFlags8, PF::Dec, kRlimitResources),
};
// 145 < prlimit
extern const ParamInfo kP145[] = {
    P("res", PT::Errno, PF::Dec),
    P("newcur", PT::Int64, PF::Dec),
    P("newmax", PT::Int64, PF::Dec),
    P("oldcur", PT::Int64, PF::Dec),
    P("oldmax", PT::Int64, PF::Dec),
    P("pid", PT::Int64, PF::Dec),
    P("resource", PT::EnumFlags8, PF::Dec, kRlimitResources),
};
// 146 > switch
extern const ParamInfo kP146[] = {
    P("next", PT::Pid, PF::Dec),
};
// 148 > drop
extern const ParamInfo kP148[] = {
    P("ratio", PT::Uint32, PF::Dec),
};
// 149 < drop
extern const ParamInfo kP149[] = {
    P("ratio", PT::Uint32, PF::Dec),
};
// 150 > fcntl
extern const ParamInfo kP150[] = {
    P("fd", PT::Fd, PF::Dec),
    P("cmd", PT::EnumFlags8, PF::Dec, kFcntlCommands),
};
// 151 < fcntl
extern const ParamInfo kP151[] = {
    P("res", PT::Fd, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("cmd", PT::EnumFlags8, PF::Dec, kFcntlCommands),
    P("arg", PT::Uint64, PF::Hex),
};
// 152 > switch
extern const ParamInfo kP152[] = {
    P("next", PT::Pid, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
};
// 155 < execve
extern const ParamInfo kP155[] = {
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
};
// 157 < clone
extern const ParamInfo kP157[] = {
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
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 158 > brk
extern const ParamInfo kP158[] = {
    P("addr", PT::Uint64, PF::Hex),
};
// 159 < brk
extern const ParamInfo kP159[] = {
    P("res", PT::Uint64, PF::Hex),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("addr", PT::Uint64, PF::Hex),
};
// 160 > mmap
extern const ParamInfo kP160[] = {
    P("addr", PT::Uint64, PF::Hex),
    P("length", PT::Uint64, PF::Dec),
    P("prot", PT::Flags32, PF::Hex, kProtFlags),
    P("flags", PT::Flags32, PF::Hex, kMmapFlags),
    P("fd", PT::Fd, PF::Dec),
    P("offset", PT::Uint64, PF::Dec),
};
// 161 < mmap
extern const ParamInfo kP161[] = {
    P("res", PT::Errno, PF::Hex),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("addr", PT::Uint64, PF::Hex),
    P("length", PT::Uint64, PF::Dec),
    P("prot", PT::Flags32, PF::Hex, kProtFlags),
    P("flags", PT::Flags32, PF::Hex, kMmapFlags),
    P("fd", PT::Fd, PF::Dec),
    P("offset", PT::Uint64, PF::Dec),
};
// 162 > mmap2
extern const ParamInfo kP162[] = {
    P("addr", PT::Uint64, PF::Hex),
    P("length", PT::Uint64, PF::Dec),
    P("prot", PT::Flags32, PF::Hex, kProtFlags),
    P("flags", PT::Flags32, PF::Hex, kMmapFlags),
    P("fd", PT::Fd, PF::Dec),
    P("pgoffset", PT::Uint64, PF::Dec),
};
// 163 < mmap2
extern const ParamInfo kP163[] = {
    P("res", PT::Errno, PF::Hex),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("addr", PT::Uint64, PF::Hex),
    P("length", PT::Uint64, PF::Dec),
    P("prot", PT::Flags32, PF::Hex, kProtFlags),
    P("flags", PT::Flags32, PF::Hex, kMmapFlags),
    P("fd", PT::Fd, PF::Dec),
    P("pgoffset", PT::Uint64, PF::Dec),
};
// 164 > munmap
extern const ParamInfo kP164[] = {
    P("addr", PT::Uint64, PF::Hex),
    P("length", PT::Uint64, PF::Dec),
};
// 165 < munmap
extern const ParamInfo kP165[] = {
    P("res", PT::Errno, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("addr", PT::Uint64, PF::Hex),
    P("length", PT::Uint64, PF::Dec),
};
// 166 > splice
extern const ParamInfo kP166[] = {
    P("fd_in", PT::Fd, PF::Dec),
    P("fd_out", PT::Fd, PF::Dec),
    P("size", PT::Uint64, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kSpliceFlags),
};
// 167 < splice
extern const ParamInfo kP167[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd_in", PT::Fd, PF::Dec),
    P("fd_out", PT::Fd, PF::Dec),
    P("size", PT::Uint64, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kSpliceFlags),
};
// 168 > ptrace
extern const ParamInfo kP168[] = {
    P("request", PT::EnumFlags16, PF::Dec, kPtraceRequests),
    P("pid", PT::Pid, PF::Dec),
};
// 169 < ptrace
extern const ParamInfo kP169[] = {
    P("res", PT::Errno, PF::Dec),
    P("addr", PT::Dyn, PF::Hex, kPtraceDynTypes),
    P("data", PT::Dyn, PF::Hex, kPtraceDynTypes),
    P("request", PT::EnumFlags16, PF::Dec, kPtraceRequests),
    P("pid", PT::Pid, PF::Dec),
};
// 170 > ioctl
extern const ParamInfo kP170[] = {
    P("fd", PT::Fd, PF::Dec),
    P("request", PT::Uint64, PF::Hex),
    P("argument", PT::Uint64, PF::Hex),
};
// 171 < ioctl
extern const ParamInfo kP171[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("request", PT::Uint64, PF::Hex),
    P("argument", PT::Uint64, PF::Hex),
};
// 173 < execve
extern const ParamInfo kP173[] = {
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
    P("env", PT::ByteBuf, PF::Na),
};
// 175 < rename
extern const ParamInfo kP175[] = {
    P("res", PT::Errno, PF::Dec),
    P("oldpath", PT::FsPath, PF::Na),
    P("newpath", PT::FsPath, PF::Na),
};
// 177 < renameat
extern const ParamInfo kP177[] = {
    P("res", PT::Errno, PF::Dec),
    P("olddirfd", PT::Fd, PF::Dec),
    P("oldpath", PT::FsRelPath, PF::Na, DirFd{1}),
    P("newdirfd", PT::Fd, PF::Dec),
    P("newpath", PT::FsRelPath, PF::Na, DirFd{3}),
};
// 179 < symlink
extern const ParamInfo kP179[] = {
    P("res", PT::Errno, PF::Dec),
    P("target", PT::CharBuf, PF::Na),
    P("linkpath", PT::FsPath, PF::Na),
};
// 181 < symlinkat
extern const ParamInfo kP181[] = {
    P("res", PT::Errno, PF::Dec),
    P("target", PT::CharBuf, PF::Na),
    P("linkdirfd", PT::Fd, PF::Dec),
    P("linkpath", PT::FsRelPath, PF::Na, DirFd{2}),
};
// 183 < fork
extern const ParamInfo kP183[] = {
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
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 185 < vfork
extern const ParamInfo kP185[] = {
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
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 186 > procexit
extern const ParamInfo kP186[] = {
    P("status", PT::Errno, PF::Dec),
    P("ret", PT::Errno, PF::Dec),
    P("sig", PT::SigType, PF::Dec),
    P("core", PT::Uint8, PF::Dec),
    P("reaper_tid", PT::Pid, PF::Dec),
};
// 188 > sendfile
extern const ParamInfo kP188[] = {
    P("out_fd", PT::Fd, PF::Dec),
    P("in_fd", PT::Fd, PF::Dec),
    P("offset", PT::Uint64, PF::Dec),
    P("size", PT::Uint64, PF::Dec),
};
// 189 < sendfile
extern const ParamInfo kP189[] = {
    P("res", PT::Errno, PF::Dec),
    P("offset", PT::Uint64, PF::Dec),
    P("out_fd", PT::Fd, PF::Dec),
    P("in_fd", PT::Fd, PF::Dec),
    P("size", PT::Uint64, PF::Dec),
};
// 190 > quotactl
extern const ParamInfo kP190[] = {
    P("cmd", PT::Flags16, PF::Dec, kQuotactlCmds),
    P("type", PT::Flags8, PF::Dec, kQuotactlTypes),
    P("id", PT::Uint32, PF::Dec),
    P("quota_fmt", PT::Flags8, PF::Dec, kQuotactlQuotaFmts),
};
// 191 < quotactl
extern const ParamInfo kP191[] = {
    P("res", PT::Errno, PF::Dec),
    P("special", PT::CharBuf, PF::Na),
    P("quotafilepath", PT::CharBuf, PF::Na),
    P("dqb_bhardlimit", PT::Uint64, PF::Dec),
    P("dqb_bsoftlimit", PT::Uint64, PF::Dec),
    P("dqb_curspace", PT::Uint64, PF::Dec),
    P("dqb_ihardlimit", PT::Uint64, PF::Dec),
    P("dqb_isoftlimit", PT::Uint64, PF::Dec),
    P("dqb_btime", PT::RelTime, PF::Dec),
    P("dqb_itime", PT::RelTime, PF::Dec),
    P("dqi_bgrace", PT::RelTime, PF::Dec),
    P("dqi_igrace", PT::RelTime, PF::Dec),
    P("dqi_flags", PT::Flags8, PF::Dec, kQuotactlDqiFlags),
    P("quota_fmt_out", PT::Flags8, PF::Dec, kQuotactlQuotaFmts),
    P("cmd", PT::Flags16, PF::Dec, kQuotactlCmds),
    P("type", PT::Flags8, PF::Dec, kQuotactlTypes),
    P("id", PT::Uint32, PF::Dec),
    P("quota_fmt", PT::Flags8, PF::Dec, kQuotactlQuotaFmts),
};
// 192 > setresuid
extern const ParamInfo kP192[] = {
    P("ruid", PT::Uid, PF::Dec),
    P("euid", PT::Uid, PF::Dec),
    P("suid", PT::Uid, PF::Dec),
};
// 193 < setresuid
extern const ParamInfo kP193[] = {
    P("res", PT::Errno, PF::Dec),
    P("ruid", PT::Uid, PF::Dec),
    P("euid", PT::Uid, PF::Dec),
    P("suid", PT::Uid, PF::Dec),
};
// 194 > setresgid
extern const ParamInfo kP194[] = {
    P("rgid", PT::Gid, PF::Dec),
    P("egid", PT::Gid, PF::Dec),
    P("sgid", PT::Gid, PF::Dec),
};
// 195 < setresgid
extern const ParamInfo kP195[] = {
    P("res", PT::Errno, PF::Dec),
    P("rgid", PT::Gid, PF::Dec),
    P("egid", PT::Gid, PF::Dec),
    P("sgid", PT::Gid, PF::Dec),
};
// 196 > scapevent
extern const ParamInfo kP196[] = {
    P("event_type", PT::Uint32, PF::Dec),
    P("event_data", PT::Uint64, PF::Dec),
};
// 198 > setuid
extern const ParamInfo kP198[] = {
    P("uid", PT::Uid, PF::Dec),
};
// 199 < setuid
extern const ParamInfo kP199[] = {
    P("res", PT::Errno, PF::Dec),
    P("uid", PT::Uid, PF::Dec),
};
// 200 > setgid
extern const ParamInfo kP200[] = {
    P("gid", PT::Gid, PF::Dec),
};
// 201 < setgid
extern const ParamInfo kP201[] = {
    P("res", PT::Errno, PF::Dec),
    P("gid", PT::Gid, PF::Dec),
};
// 203 < getuid
extern const ParamInfo kP203[] = {
    P("uid", PT::Uid, PF::Dec),
};
// 205 < geteuid
extern const ParamInfo kP205[] = {
    P("euid", PT::Uid, PF::Dec),
};
// 207 < getgid
extern const ParamInfo kP207[] = {
    P("gid", PT::Gid, PF::Dec),
};
// 209 < getegid
extern const ParamInfo kP209[] = {
    P("egid", PT::Gid, PF::Dec),
};
// 211 < getresuid
extern const ParamInfo kP211[] = {
    P("res", PT::Errno, PF::Dec),
    P("ruid", PT::Uid, PF::Dec),
    P("euid", PT::Uid, PF::Dec),
    P("suid", PT::Uid, PF::Dec),
};
// 213 < getresgid
extern const ParamInfo kP213[] = {
    P("res", PT::Errno, PF::Dec),
    P("rgid", PT::Gid, PF::Dec),
    P("egid", PT::Gid, PF::Dec),
    P("sgid", PT::Gid, PF::Dec),
};
// 215 < execve
extern const ParamInfo kP215[] = {
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
    P("env", PT::ByteBuf, PF::Na),
};
// 217 < clone
extern const ParamInfo kP217[] = {
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
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 219 < fork
extern const ParamInfo kP219[] = {
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
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 221 < vfork
extern const ParamInfo kP221[] = {
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
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 223 < clone
extern const ParamInfo kP223[] = {
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
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
    P("vtid", PT::Pid, PF::Dec),
    P("vpid", PT::Pid, PF::Dec),
    P("pidns_init_start_ts", PT::Uint64, PF::Dec),
};
// 225 < fork
extern const ParamInfo kP225[] = {
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
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
    P("vtid", PT::Pid, PF::Dec),
    P("vpid", PT::Pid, PF::Dec),
    P("pidns_init_start_ts", PT::Uint64, PF::Dec),
};
// 227 < vfork
extern const ParamInfo kP227[] = {
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
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
    P("vtid", PT::Pid, PF::Dec),
    P("vpid", PT::Pid, PF::Dec),
    P("pidns_init_start_ts", PT::Uint64, PF::Dec),
};
// 228 > container
extern const ParamInfo kP228[] = {
    P("id", PT::CharBuf, PF::Na),
    P("type", PT::Uint32, PF::Dec),
    P("name", PT::CharBuf, PF::Na),
    P("image", PT::CharBuf, PF::Na),
};
// 231 < execve
extern const ParamInfo kP231[] = {
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
};
// 232 > signaldeliver
extern const ParamInfo kP232[] = {
    P("spid", PT::Pid, PF::Dec),
    P("dpid", PT::Pid, PF::Dec),
    P("sig", PT::SigType, PF::Dec),
};
// 234 > procinfo
extern const ParamInfo kP234[] = {
    P("cpu_usr", PT::Uint64, PF::Dec),
    P("cpu_sys", PT::Uint64, PF::Dec),
};
// 236 > getdents
extern const ParamInfo kP236[] = {
    P("fd", PT::Fd, PF::Na),
};
// 237 < getdents
extern const ParamInfo kP237[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Na),
};
// 238 > getdents64
extern const ParamInfo kP238[] = {
    P("fd", PT::Fd, PF::Na),
};
// 239 < getdents64
extern const ParamInfo kP239[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Na),
};
// 240 > setns
extern const ParamInfo kP240[] = {
    P("fd", PT::Fd, PF::Na),
    P("nstype", PT::Flags32, PF::Hex, kCloneFlags),
};
// 241 < setns
extern const ParamInfo kP241[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Na),
    P("nstype", PT::Flags32, PF::Hex, kCloneFlags),
};
// 242 > flock
extern const ParamInfo kP242[] = {
    P("fd", PT::Fd, PF::Na),
    P("operation", PT::Flags32, PF::Hex, kFlockFlags),
};
// 243 < flock
extern const ParamInfo kP243[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Na),
    P("operation", PT::Flags32, PF::Hex, kFlockFlags),
};
// 244 > cpu_hotplug
extern const ParamInfo kP244[] = {
    P("cpu", PT::Uint32, PF::Dec),
    P("action", PT::Uint32, PF::Dec),
};
// 247 < accept
extern const ParamInfo kP247[] = {
    P("fd", PT::Fd, PF::Dec),
    P("tuple", PT::SockTuple, PF::Na),
    P("queuepct", PT::Uint8, PF::Dec),
    P("queuelen", PT::Uint32, PF::Dec),
    P("queuemax", PT::Uint32, PF::Dec),
};
// 248 > accept
extern const ParamInfo kP248[] = {
    P("flags", PT::Int32, PF::Hex),
};
// 249 < accept
extern const ParamInfo kP249[] = {
    P("fd", PT::Fd, PF::Dec),
    P("tuple", PT::SockTuple, PF::Na),
    P("queuepct", PT::Uint8, PF::Dec),
    P("queuelen", PT::Uint32, PF::Dec),
    P("queuemax", PT::Uint32, PF::Dec),
};
// 250 > semop
extern const ParamInfo kP250[] = {
    P("semid", PT::Int32, PF::Dec),
};
// 251 < semop
extern const ParamInfo kP251[] = {
    P("res", PT::Errno, PF::Dec),
    P("nsops", PT::Uint32, PF::Dec),
    P("sem_num_0", PT::Uint16, PF::Dec),
    P("sem_op_0", PT::Int16, PF::Dec),
    P("sem_flg_0", PT::Flags16, PF::Hex, kSemopFlags),
    P("sem_num_1", PT::Uint16, PF::Dec),
    P("sem_op_1", PT::Int16, PF::Dec),
    P("sem_flg_1", PT::Flags16, PF::Hex, kSemopFlags),
    P("semid", PT::Int32, PF::Dec),
};
// 252 > semctl
extern const ParamInfo kP252[] = {
    P("semid", PT::Int32, PF::Dec),
    P("semnum", PT::Int32, PF::Dec),
    P("cmd", PT::Flags16, PF::Hex, kSemctlCommands),
    P("val", PT::Int32, PF::Dec),
};
// 253 < semctl
extern const ParamInfo kP253[] = {
    P("res", PT::Errno, PF::Dec),
    P("semid", PT::Int32, PF::Dec),
    P("semnum", PT::Int32, PF::Dec),
    P("cmd", PT::Flags16, PF::Hex, kSemctlCommands),
    P("val", PT::Int32, PF::Dec),
};
// 254 > ppoll
extern const ParamInfo kP254[] = {
    P("fds", PT::FdList, PF::Dec),
    P("timeout", PT::RelTime, PF::Dec),
    P("sigmask", PT::SigSet, PF::Dec),
};
// 255 < ppoll
extern const ParamInfo kP255[] = {
    P("res", PT::Errno, PF::Dec),
    P("fds", PT::FdList, PF::Dec),
    P("timeout", PT::RelTime, PF::Dec),
    P("sigmask", PT::SigSet, PF::Dec),
};
// 256 > mount
extern const ParamInfo kP256[] = {
    P("flags", PT::Flags32, PF::Hex, kMountFlags),
};
// 257 < mount
extern const ParamInfo kP257[] = {
    P("res", PT::Errno, PF::Dec),
    P("dev", PT::CharBuf, PF::Na),
    P("dir", PT::FsPath, PF::Na),
    P("type", PT::CharBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kMountFlags),
};
// 258 > umount
extern const ParamInfo kP258[] = {
    P("flags", PT::Flags32, PF::Hex, kUmountFlags),
};
// 259 < umount
extern const ParamInfo kP259[] = {
    P("res", PT::Errno, PF::Dec),
    P("name", PT::FsPath, PF::Na),
};
// 260 > k8s
extern const ParamInfo kP260[] = {
    P("json", PT::CharBuf, PF::Na),
};
// 262 > semget
extern const ParamInfo kP262[] = {
    P("key", PT::Int32, PF::Hex),
    P("nsems", PT::Int32, PF::Dec),
    P("semflg", PT::Flags32, PF::Hex, kSemgetFlags),
};
// 263 < semget
extern const ParamInfo kP263[] = {
    P("res", PT::Errno, PF::Dec),
    P("key", PT::Int32, PF::Hex),
    P("nsems", PT::Int32, PF::Dec),
    P("semflg", PT::Flags32, PF::Hex, kSemgetFlags),
};
// 264 > access
extern const ParamInfo kP264[] = {
    P("mode", PT::Flags32, PF::Hex, kAccessFlags),
};
// 265 < access
extern const ParamInfo kP265[] = {
    P("res", PT::Errno, PF::Dec),
    P("name", PT::FsPath, PF::Na),
    P("mode", PT::Flags32, PF::Hex, kAccessFlags),
};
// 267 < chroot
extern const ParamInfo kP267[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::FsPath, PF::Na),
};
// 268 > tracer
extern const ParamInfo kP268[] = {
    P("id", PT::Int64, PF::Dec),
    P("tags", PT::CharBufArray, PF::Na),
    P("args", PT::CharBufPairArray, PF::Na),
};
// 269 < NA
extern const ParamInfo kP269[] = {
    P("id", PT::Int64, PF::Dec),
    P("tags", PT::CharBufArray, PF::Na),
    P("args", PT::CharBufPairArray, PF::Na),
};
// 270 > mesos
extern const ParamInfo kP270[] = {
    P("json", PT::CharBuf, PF::Na),
};
// 272 > container
extern const ParamInfo kP272[] = {
    P("json", PT::CharBuf, PF::Na),
};
// 275 < setsid
extern const ParamInfo kP275[] = {
    P("res", PT::Pid, PF::Dec),
};
// 276 > mkdir
extern const ParamInfo kP276[] = {
    P("mode", PT::Uint32, PF::Hex),
};
// 277 < mkdir
extern const ParamInfo kP277[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::FsPath, PF::Na),
    P("mode", PT::Uint32, PF::Hex),
};
// 279 < rmdir
extern const ParamInfo kP279[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::FsPath, PF::Na),
};
// 280 > notification
extern const ParamInfo kP280[] = {
    P("id", PT::CharBuf, PF::Dec),
    P("desc", PT::CharBuf, PF::Na),
};
// 283 < execve
extern const ParamInfo kP283[] = {
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
};
// 284 > unshare
extern const ParamInfo kP284[] = {
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
};
// 285 < unshare
extern const ParamInfo kP285[] = {
    P("res", PT::Errno, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
};
// 286 > infra
extern const ParamInfo kP286[] = {
    P("source", PT::CharBuf, PF::Dec),
    P("name", PT::CharBuf, PF::Na),
    P("description", PT::CharBuf, PF::Na),
    P("scope", PT::CharBuf, PF::Na),
};
// 288 > execve
extern const ParamInfo kP288[] = {
    P("filename", PT::FsPath, PF::Na),
};
// 289 < execve
extern const ParamInfo kP289[] = {
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
};
// 290 > page_fault
extern const ParamInfo kP290[] = {
    P("addr", PT::Uint64, PF::Hex),
    P("ip", PT::Uint64, PF::Hex),
    P("error", PT::Flags32, PF::Hex, kPfFlags),
};
// 292 > execve
extern const ParamInfo kP292[] = {
    P("filename", PT::FsPath, PF::Na),
};
// 293 < execve
extern const ParamInfo kP293[] = {
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
    P("tty", PT::Uint32, PF::Dec),
    P("vpgid", PT::Pid, PF::Dec),
    P("loginuid", PT::Uid, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kExecveFlags),
    P("cap_inheritable", PT::Uint64, PF::Hex),
    P("cap_permitted", PT::Uint64, PF::Hex),
    P("cap_effective", PT::Uint64, PF::Hex),
    P("exe_ino", PT::Uint64, PF::Dec),
    P("exe_ino_ctime", PT::AbsTime, PF::Dec),
    P("exe_ino_mtime", PT::AbsTime, PF::Dec),
    P("uid", PT::Uid, PF::Dec),
    P("trusted_exepath", PT::FsPath, PF::Na),
    P("pgid", PT::Pid, PF::Na),
    P("gid", PT::Gid, PF::Dec),
    P("filename", PT::FsPath, PF::Na),
};
// 294 > setpgid
extern const ParamInfo kP294[] = {
    P("pid", PT::Pid, PF::Dec),
    P("pgid", PT::Pid, PF::Dec),
};
// 295 < setpgid
extern const ParamInfo kP295[] = {
    P("res", PT::Errno, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("pgid", PT::Pid, PF::Dec),
};
// 296 > bpf
extern const ParamInfo kP296[] = {
    P("cmd", PT::Int64, PF::Dec),
};
// 297 < bpf
extern const ParamInfo kP297[] = {
    P("res_or_fd", PT::Dyn, PF::Dec, kBpfDynTypes),
};
// 298 > seccomp
extern const ParamInfo kP298[] = {
    P("op", PT::Uint64, PF::Dec),
    P("flags", PT::Uint64, PF::Hex),
};
// 299 < seccomp
extern const ParamInfo kP299[] = {
    P("res", PT::Errno, PF::Dec),
    P("op", PT::Uint64, PF::Dec),
    P("flags", PT::Uint64, PF::Hex),
};
// 301 < unlink
extern const ParamInfo kP301[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::FsPath, PF::Na),
};
// 303 < unlinkat
extern const ParamInfo kP303[] = {
    P("res", PT::Errno, PF::Dec),
    P("dirfd", PT::Fd, PF::Dec),
    P("name", PT::FsRelPath, PF::Na, DirFd{1}),
    P("flags", PT::Flags32, PF::Hex, kUnlinkatFlags),
};
// 305 < mkdirat
extern const ParamInfo kP305[] = {
    P("res", PT::Errno, PF::Dec),
    P("dirfd", PT::Fd, PF::Dec),
    P("path", PT::FsRelPath, PF::Na, DirFd{1}),
    P("mode", PT::Uint32, PF::Hex),
};
// 306 > openat
extern const ParamInfo kP306[] = {
    P("dirfd", PT::Fd, PF::Dec),
    P("name", PT::FsRelPath, PF::Na, DirFd{0}),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
    P("mode", PT::Uint32, PF::Oct),
};
// 307 < openat
extern const ParamInfo kP307[] = {
    P("fd", PT::Fd, PF::Dec),
    P("dirfd", PT::Fd, PF::Dec),
    P("name", PT::FsRelPath, PF::Na, DirFd{1}),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
    P("mode", PT::Uint32, PF::Oct),
    P("dev", PT::Uint32, PF::Hex),
    P("ino", PT::Uint64, PF::Dec),
};
// 309 < link
extern const ParamInfo kP309[] = {
    P("res", PT::Errno, PF::Dec),
    P("oldpath", PT::FsPath, PF::Na),
    P("newpath", PT::FsPath, PF::Na),
};
// 311 < linkat
extern const ParamInfo kP311[] = {
    P("res", PT::Errno, PF::Dec),
    P("olddir", PT::Fd, PF::Dec),
    P("oldpath", PT::FsRelPath, PF::Na, DirFd{1}),
    P("newdir", PT::Fd, PF::Dec),
    P("newpath", PT::FsRelPath, PF::Na, DirFd{3}),
    P("flags", PT::Flags32, PF::Hex, kLinkatFlags),
};
// 313 < fchmodat
extern const ParamInfo kP313[] = {
    P("res", PT::Errno, PF::Dec),
    P("dirfd", PT::Fd, PF::Dec),
    P("filename", PT::FsRelPath, PF::Na, DirFd{1}),
    P("mode", PT::Mode, PF::Oct, kChmodMode),
};
// 315 < chmod
extern const ParamInfo kP315[] = {
    P("res", PT::Errno, PF::Dec),
    P("filename", PT::FsPath, PF::Na),
    P("mode", PT::Mode, PF::Oct, kChmodMode),
};
// 317 < fchmod
extern const ParamInfo kP317[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("mode", PT::Mode, PF::Oct, kChmodMode),
};
// 319 < renameat2
extern const ParamInfo kP319[] = {
    P("res", PT::Errno, PF::Dec),
    P("olddirfd", PT::Fd, PF::Dec),
    P("oldpath", PT::FsRelPath, PF::Na, DirFd{1}),
    P("newdirfd", PT::Fd, PF::Dec),
    P("newpath", PT::FsRelPath, PF::Na, DirFd{3}),
    P("flags", PT::Flags32, PF::Hex, kRenameat2Flags),
};
// 321 < userfaultfd
extern const ParamInfo kP321[] = {
    P("res", PT::Errno, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
};
// 322 > pluginevent
extern const ParamInfo kP322[] = {
    P("plugin_id", PT::Uint32, PF::Dec),
    P("event_data", PT::ByteBuf, PF::Na),
};
// 324 > container
extern const ParamInfo kP324[] = {
    P("json", PT::CharBuf, PF::Na),
};
// 326 > openat2
extern const ParamInfo kP326[] = {
    P("dirfd", PT::Fd, PF::Dec),
    P("name", PT::FsRelPath, PF::Na, DirFd{0}),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
    P("mode", PT::Uint32, PF::Oct),
    P("resolve", PT::Flags32, PF::Hex, kOpenat2Flags),
};
// 327 < openat2
extern const ParamInfo kP327[] = {
    P("fd", PT::Fd, PF::Dec),
    P("dirfd", PT::Fd, PF::Dec),
    P("name", PT::FsRelPath, PF::Na, DirFd{1}),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
    P("mode", PT::Uint32, PF::Oct),
    P("resolve", PT::Flags32, PF::Hex, kOpenat2Flags),
    P("dev", PT::Uint32, PF::Hex),
    P("ino", PT::Uint64, PF::Dec),
};
// 328 > mprotect
extern const ParamInfo kP328[] = {
    P("addr", PT::Uint64, PF::Hex),
    P("length", PT::Uint64, PF::Dec),
    P("prot", PT::Flags32, PF::Hex, kProtFlags),
};
// 329 < mprotect
extern const ParamInfo kP329[] = {
    P("res", PT::Errno, PF::Dec),
    P("addr", PT::Uint64, PF::Hex),
    P("length", PT::Uint64, PF::Dec),
    P("prot", PT::Flags32, PF::Hex, kProtFlags),
};
// 330 > execveat
extern const ParamInfo kP330[] = {
    P("dirfd", PT::Fd, PF::Dec),
    P("pathname", PT::FsRelPath, PF::Na, DirFd{0}),
    P("flags", PT::Flags32, PF::Hex, kExecveatFlags),
};
// 331 < execveat
extern const ParamInfo kP331[] = {
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
    P("tty", PT::Uint32, PF::Dec),
    P("vpgid", PT::Pid, PF::Dec),
    P("loginuid", PT::Uid, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kExecveFlags),
    P("cap_inheritable", PT::Uint64, PF::Hex),
    P("cap_permitted", PT::Uint64, PF::Hex),
    P("cap_effective", PT::Uint64, PF::Hex),
    P("exe_ino", PT::Uint64, PF::Dec),
    P("exe_ino_ctime", PT::AbsTime, PF::Dec),
    P("exe_ino_mtime", PT::AbsTime, PF::Dec),
    P("uid", PT::Uid, PF::Dec),
    P("trusted_exepath", PT::FsPath, PF::Na),
    P("pgid", PT::Pid, PF::Na),
    P("gid", PT::Gid, PF::Dec),
};
// 332 > copy_file_range
extern const ParamInfo kP332[] = {
    P("fdin", PT::Fd, PF::Dec),
    P("offin", PT::Uint64, PF::Dec),
    P("len", PT::Uint64, PF::Dec),
};
// 333 < copy_file_range
extern const ParamInfo kP333[] = {
    P("res", PT::Errno, PF::Dec),
    P("fdout", PT::Fd, PF::Dec),
    P("offout", PT::Uint64, PF::Dec),
    P("fdin", PT::Fd, PF::Dec),
    P("offin", PT::Uint64, PF::Dec),
    P("len", PT::Uint64, PF::Dec),
};
// 335 < clone3
extern const ParamInfo kP335[] = {
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
    P("flags", PT::Flags32, PF::Hex, kCloneFlags),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
    P("vtid", PT::Pid, PF::Dec),
    P("vpid", PT::Pid, PF::Dec),
    P("pidns_init_start_ts", PT::Uint64, PF::Dec),
};
// 337 < open_by_handle_at
extern const ParamInfo kP337[] = {
    P("fd", PT::Fd, PF::Dec),
    P("mountfd", PT::Fd, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
    P("path", PT::FsPath, PF::Na),
    P("dev", PT::Uint32, PF::Hex),
    P("ino", PT::Uint64, PF::Dec),
};
// 339 < io_uring_setup
extern const ParamInfo kP339[] = {
    P("res", PT::Errno, PF::Dec),
    P("entries", PT::Uint32, PF::Dec),
    P("sq_entries", PT::Uint32, PF::Dec),
    P("cq_entries", PT::Uint32, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kIoUringSetupFlags),
    P("sq_thread_cpu", PT::Uint32, PF::Dec),
    P("sq_thread_idle", PT::Uint32, PF::Dec),
    P("features", PT::Flags32, PF::Hex, kIoUringSetupFeats),
};
// 341 < io_uring_enter
extern const ParamInfo kP341[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("to_submit", PT::Uint32, PF::Dec),
    P("min_complete", PT::Uint32, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kIoUringEnterFlags),
    P("sig", PT::SigSet, PF::Dec),
};
// 343 < io_uring_register
extern const ParamInfo kP343[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("opcode", PT::EnumFlags16, PF::Dec, kIoUringRegisterOpcodes),
    P("arg", PT::Uint64, PF::Hex),
    P("nr_args", PT::Uint32, PF::Dec),
};
// 345 < mlock
extern const ParamInfo kP345[] = {
    P("res", PT::Errno, PF::Dec),
    P("addr", PT::Uint64, PF::Hex),
    P("len", PT::Uint64, PF::Dec),
};
// 347 < munlock
extern const ParamInfo kP347[] = {
    P("res", PT::Errno, PF::Dec),
    P("addr", PT::Uint64, PF::Hex),
    P("len", PT::Uint64, PF::Dec),
};
// 349 < mlockall
extern const ParamInfo kP349[] = {
    P("res", PT::Errno, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kMlockallFlags),
};
// 351 < munlockall
extern const ParamInfo kP351[] = {
    P("res", PT::Errno, PF::Dec),
};
// 353 < capset
extern const ParamInfo kP353[] = {
    P("res", PT::Errno, PF::Dec),
    P("cap_inheritable", PT::Uint64, PF::Hex),
    P("cap_permitted", PT::Uint64, PF::Hex),
    P("cap_effective", PT::Uint64, PF::Hex),
};
// 354 > useradded
extern const ParamInfo kP354[] = {
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
    P("name", PT::CharBuf, PF::Na),
    P("home", PT::CharBuf, PF::Na),
    P("shell", PT::CharBuf, PF::Na),
    P("container_id", PT::CharBuf, PF::Na),
};
// 356 > userdeleted
extern const ParamInfo kP356[] = {
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
    P("name", PT::CharBuf, PF::Na),
    P("home", PT::CharBuf, PF::Na),
    P("shell", PT::CharBuf, PF::Na),
    P("container_id", PT::CharBuf, PF::Na),
};
// 358 > groupadded
extern const ParamInfo kP358[] = {
    P("gid", PT::Uint32, PF::Dec),
    P("name", PT::CharBuf, PF::Na),
    P("container_id", PT::CharBuf, PF::Na),
};
// 360 > groupdeleted
extern const ParamInfo kP360[] = {
    P("gid", PT::Uint32, PF::Dec),
    P("name", PT::CharBuf, PF::Na),
    P("container_id", PT::CharBuf, PF::Na),
};
// 362 > dup2
extern const ParamInfo kP362[] = {
    P("fd", PT::Fd, PF::Dec),
};
// 363 < dup2
extern const ParamInfo kP363[] = {
    P("res", PT::Fd, PF::Dec),
    P("oldfd", PT::Fd, PF::Dec),
    P("newfd", PT::Fd, PF::Dec),
};
// 364 > dup3
extern const ParamInfo kP364[] = {
    P("fd", PT::Fd, PF::Dec),
};
// 365 < dup3
extern const ParamInfo kP365[] = {
    P("res", PT::Fd, PF::Dec),
    P("oldfd", PT::Fd, PF::Dec),
    P("newfd", PT::Fd, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
};
// 366 > dup
extern const ParamInfo kP366[] = {
    P("fd", PT::Fd, PF::Dec),
};
// 367 < dup
extern const ParamInfo kP367[] = {
    P("res", PT::Fd, PF::Dec),
    P("oldfd", PT::Fd, PF::Dec),
};
// 368 > bpf
extern const ParamInfo kP368[] = {
    P("cmd", PT::Int64, PF::Dec),
};
// 369 < bpf
extern const ParamInfo kP369[] = {
    P("fd", PT::Fd, PF::Dec),
    P("cmd", PT::EnumFlags32, PF::Dec, kBpfCommands),
};
// 371 < mlock2
extern const ParamInfo kP371[] = {
    P("res", PT::Errno, PF::Dec),
    P("addr", PT::Uint64, PF::Hex),
    P("len", PT::Uint64, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kMlock2Flags),
};
// 373 < fsconfig
extern const ParamInfo kP373[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("cmd", PT::EnumFlags32, PF::Dec, kFsconfigCmds),
    P("key", PT::CharBuf, PF::Na),
    P("value_bytebuf", PT::ByteBuf, PF::Na),
    P("value_charbuf", PT::CharBuf, PF::Na),
    P("aux", PT::Int32, PF::Dec),
};
// 374 > epoll_create
extern const ParamInfo kP374[] = {
    P("size", PT::Int32, PF::Dec),
};
// 375 < epoll_create
extern const ParamInfo kP375[] = {
    P("res", PT::Errno, PF::Dec),
    P("size", PT::Int32, PF::Dec),
};
// 376 > epoll_create1
extern const ParamInfo kP376[] = {
    P("flags", PT::Flags32, PF::Hex, kEpollCreate1Flags),
};
// 377 < epoll_create1
extern const ParamInfo kP377[] = {
    P("res", PT::Errno, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kEpollCreate1Flags),
};
// 379 < chown
extern const ParamInfo kP379[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::FsPath, PF::Na),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 381 < lchown
extern const ParamInfo kP381[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::FsPath, PF::Na),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 383 < fchown
extern const ParamInfo kP383[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
};
// 385 < fchownat
extern const ParamInfo kP385[] = {
    P("res", PT::Errno, PF::Dec),
    P("dirfd", PT::Fd, PF::Dec),
    P("pathname", PT::FsRelPath, PF::Na, DirFd{1}),
    P("uid", PT::Uint32, PF::Dec),
    P("gid", PT::Uint32, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kFchownatFlags),
};
// 387 < umount
extern const ParamInfo kP387[] = {
    P("res", PT::Errno, PF::Dec),
    P("name", PT::FsPath, PF::Na),
};
// 388 > accept4
extern const ParamInfo kP388[] = {
    P("flags", PT::Int32, PF::Hex),
};
// 389 < accept4
extern const ParamInfo kP389[] = {
    P("fd", PT::Fd, PF::Dec),
    P("tuple", PT::SockTuple, PF::Na),
    P("queuepct", PT::Uint8, PF::Dec),
    P("queuelen", PT::Uint32, PF::Dec),
    P("queuemax", PT::Uint32, PF::Dec),
    P("flags", PT::Int32, PF::Hex),
};
// 390 > umount2
extern const ParamInfo kP390[] = {
    P("flags", PT::Flags32, PF::Hex, kUmountFlags),
};
// 391 < umount2
extern const ParamInfo kP391[] = {
    P("res", PT::Errno, PF::Dec),
    P("name", PT::FsPath, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kUmountFlags),
};
// 393 < pipe2
extern const ParamInfo kP393[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd1", PT::Fd, PF::Dec),
    P("fd2", PT::Fd, PF::Dec),
    P("ino", PT::Uint64, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
};
// 395 < inotify_init1
extern const ParamInfo kP395[] = {
    P("res", PT::Fd, PF::Dec),
    P("flags", PT::Flags16, PF::Hex, kFileFlags),
};
// 396 > eventfd2
extern const ParamInfo kP396[] = {
    P("initval", PT::Uint64, PF::Dec),
};
// 397 < eventfd2
extern const ParamInfo kP397[] = {
    P("res", PT::Fd, PF::Dec),
    P("flags", PT::Flags16, PF::Hex, kFileFlags),
    P("initval", PT::Uint64, PF::Dec),
};
// 398 > signalfd4
extern const ParamInfo kP398[] = {
    P("fd", PT::Fd, PF::Dec),
    P("mask", PT::Uint32, PF::Hex),
};
// 399 < signalfd4
extern const ParamInfo kP399[] = {
    P("res", PT::Fd, PF::Dec),
    P("flags", PT::Flags16, PF::Hex, kFileFlags),
    P("fd", PT::Fd, PF::Dec),
    P("mask", PT::Uint32, PF::Hex),
};
// 401 < prctl
extern const ParamInfo kP401[] = {
    P("res", PT::Errno, PF::Dec),
    P("option", PT::EnumFlags32, PF::Dec, kPrctlOptions),
    P("arg2_str", PT::CharBuf, PF::Na),
    P("arg2_int", PT::Int64, PF::Dec),
};
// 402 > asyncevent
extern const ParamInfo kP402[] = {
    P("plugin_id", PT::Uint32, PF::Dec),
    P("name", PT::CharBuf, PF::Na),
    P("data", PT::ByteBuf, PF::Na),
};
// 405 < memfd_create
extern const ParamInfo kP405[] = {
    P("fd", PT::Fd, PF::Dec),
    P("name", PT::CharBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kMemfdCreateFlags),
};
// 407 < pidfd_getfd
extern const ParamInfo kP407[] = {
    P("fd", PT::Fd, PF::Dec),
    P("pid_fd", PT::Fd, PF::Dec),
    P("target_fd", PT::Fd, PF::Dec),
    P("flags", PT::Uint32, PF::Hex),
};
// 409 < pidfd_open
extern const ParamInfo kP409[] = {
    P("fd", PT::Fd, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kPidfdOpenFlags),
};
// 411 < init_module
extern const ParamInfo kP411[] = {
    P("res", PT::Errno, PF::Dec),
    P("img", PT::ByteBuf, PF::Na),
    P("length", PT::Uint64, PF::Dec),
    P("uargs", PT::CharBuf, PF::Na),
};
// 413 < finit_module
extern const ParamInfo kP413[] = {
    P("res", PT::Errno, PF::Dec),
    P("fd", PT::Fd, PF::Dec),
    P("uargs", PT::CharBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kFinitModuleFlags),
};
// 415 < mknod
extern const ParamInfo kP415[] = {
    P("res", PT::Errno, PF::Dec),
    P("path", PT::FsPath, PF::Na),
    P("mode", PT::Mode, PF::Oct, kMknodMode),
    P("dev", PT::Uint32, PF::Dec),
};
// 417 < mknodat
extern const ParamInfo kP417[] = {
    P("res", PT::Errno, PF::Dec),
    P("dirfd", PT::Fd, PF::Dec),
    P("path", PT::FsRelPath, PF::Na, DirFd{1}),
    P("mode", PT::Mode, PF::Oct, kMknodMode),
    P("dev", PT::Uint32, PF::Dec),
};
// 419 < newfstatat
extern const ParamInfo kP419[] = {
    P("res", PT::Errno, PF::Dec),
    P("dirfd", PT::Fd, PF::Dec),
    P("path", PT::FsRelPath, PF::Na, DirFd{1}),
    P("flags", PT::Flags32, PF::Hex, kNewfstatatFlags),
};
// 421 < process_vm_readv
extern const ParamInfo kP421[] = {
    P("res", PT::Int64, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
};
// 423 < process_vm_writev
extern const ParamInfo kP423[] = {
    P("res", PT::Int64, PF::Dec),
    P("pid", PT::Pid, PF::Dec),
    P("data", PT::ByteBuf, PF::Na),
};
// 425 < delete_module
extern const ParamInfo kP425[] = {
    P("res", PT::Errno, PF::Dec),
    P("name", PT::CharBuf, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kDeleteModuleFlags),
};
// 427 < setreuid
extern const ParamInfo kP427[] = {
    P("res", PT::Errno, PF::Dec),
    P("ruid", PT::Uid, PF::Dec),
    P("euid", PT::Uid, PF::Dec),
};
// 429 < setregid
extern const ParamInfo kP429[] = {
    P("res", PT::Errno, PF::Dec),
    P("rgid", PT::Uid, PF::Dec),
    P("egid", PT::Uid, PF::Dec),
};
// 430 > task
extern const ParamInfo kP430[] = {
    P("ppid", PT::Pid32, PF::Dec),
    P("pgid", PT::Pid32, PF::Dec),
    P("vpgid", PT::Pid32, PF::Dec),
    P("sid", PT::Pid32, PF::Dec),
    P("comm", PT::CharBuf, PF::Na),
    P("argv", PT::CharBufArray, PF::Na),
    P("exepath", PT::FsPath, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kExecveFlags),
    P("env", PT::CharBufArray, PF::Na),
    P("cwd", PT::CharBuf, PF::Na),
    P("fdlimit", PT::Uint64, PF::Dec),
    P("euid", PT::Uid, PF::Dec),
    P("egid", PT::Gid, PF::Dec),
    P("cap_permitted", PT::Uint64, PF::Hex),
    P("cap_effective", PT::Uint64, PF::Hex),
    P("cap_inheritable", PT::Uint64, PF::Hex),
    P("exe_ino_num", PT::Uint64, PF::Dec),
    P("exe_ino_ctime", PT::AbsTime, PF::Dec),
    P("exe_ino_mtime", PT::AbsTime, PF::Dec),
    P("vm_size", PT::Uint32, PF::Dec),
    P("vm_rss", PT::Uint32, PF::Dec),
    P("vm_swap", PT::Uint32, PF::Dec),
    P("pgft_maj", PT::Uint64, PF::Dec),
    P("pgft_min", PT::Uint64, PF::Dec),
    P("vtgid", PT::Pid32, PF::Dec),
    P("vpid", PT::Pid32, PF::Dec),
    P("pidns_init_start_ts", PT::Uint64, PF::Dec),
    P("cgroups", PT::CharBufArray, PF::Na),
    P("root", PT::FsPath, PF::Na),
    P("start_time", PT::AbsTime, PF::Dec),
    P("tty", PT::Uint32, PF::Dec),
    P("loginuid", PT::Uid, PF::Dec),
};
// 432 > task_file_pipe
extern const ParamInfo kP432[] = {
    P("fd", PT::Fd32, PF::Dec),
    P("path", PT::FsPath, PF::Na),
    P("ino_num", PT::Uint64, PF::Dec),
};
// 434 > task_file_memfd
extern const ParamInfo kP434[] = {
    P("fd", PT::Fd32, PF::Dec),
    P("path", PT::FsPath, PF::Na),
    P("ino_num", PT::Uint64, PF::Dec),
};
// 436 > task_file_regular
extern const ParamInfo kP436[] = {
    P("fd", PT::Fd32, PF::Dec),
    P("path", PT::FsPath, PF::Na),
    P("flags", PT::Flags32, PF::Hex, kFileFlags),
    P("mnt_id", PT::Uint32, PF::Dec),
    P("ino_num", PT::Uint64, PF::Dec),
};
// 438 > task_file_directory
extern const ParamInfo kP438[] = {
    P("fd", PT::Fd32, PF::Dec),
    P("path", PT::FsPath, PF::Na),
    P("ino_num", PT::Uint64, PF::Dec),
};
// 440 > task_file_socket_inet
extern const ParamInfo kP440[] = {
    P("fd", PT::Fd32, PF::Dec),
    P("sk_type", PT::Uint16, PF::Dec),
    P("sk_proto", PT::Uint16, PF::Dec),
    P("local_ip", PT::Ipv4Addr, PF::Hex),
    P("local_port", PT::Port, PF::Hex),
    P("remote_ip", PT::Ipv4Addr, PF::Hex),
    P("remote_port", PT::Port, PF::Hex),
    P("ino_num", PT::Uint64, PF::Dec),
};
// 442 > task_file_socket_inet6
extern const ParamInfo kP442[] = {
    P("fd", PT::Fd32, PF::Dec),
    P("sk_type", PT::Uint16, PF::Dec),
    P("sk_proto", PT::Uint16, PF::Dec),
    P("local_ip", PT::Ipv6Addr, PF::Hex),
    P("local_port", PT::Port, PF::Hex),
    P("remote_ip", PT::Ipv6Addr, PF::Hex),
    P("remote_port", PT::Port, PF::Hex),
    P("ino_num", PT::Uint64, PF::Dec),
};
// 444 > task_file_socket_unix
extern const ParamInfo kP444[] = {
    P("fd", PT::Fd32, PF::Dec),
    P("sk_type", PT::Uint16, PF::Dec),
    P("sk_proto", PT::Uint16, PF::Dec),
    P("sk_pointer", PT::Uint64, PF::Na),
    P("sun_path", PT::FsPath, PF::Na),
    P("ino_num", PT::Uint64, PF::Dec),
};
// 446 > task_file_socket_netlink
extern const ParamInfo kP446[] = {
    P("fd", PT::Fd32, PF::Dec),
    P("sk_type", PT::Uint16, PF::Dec),
    P("sk_proto", PT::Uint16, PF::Dec),
    P("ino_num", PT::Uint64, PF::Dec),
};
// 448 > task_file_anon_inode
extern const ParamInfo kP448[] = {
    P("fd", PT::Fd32, PF::Dec),
    P("fd_type", PT::Flags8, PF::Dec, kAnonInodeFdTypes),
    P("path", PT::FsPath, PF::Na),
    P("ino_num", PT::Uint64, PF::Dec),
};
// 451 < close_range
extern const ParamInfo kP451[] = {
    P("res", PT::Errno, PF::Dec),
    P("first", PT::Uint32, PF::Dec),
    P("last", PT::Uint32, PF::Dec),
    P("flags", PT::Flags32, PF::Hex, kCloseRangeFlags),
};
// 453 < keyctl
extern const ParamInfo kP453[] = {
    P("res", PT::Errno, PF::Dec),
    P("operation", PT::EnumFlags32, PF::Dec, kKeyctlOperations),
    P("arg2", PT::Dyn, PF::Dec, kKeyctlDynTypes),
    P("arg3", PT::Dyn, PF::Dec, kKeyctlDynTypes),
    P("arg4", PT::Dyn, PF::Dec, kKeyctlDynTypes),
    P("arg5", PT::Dyn, PF::Dec, kKeyctlDynTypes),
};

extern const EventInfo kEventTable[kEventTypeCount] = {
    /* 0 */ {"syscall", cat::kOther | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 2, kP0},
    /* 1 */ {"syscall", cat::kOther | cat::kSyscall, ef::kConverterManaged, 2, kP1},
    /* 2 */ {"open", cat::kFile | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 3, kP2},
    /* 3 */ {"open", cat::kFile | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 6, kP3},
    /* 4 */ {"close", cat::kIoOther | cat::kSyscall, ef::kOldVersion | ef::kDestroysFd | ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP4},
    /* 5 */ {"close", cat::kIoOther | cat::kSyscall, ef::kDestroysFd | ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 2, kP5},
    /* 6 */ {"read", cat::kIoRead | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kReadsFromFd | ef::kConverterManaged, 2, kP6},
    /* 7 */ {"read", cat::kIoRead | cat::kSyscall, ef::kUsesFd | ef::kReadsFromFd | ef::kConverterManaged, 4, kP7},
    /* 8 */ {"write", cat::kIoWrite | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kWritesToFd | ef::kConverterManaged, 2, kP8},
    /* 9 */ {"write", cat::kIoWrite | cat::kSyscall, ef::kUsesFd | ef::kWritesToFd | ef::kConverterManaged, 4, kP9},
    /* 10 */ {"brk", cat::kMemory | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP10},
    /* 11 */ {"brk", cat::kMemory | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP11},
    /* 12 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 0, nullptr},
    /* 13 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 8, kP13},
    /* 14 */ {"clone", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 15 */ {"clone", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 11, kP15},
    /* 16 */ {"procexit", cat::kProcess | cat::kTracepoint, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 0, nullptr},
    /* 17 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 18 */ {"socket", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 3, kP18},
    /* 19 */ {"socket", cat::kNet | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 5, kP19},
    /* 20 */ {"bind", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP20},
    /* 21 */ {"bind", cat::kNet | cat::kSyscall, ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 3, kP21},
    /* 22 */ {"connect", cat::kNet | cat::kSyscall, ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 2, kP22},
    /* 23 */ {"connect", cat::kNet | cat::kSyscall, ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 4, kP23},
    /* 24 */ {"listen", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 2, kP24},
    /* 25 */ {"listen", cat::kNet | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 3, kP25},
    /* 26 */ {"accept", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 27 */ {"accept", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 3, kP27},
    /* 28 */ {"send", cat::kIoWrite | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kWritesToFd | ef::kConverterManaged, 2, kP28},
    /* 29 */ {"send", cat::kIoWrite | cat::kSyscall, ef::kUsesFd | ef::kWritesToFd | ef::kConverterManaged, 5, kP29},
    /* 30 */ {"sendto", cat::kIoWrite | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kWritesToFd | ef::kModifiesState | ef::kConverterManaged, 3, kP30},
    /* 31 */ {"sendto", cat::kIoWrite | cat::kSyscall, ef::kUsesFd | ef::kWritesToFd | ef::kModifiesState | ef::kConverterManaged, 5, kP31},
    /* 32 */ {"recv", cat::kIoRead | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kReadsFromFd | ef::kConverterManaged, 2, kP32},
    /* 33 */ {"recv", cat::kIoRead | cat::kSyscall, ef::kUsesFd | ef::kReadsFromFd | ef::kConverterManaged, 5, kP33},
    /* 34 */ {"recvfrom", cat::kIoRead | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kReadsFromFd | ef::kModifiesState | ef::kConverterManaged, 2, kP34},
    /* 35 */ {"recvfrom", cat::kIoRead | cat::kSyscall, ef::kUsesFd | ef::kReadsFromFd | ef::kModifiesState | ef::kConverterManaged, 5, kP35},
    /* 36 */ {"shutdown", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 2, kP36},
    /* 37 */ {"shutdown", cat::kNet | cat::kSyscall, ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 3, kP37},
    /* 38 */ {"getsockname", cat::kNet | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 39 */ {"getsockname", cat::kNet | cat::kSyscall, ef::kNone, 0, nullptr},
    /* 40 */ {"getpeername", cat::kNet | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 41 */ {"getpeername", cat::kNet | cat::kSyscall, ef::kNone, 0, nullptr},
    /* 42 */ {"socketpair", cat::kIpc | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 3, kP42},
    /* 43 */ {"socketpair", cat::kIpc | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 8, kP43},
    /* 44 */ {"setsockopt", cat::kNet | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 45 */ {"setsockopt", cat::kNet | cat::kSyscall, ef::kUsesFd, 6, kP45},
    /* 46 */ {"getsockopt", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 47 */ {"getsockopt", cat::kNet | cat::kSyscall, ef::kUsesFd | ef::kModifiesState, 6, kP47},
    /* 48 */ {"sendmsg", cat::kIoWrite | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kWritesToFd | ef::kModifiesState | ef::kConverterManaged, 3, kP48},
    /* 49 */ {"sendmsg", cat::kIoWrite | cat::kSyscall, ef::kUsesFd | ef::kWritesToFd | ef::kModifiesState | ef::kConverterManaged, 5, kP49},
    /* 50 */ {"sendmmsg", cat::kIoWrite | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 51 */ {"sendmmsg", cat::kIoWrite | cat::kSyscall, ef::kUsesFd | ef::kWritesToFd | ef::kModifiesState | ef::kConverterManaged, 5, kP51},
    /* 52 */ {"recvmsg", cat::kIoRead | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kReadsFromFd | ef::kModifiesState | ef::kConverterManaged, 1, kP52},
    /* 53 */ {"recvmsg", cat::kIoRead | cat::kSyscall, ef::kUsesFd | ef::kReadsFromFd | ef::kModifiesState | ef::kConverterManaged, 6, kP53},
    /* 54 */ {"recvmmsg", cat::kIoRead | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 55 */ {"recvmmsg", cat::kIoRead | cat::kSyscall, ef::kUsesFd | ef::kReadsFromFd | ef::kModifiesState | ef::kConverterManaged, 6, kP55},
    /* 56 */ {"accept", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP56},
    /* 57 */ {"accept", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 3, kP57},
    /* 58 */ {"creat", cat::kFile | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 2, kP58},
    /* 59 */ {"creat", cat::kFile | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 6, kP59},
    /* 60 */ {"pipe", cat::kIpc | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 61 */ {"pipe", cat::kIpc | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState, 4, kP61},
    /* 62 */ {"eventfd", cat::kIpc | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 2, kP62},
    /* 63 */ {"eventfd", cat::kIpc | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 3, kP63},
    /* 64 */ {"futex", cat::kIpc | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 3, kP64},
    /* 65 */ {"futex", cat::kIpc | cat::kSyscall, ef::kConverterManaged, 4, kP65},
    /* 66 */ {"stat", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 67 */ {"stat", cat::kFile | cat::kSyscall, ef::kNone, 2, kP67},
    /* 68 */ {"lstat", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 69 */ {"lstat", cat::kFile | cat::kSyscall, ef::kNone, 2, kP69},
    /* 70 */ {"fstat", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 1, kP70},
    /* 71 */ {"fstat", cat::kFile | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 2, kP71},
    /* 72 */ {"stat64", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 73 */ {"stat64", cat::kFile | cat::kSyscall, ef::kNone, 2, kP73},
    /* 74 */ {"lstat64", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 75 */ {"lstat64", cat::kFile | cat::kSyscall, ef::kNone, 2, kP75},
    /* 76 */ {"fstat64", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kUsesFd, 1, kP76},
    /* 77 */ {"fstat64", cat::kFile | cat::kSyscall, ef::kNone, 1, kP77},
    /* 78 */ {"epoll_wait", cat::kWait | cat::kSyscall, ef::kOldVersion | ef::kWaits | ef::kConverterManaged, 1, kP78},
    /* 79 */ {"epoll_wait", cat::kWait | cat::kSyscall, ef::kWaits | ef::kConverterManaged, 2, kP79},
    /* 80 */ {"poll", cat::kWait | cat::kSyscall, ef::kOldVersion | ef::kWaits | ef::kConverterManaged, 2, kP80},
    /* 81 */ {"poll", cat::kWait | cat::kSyscall, ef::kWaits | ef::kConverterManaged, 3, kP81},
    /* 82 */ {"select", cat::kWait | cat::kSyscall, ef::kOldVersion | ef::kWaits, 0, nullptr},
    /* 83 */ {"select", cat::kWait | cat::kSyscall, ef::kWaits, 1, kP83},
    /* 84 */ {"select", cat::kWait | cat::kSyscall, ef::kOldVersion | ef::kWaits, 0, nullptr},
    /* 85 */ {"select", cat::kWait | cat::kSyscall, ef::kOldVersion | ef::kWaits | ef::kConverterManaged, 1, kP85},
    /* 86 */ {"lseek", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 3, kP86},
    /* 87 */ {"lseek", cat::kFile | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 4, kP87},
    /* 88 */ {"llseek", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 3, kP88},
    /* 89 */ {"llseek", cat::kFile | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 4, kP89},
    /* 90 */ {"ioctl", cat::kIoOther | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 2, kP90},
    /* 91 */ {"ioctl", cat::kIoOther | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 1, kP91},
    /* 92 */ {"getcwd", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 93 */ {"getcwd", cat::kFile | cat::kSyscall, ef::kNone, 2, kP93},
    /* 94 */ {"chdir", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 95 */ {"chdir", cat::kFile | cat::kSyscall, ef::kModifiesState, 2, kP95},
    /* 96 */ {"fchdir", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP96},
    /* 97 */ {"fchdir", cat::kFile | cat::kSyscall, ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 2, kP97},
    /* 98 */ {"mkdir", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 2, kP98},
    /* 99 */ {"mkdir", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP99},
    /* 100 */ {"rmdir", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP100},
    /* 101 */ {"rmdir", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP101},
    /* 102 */ {"openat", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 4, kP102},
    /* 103 */ {"openat", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP103},
    /* 104 */ {"link", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 2, kP104},
    /* 105 */ {"link", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP105},
    /* 106 */ {"linkat", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 4, kP106},
    /* 107 */ {"linkat", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP107},
    /* 108 */ {"unlink", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP108},
    /* 109 */ {"unlink", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP109},
    /* 110 */ {"unlinkat", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 2, kP110},
    /* 111 */ {"unlinkat", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP111},
    /* 112 */ {"pread", cat::kIoRead | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kReadsFromFd | ef::kConverterManaged, 3, kP112},
    /* 113 */ {"pread", cat::kIoRead | cat::kSyscall, ef::kUsesFd | ef::kReadsFromFd | ef::kConverterManaged, 5, kP113},
    /* 114 */ {"pwrite", cat::kIoWrite | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kWritesToFd | ef::kConverterManaged, 3, kP114},
    /* 115 */ {"pwrite", cat::kIoWrite | cat::kSyscall, ef::kUsesFd | ef::kWritesToFd | ef::kConverterManaged, 5, kP115},
    /* 116 */ {"readv", cat::kIoRead | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kReadsFromFd | ef::kConverterManaged, 1, kP116},
    /* 117 */ {"readv", cat::kIoRead | cat::kSyscall, ef::kUsesFd | ef::kReadsFromFd | ef::kConverterManaged, 4, kP117},
    /* 118 */ {"writev", cat::kIoWrite | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kWritesToFd | ef::kConverterManaged, 2, kP118},
    /* 119 */ {"writev", cat::kIoWrite | cat::kSyscall, ef::kUsesFd | ef::kWritesToFd | ef::kConverterManaged, 4, kP119},
    /* 120 */ {"preadv", cat::kIoRead | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kReadsFromFd | ef::kConverterManaged, 2, kP120},
    /* 121 */ {"preadv", cat::kIoRead | cat::kSyscall, ef::kUsesFd | ef::kReadsFromFd | ef::kConverterManaged, 5, kP121},
    /* 122 */ {"pwritev", cat::kIoWrite | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kWritesToFd | ef::kConverterManaged, 3, kP122},
    /* 123 */ {"pwritev", cat::kIoWrite | cat::kSyscall, ef::kUsesFd | ef::kWritesToFd | ef::kConverterManaged, 5, kP123},
    /* 124 */ {"dup", cat::kIoOther | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP124},
    /* 125 */ {"dup", cat::kIoOther | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP125},
    /* 126 */ {"signalfd", cat::kSignal | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 3, kP126},
    /* 127 */ {"signalfd", cat::kSignal | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 4, kP127},
    /* 128 */ {"kill", cat::kSignal | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 2, kP128},
    /* 129 */ {"kill", cat::kSignal | cat::kSyscall, ef::kConverterManaged, 3, kP129},
    /* 130 */ {"tkill", cat::kSignal | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 2, kP130},
    /* 131 */ {"tkill", cat::kSignal | cat::kSyscall, ef::kConverterManaged, 3, kP131},
    /* 132 */ {"tgkill", cat::kSignal | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 3, kP132},
    /* 133 */ {"tgkill", cat::kSignal | cat::kSyscall, ef::kConverterManaged, 4, kP133},
    /* 134 */ {"nanosleep", cat::kSleep | cat::kSyscall, ef::kOldVersion | ef::kWaits | ef::kConverterManaged, 1, kP134},
    /* 135 */ {"nanosleep", cat::kSleep | cat::kSyscall, ef::kWaits | ef::kConverterManaged, 2, kP135},
    /* 136 */ {"timerfd_create", cat::kTime | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 2, kP136},
    /* 137 */ {"timerfd_create", cat::kTime | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 3, kP137},
    /* 138 */ {"inotify_init", cat::kIpc | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP138},
    /* 139 */ {"inotify_init", cat::kIpc | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 2, kP139},
    /* 140 */ {"getrlimit", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP140},
    /* 141 */ {"getrlimit", cat::kProcess | cat::kSyscall, ef::kConverterManaged, 4, kP141},
    /* 142 */ {"setrlimit", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP142},
    /* 143 */ {"setrlimit", cat::kProcess | cat::kSyscall, ef::kConverterManaged, 4, kP143},
    /* 144 */ {"prlimit", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 2, kP144},
    /* 145 */ {"prlimit", cat::kProcess | cat::kSyscall, ef::kConverterManaged, 7, kP145},
    /* 146 */ {"switch", cat::kScheduler | cat::kTracepoint, ef::kOldVersion | ef::kSkipParseReset | ef::kConverterManaged, 1, kP146},
    /* 147 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 148 */ {"drop", cat::kInternal | cat::kMetaevent, ef::kSkipParseReset, 1, kP148},
    /* 149 */ {"drop", cat::kInternal | cat::kMetaevent, ef::kSkipParseReset, 1, kP149},
    /* 150 */ {"fcntl", cat::kIoOther | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 2, kP150},
    /* 151 */ {"fcntl", cat::kIoOther | cat::kSyscall, ef::kUsesFd | ef::kModifiesState | ef::kConverterManaged, 4, kP151},
    /* 152 */ {"switch", cat::kScheduler | cat::kTracepoint, ef::kNone, 6, kP152},
    /* 153 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 154 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 0, nullptr},
    /* 155 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 13, kP155},
    /* 156 */ {"clone", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 157 */ {"clone", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 16, kP157},
    /* 158 */ {"brk", cat::kMemory | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP158},
    /* 159 */ {"brk", cat::kMemory | cat::kSyscall, ef::kConverterManaged, 5, kP159},
    /* 160 */ {"mmap", cat::kMemory | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 6, kP160},
    /* 161 */ {"mmap", cat::kMemory | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 10, kP161},
    /* 162 */ {"mmap2", cat::kMemory | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 6, kP162},
    /* 163 */ {"mmap2", cat::kMemory | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 10, kP163},
    /* 164 */ {"munmap", cat::kMemory | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 2, kP164},
    /* 165 */ {"munmap", cat::kMemory | cat::kSyscall, ef::kConverterManaged, 6, kP165},
    /* 166 */ {"splice", cat::kIoOther | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 4, kP166},
    /* 167 */ {"splice", cat::kIoOther | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 5, kP167},
    /* 168 */ {"ptrace", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 2, kP168},
    /* 169 */ {"ptrace", cat::kProcess | cat::kSyscall, ef::kConverterManaged, 5, kP169},
    /* 170 */ {"ioctl", cat::kIoOther | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 3, kP170},
    /* 171 */ {"ioctl", cat::kIoOther | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 4, kP171},
    /* 172 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 0, nullptr},
    /* 173 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 14, kP173},
    /* 174 */ {"rename", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 175 */ {"rename", cat::kFile | cat::kSyscall, ef::kNone, 3, kP175},
    /* 176 */ {"renameat", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 177 */ {"renameat", cat::kFile | cat::kSyscall, ef::kNone, 5, kP177},
    /* 178 */ {"symlink", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 179 */ {"symlink", cat::kFile | cat::kSyscall, ef::kNone, 3, kP179},
    /* 180 */ {"symlinkat", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 181 */ {"symlinkat", cat::kFile | cat::kSyscall, ef::kUsesFd, 4, kP181},
    /* 182 */ {"fork", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 183 */ {"fork", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 16, kP183},
    /* 184 */ {"vfork", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 185 */ {"vfork", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 16, kP185},
    /* 186 */ {"procexit", cat::kProcess | cat::kTracepoint, ef::kModifiesState, 5, kP186},
    /* 187 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 188 */ {"sendfile", cat::kIoWrite | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 4, kP188},
    /* 189 */ {"sendfile", cat::kIoWrite | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 5, kP189},
    /* 190 */ {"quotactl", cat::kUser | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 4, kP190},
    /* 191 */ {"quotactl", cat::kUser | cat::kSyscall, ef::kConverterManaged, 18, kP191},
    /* 192 */ {"setresuid", cat::kUser | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 3, kP192},
    /* 193 */ {"setresuid", cat::kUser | cat::kSyscall, ef::kModifiesState | ef::kConverterManaged, 4, kP193},
    /* 194 */ {"setresgid", cat::kUser | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 3, kP194},
    /* 195 */ {"setresgid", cat::kUser | cat::kSyscall, ef::kModifiesState | ef::kConverterManaged, 4, kP195},
    /* 196 */ {"scapevent", cat::kInternal | cat::kMetaevent, ef::kSkipParseReset, 2, kP196},
    /* 197 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 198 */ {"setuid", cat::kUser | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 1, kP198},
    /* 199 */ {"setuid", cat::kUser | cat::kSyscall, ef::kModifiesState | ef::kConverterManaged, 2, kP199},
    /* 200 */ {"setgid", cat::kUser | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 1, kP200},
    /* 201 */ {"setgid", cat::kUser | cat::kSyscall, ef::kModifiesState | ef::kConverterManaged, 2, kP201},
    /* 202 */ {"getuid", cat::kUser | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 203 */ {"getuid", cat::kUser | cat::kSyscall, ef::kNone, 1, kP203},
    /* 204 */ {"geteuid", cat::kUser | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 205 */ {"geteuid", cat::kUser | cat::kSyscall, ef::kNone, 1, kP205},
    /* 206 */ {"getgid", cat::kUser | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 207 */ {"getgid", cat::kUser | cat::kSyscall, ef::kNone, 1, kP207},
    /* 208 */ {"getegid", cat::kUser | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 209 */ {"getegid", cat::kUser | cat::kSyscall, ef::kNone, 1, kP209},
    /* 210 */ {"getresuid", cat::kUser | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 211 */ {"getresuid", cat::kUser | cat::kSyscall, ef::kNone, 4, kP211},
    /* 212 */ {"getresgid", cat::kUser | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 213 */ {"getresgid", cat::kUser | cat::kSyscall, ef::kNone, 4, kP213},
    /* 214 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 0, nullptr},
    /* 215 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 15, kP215},
    /* 216 */ {"clone", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 217 */ {"clone", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 17, kP217},
    /* 218 */ {"fork", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 219 */ {"fork", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 17, kP219},
    /* 220 */ {"vfork", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 221 */ {"vfork", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 17, kP221},
    /* 222 */ {"clone", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 223 */ {"clone", cat::kProcess | cat::kSyscall, ef::kModifiesState | ef::kConverterManaged, 21, kP223},
    /* 224 */ {"fork", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 225 */ {"fork", cat::kProcess | cat::kSyscall, ef::kModifiesState | ef::kConverterManaged, 21, kP225},
    /* 226 */ {"vfork", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 227 */ {"vfork", cat::kProcess | cat::kSyscall, ef::kModifiesState | ef::kConverterManaged, 21, kP227},
    /* 228 */ {"container", cat::kInternal | cat::kMetaevent, ef::kOldVersion | ef::kSkipParseReset | ef::kModifiesState | ef::kConverterManaged, 4, kP228},
    /* 229 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 230 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 0, nullptr},
    /* 231 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 16, kP231},
    /* 232 */ {"signaldeliver", cat::kSignal | cat::kTracepoint, ef::kNone, 3, kP232},
    /* 233 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 234 */ {"procinfo", cat::kInternal | cat::kMetaevent, ef::kSkipParseReset, 2, kP234},
    /* 235 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 236 */ {"getdents", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 1, kP236},
    /* 237 */ {"getdents", cat::kFile | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 2, kP237},
    /* 238 */ {"getdents64", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 1, kP238},
    /* 239 */ {"getdents64", cat::kFile | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 2, kP239},
    /* 240 */ {"setns", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 2, kP240},
    /* 241 */ {"setns", cat::kProcess | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 3, kP241},
    /* 242 */ {"flock", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kConverterManaged, 2, kP242},
    /* 243 */ {"flock", cat::kFile | cat::kSyscall, ef::kUsesFd | ef::kConverterManaged, 3, kP243},
    /* 244 */ {"cpu_hotplug", cat::kSystem | cat::kMetaevent, ef::kSkipParseReset | ef::kModifiesState, 2, kP244},
    /* 245 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 246 */ {"accept", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 247 */ {"accept", cat::kNet | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState, 5, kP247},
    /* 248 */ {"accept", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP248},
    /* 249 */ {"accept", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 5, kP249},
    /* 250 */ {"semop", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP250},
    /* 251 */ {"semop", cat::kProcess | cat::kSyscall, ef::kConverterManaged, 9, kP251},
    /* 252 */ {"semctl", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 4, kP252},
    /* 253 */ {"semctl", cat::kProcess | cat::kSyscall, ef::kConverterManaged, 5, kP253},
    /* 254 */ {"ppoll", cat::kWait | cat::kSyscall, ef::kOldVersion | ef::kWaits | ef::kConverterManaged, 3, kP254},
    /* 255 */ {"ppoll", cat::kWait | cat::kSyscall, ef::kWaits | ef::kConverterManaged, 4, kP255},
    /* 256 */ {"mount", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 1, kP256},
    /* 257 */ {"mount", cat::kFile | cat::kSyscall, ef::kModifiesState | ef::kConverterManaged, 5, kP257},
    /* 258 */ {"umount", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 1, kP258},
    /* 259 */ {"umount", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 2, kP259},
    /* 260 */ {"k8s", cat::kInternal | cat::kMetaevent, ef::kOldVersion | ef::kSkipParseReset | ef::kModifiesState, 1, kP260},
    /* 261 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 262 */ {"semget", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 3, kP262},
    /* 263 */ {"semget", cat::kProcess | cat::kSyscall, ef::kConverterManaged, 4, kP263},
    /* 264 */ {"access", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP264},
    /* 265 */ {"access", cat::kFile | cat::kSyscall, ef::kConverterManaged, 3, kP265},
    /* 266 */ {"chroot", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 267 */ {"chroot", cat::kProcess | cat::kSyscall, ef::kModifiesState, 2, kP267},
    /* 268 */ {"tracer", cat::kOther | cat::kMetaevent, ef::kOldVersion, 3, kP268},
    /* 269 */ {"NA", cat::kUnknown, ef::kUnused, 3, kP269},
    /* 270 */ {"mesos", cat::kInternal | cat::kMetaevent, ef::kOldVersion | ef::kSkipParseReset | ef::kModifiesState, 1, kP270},
    /* 271 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 272 */ {"container", cat::kProcess | cat::kMetaevent, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 1, kP272},
    /* 273 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 274 */ {"setsid", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 275 */ {"setsid", cat::kProcess | cat::kSyscall, ef::kModifiesState, 1, kP275},
    /* 276 */ {"mkdir", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP276},
    /* 277 */ {"mkdir", cat::kFile | cat::kSyscall, ef::kConverterManaged, 3, kP277},
    /* 278 */ {"rmdir", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 279 */ {"rmdir", cat::kFile | cat::kSyscall, ef::kNone, 2, kP279},
    /* 280 */ {"notification", cat::kOther | cat::kMetaevent, ef::kSkipParseReset, 2, kP280},
    /* 281 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 282 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 0, nullptr},
    /* 283 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 17, kP283},
    /* 284 */ {"unshare", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 1, kP284},
    /* 285 */ {"unshare", cat::kProcess | cat::kSyscall, ef::kConverterManaged, 2, kP285},
    /* 286 */ {"infra", cat::kInternal | cat::kMetaevent, ef::kSkipParseReset, 4, kP286},
    /* 287 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 288 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 1, kP288},
    /* 289 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 17, kP289},
    /* 290 */ {"page_fault", cat::kOther | cat::kTracepoint, ef::kSkipParseReset, 3, kP290},
    /* 291 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 292 */ {"execve", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 1, kP292},
    /* 293 */ {"execve", cat::kProcess | cat::kSyscall, ef::kModifiesState | ef::kConverterManaged, 31, kP293},
    /* 294 */ {"setpgid", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 2, kP294},
    /* 295 */ {"setpgid", cat::kProcess | cat::kSyscall, ef::kConverterManaged, 3, kP295},
    /* 296 */ {"bpf", cat::kOther | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kConverterManaged, 1, kP296},
    /* 297 */ {"bpf", cat::kOther | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kConverterManaged, 1, kP297},
    /* 298 */ {"seccomp", cat::kOther | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 2, kP298},
    /* 299 */ {"seccomp", cat::kOther | cat::kSyscall, ef::kConverterManaged, 3, kP299},
    /* 300 */ {"unlink", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 301 */ {"unlink", cat::kFile | cat::kSyscall, ef::kNone, 2, kP301},
    /* 302 */ {"unlinkat", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 303 */ {"unlinkat", cat::kFile | cat::kSyscall, ef::kUsesFd, 4, kP303},
    /* 304 */ {"mkdirat", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 305 */ {"mkdirat", cat::kFile | cat::kSyscall, ef::kUsesFd, 4, kP305},
    /* 306 */ {"openat", cat::kFile | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 4, kP306},
    /* 307 */ {"openat", cat::kFile | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 7, kP307},
    /* 308 */ {"link", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 309 */ {"link", cat::kFile | cat::kSyscall, ef::kNone, 3, kP309},
    /* 310 */ {"linkat", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 311 */ {"linkat", cat::kFile | cat::kSyscall, ef::kNone, 6, kP311},
    /* 312 */ {"fchmodat", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 313 */ {"fchmodat", cat::kFile | cat::kSyscall, ef::kUsesFd, 4, kP313},
    /* 314 */ {"chmod", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 315 */ {"chmod", cat::kFile | cat::kSyscall, ef::kNone, 3, kP315},
    /* 316 */ {"fchmod", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 317 */ {"fchmod", cat::kFile | cat::kSyscall, ef::kUsesFd, 3, kP317},
    /* 318 */ {"renameat2", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 319 */ {"renameat2", cat::kFile | cat::kSyscall, ef::kNone, 6, kP319},
    /* 320 */ {"userfaultfd", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 321 */ {"userfaultfd", cat::kFile | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState, 2, kP321},
    /* 322 */ {"pluginevent", cat::kOther | cat::kPlugin, ef::kLargePayload, 2, kP322},
    /* 323 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 324 */ {"container", cat::kProcess | cat::kMetaevent, ef::kModifiesState | ef::kLargePayload, 1, kP324},
    /* 325 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 326 */ {"openat2", cat::kFile | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 5, kP326},
    /* 327 */ {"openat2", cat::kFile | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 8, kP327},
    /* 328 */ {"mprotect", cat::kMemory | cat::kSyscall, ef::kOldVersion | ef::kConverterManaged, 3, kP328},
    /* 329 */ {"mprotect", cat::kMemory | cat::kSyscall, ef::kConverterManaged, 4, kP329},
    /* 330 */ {"execveat", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 3, kP330},
    /* 331 */ {"execveat", cat::kProcess | cat::kSyscall, ef::kModifiesState | ef::kConverterManaged, 30, kP331},
    /* 332 */ {"copy_file_range", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kUsesFd | ef::kReadsFromFd | ef::kWritesToFd | ef::kConverterManaged, 3, kP332},
    /* 333 */ {"copy_file_range", cat::kFile | cat::kSyscall, ef::kUsesFd | ef::kReadsFromFd | ef::kWritesToFd | ef::kConverterManaged, 6, kP333},
    /* 334 */ {"clone3", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 335 */ {"clone3", cat::kProcess | cat::kSyscall, ef::kModifiesState | ef::kConverterManaged, 21, kP335},
    /* 336 */ {"open_by_handle_at", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 337 */ {"open_by_handle_at", cat::kFile | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState, 6, kP337},
    /* 338 */ {"io_uring_setup", cat::kIoOther | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 339 */ {"io_uring_setup", cat::kIoOther | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState, 8, kP339},
    /* 340 */ {"io_uring_enter", cat::kIoOther | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 341 */ {"io_uring_enter", cat::kIoOther | cat::kSyscall, ef::kUsesFd, 6, kP341},
    /* 342 */ {"io_uring_register", cat::kIoOther | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 343 */ {"io_uring_register", cat::kIoOther | cat::kSyscall, ef::kUsesFd, 5, kP343},
    /* 344 */ {"mlock", cat::kMemory | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 345 */ {"mlock", cat::kMemory | cat::kSyscall, ef::kNone, 3, kP345},
    /* 346 */ {"munlock", cat::kMemory | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 347 */ {"munlock", cat::kMemory | cat::kSyscall, ef::kNone, 3, kP347},
    /* 348 */ {"mlockall", cat::kMemory | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 349 */ {"mlockall", cat::kMemory | cat::kSyscall, ef::kNone, 2, kP349},
    /* 350 */ {"munlockall", cat::kMemory | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 351 */ {"munlockall", cat::kMemory | cat::kSyscall, ef::kNone, 1, kP351},
    /* 352 */ {"capset", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 353 */ {"capset", cat::kProcess | cat::kSyscall, ef::kModifiesState, 4, kP353},
    /* 354 */ {"useradded", cat::kProcess | cat::kMetaevent, ef::kModifiesState, 6, kP354},
    /* 355 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 356 */ {"userdeleted", cat::kProcess | cat::kMetaevent, ef::kModifiesState, 6, kP356},
    /* 357 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 358 */ {"groupadded", cat::kProcess | cat::kMetaevent, ef::kModifiesState, 3, kP358},
    /* 359 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 360 */ {"groupdeleted", cat::kProcess | cat::kMetaevent, ef::kModifiesState, 3, kP360},
    /* 361 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 362 */ {"dup2", cat::kIoOther | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kUsesFd | ef::kModifiesState, 1, kP362},
    /* 363 */ {"dup2", cat::kIoOther | cat::kSyscall, ef::kCreatesFd | ef::kUsesFd | ef::kModifiesState, 3, kP363},
    /* 364 */ {"dup3", cat::kIoOther | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kUsesFd | ef::kModifiesState, 1, kP364},
    /* 365 */ {"dup3", cat::kIoOther | cat::kSyscall, ef::kCreatesFd | ef::kUsesFd | ef::kModifiesState, 4, kP365},
    /* 366 */ {"dup", cat::kIoOther | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kUsesFd | ef::kModifiesState, 1, kP366},
    /* 367 */ {"dup", cat::kIoOther | cat::kSyscall, ef::kCreatesFd | ef::kUsesFd | ef::kModifiesState, 2, kP367},
    /* 368 */ {"bpf", cat::kOther | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd, 1, kP368},
    /* 369 */ {"bpf", cat::kOther | cat::kSyscall, ef::kCreatesFd, 2, kP369},
    /* 370 */ {"mlock2", cat::kMemory | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 371 */ {"mlock2", cat::kMemory | cat::kSyscall, ef::kNone, 4, kP371},
    /* 372 */ {"fsconfig", cat::kSystem | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 373 */ {"fsconfig", cat::kSystem | cat::kSyscall, ef::kUsesFd, 7, kP373},
    /* 374 */ {"epoll_create", cat::kWait | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP374},
    /* 375 */ {"epoll_create", cat::kWait | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 2, kP375},
    /* 376 */ {"epoll_create1", cat::kWait | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP376},
    /* 377 */ {"epoll_create1", cat::kWait | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 2, kP377},
    /* 378 */ {"chown", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 379 */ {"chown", cat::kFile | cat::kSyscall, ef::kNone, 4, kP379},
    /* 380 */ {"lchown", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 381 */ {"lchown", cat::kFile | cat::kSyscall, ef::kNone, 4, kP381},
    /* 382 */ {"fchown", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 383 */ {"fchown", cat::kFile | cat::kSyscall, ef::kUsesFd, 4, kP383},
    /* 384 */ {"fchownat", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 385 */ {"fchownat", cat::kFile | cat::kSyscall, ef::kUsesFd, 6, kP385},
    /* 386 */ {"umount", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 387 */ {"umount", cat::kFile | cat::kSyscall, ef::kModifiesState, 2, kP387},
    /* 388 */ {"accept4", cat::kNet | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP388},
    /* 389 */ {"accept4", cat::kNet | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 6, kP389},
    /* 390 */ {"umount2", cat::kFile | cat::kSyscall, ef::kOldVersion | ef::kModifiesState | ef::kConverterManaged, 1, kP390},
    /* 391 */ {"umount2", cat::kFile | cat::kSyscall, ef::kModifiesState | ef::kConverterManaged, 3, kP391},
    /* 392 */ {"pipe2", cat::kIpc | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 393 */ {"pipe2", cat::kIpc | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState, 5, kP393},
    /* 394 */ {"inotify_init1", cat::kIpc | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 395 */ {"inotify_init1", cat::kIpc | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState, 2, kP395},
    /* 396 */ {"eventfd2", cat::kIpc | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 1, kP396},
    /* 397 */ {"eventfd2", cat::kIpc | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 3, kP397},
    /* 398 */ {"signalfd4", cat::kSignal | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 2, kP398},
    /* 399 */ {"signalfd4", cat::kSignal | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState | ef::kConverterManaged, 4, kP399},
    /* 400 */ {"prctl", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 401 */ {"prctl", cat::kProcess | cat::kSyscall, ef::kModifiesState, 4, kP401},
    /* 402 */ {"asyncevent", cat::kOther | cat::kMetaevent, ef::kLargePayload, 3, kP402},
    /* 403 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 404 */ {"memfd_create", cat::kMemory | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 405 */ {"memfd_create", cat::kMemory | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState, 3, kP405},
    /* 406 */ {"pidfd_getfd", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 407 */ {"pidfd_getfd", cat::kProcess | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState, 4, kP407},
    /* 408 */ {"pidfd_open", cat::kProcess | cat::kSyscall, ef::kOldVersion | ef::kCreatesFd | ef::kModifiesState, 0, nullptr},
    /* 409 */ {"pidfd_open", cat::kProcess | cat::kSyscall, ef::kCreatesFd | ef::kModifiesState, 3, kP409},
    /* 410 */ {"init_module", cat::kOther | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 411 */ {"init_module", cat::kOther | cat::kSyscall, ef::kNone, 4, kP411},
    /* 412 */ {"finit_module", cat::kOther | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 413 */ {"finit_module", cat::kOther | cat::kSyscall, ef::kUsesFd | ef::kReadsFromFd, 4, kP413},
    /* 414 */ {"mknod", cat::kOther | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 415 */ {"mknod", cat::kOther | cat::kSyscall, ef::kNone, 4, kP415},
    /* 416 */ {"mknodat", cat::kOther | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 417 */ {"mknodat", cat::kOther | cat::kSyscall, ef::kUsesFd, 5, kP417},
    /* 418 */ {"newfstatat", cat::kFile | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 419 */ {"newfstatat", cat::kFile | cat::kSyscall, ef::kUsesFd, 4, kP419},
    /* 420 */ {"process_vm_readv", cat::kSyscall | cat::kIpc, ef::kOldVersion, 0, nullptr},
    /* 421 */ {"process_vm_readv", cat::kSyscall | cat::kIpc, ef::kNone, 3, kP421},
    /* 422 */ {"process_vm_writev", cat::kSyscall | cat::kIpc, ef::kOldVersion, 0, nullptr},
    /* 423 */ {"process_vm_writev", cat::kSyscall | cat::kIpc, ef::kNone, 3, kP423},
    /* 424 */ {"delete_module", cat::kOther | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 425 */ {"delete_module", cat::kOther | cat::kSyscall, ef::kNone, 3, kP425},
    /* 426 */ {"setreuid", cat::kUser | cat::kSyscall, ef::kOldVersion | ef::kModifiesState, 0, nullptr},
    /* 427 */ {"setreuid", cat::kUser | cat::kSyscall, ef::kModifiesState, 3, kP427},
    /* 428 */ {"setregid", cat::kUser | cat::kSyscall, ef::kOldVersion, 0, nullptr},
    /* 429 */ {"setregid", cat::kUser | cat::kSyscall, ef::kModifiesState, 3, kP429},
    /* 430 */ {"task", cat::kIter | cat::kProcess, ef::kModifiesState, 32, kP430},
    /* 431 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 432 */ {"task_file_pipe", cat::kIter | cat::kFile, ef::kModifiesState, 3, kP432},
    /* 433 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 434 */ {"task_file_memfd", cat::kIter | cat::kFile, ef::kModifiesState, 3, kP434},
    /* 435 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 436 */ {"task_file_regular", cat::kIter | cat::kFile, ef::kModifiesState, 5, kP436},
    /* 437 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 438 */ {"task_file_directory", cat::kIter | cat::kFile, ef::kModifiesState, 3, kP438},
    /* 439 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 440 */ {"task_file_socket_inet", cat::kIter | cat::kFile, ef::kModifiesState, 8, kP440},
    /* 441 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 442 */ {"task_file_socket_inet6", cat::kIter | cat::kFile, ef::kModifiesState, 8, kP442},
    /* 443 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 444 */ {"task_file_socket_unix", cat::kIter | cat::kFile, ef::kModifiesState, 6, kP444},
    /* 445 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 446 */ {"task_file_socket_netlink", cat::kIter | cat::kFile, ef::kModifiesState, 4, kP446},
    /* 447 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 448 */ {"task_file_anon_inode", cat::kIter | cat::kFile, ef::kModifiesState, 4, kP448},
    /* 449 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 450 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 451 */ {"close_range", cat::kIoOther | cat::kSyscall, ef::kModifiesState, 4, kP451},
    /* 452 */ {"NA", cat::kUnknown, ef::kUnused, 0, nullptr},
    /* 453 */ {"keyctl", cat::kOther | cat::kSyscall, ef::kNone, 6, kP453},
};

}  // namespace trowel::capture::detail
