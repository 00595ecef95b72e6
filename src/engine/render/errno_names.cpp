// errno_names.cpp: see errno_names.h.
#include "engine/render/errno_names.h"

#include <cstring>
#include <iterator>

namespace trowel::engine::render {
namespace {

// Index = errno; null = no name in sysdig 0.29.3.
constexpr const char* kLow[] = {
    nullptr, "EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "ENOEXEC", "EBADF",
    "ECHILD", "EAGAIN", "ENOMEM", "EACCES", "EFAULT", "ENOTBLK", "EBUSY", "EEXIST", "EXDEV",
    "ENODEV", "ENOTDIR", "EISDIR", "EINVAL", "ENFILE", "EMFILE", "ENOTTY", "ETXTBSY", "EFBIG",
    "ENOSPC", "ESPIPE", "EROFS", "EMLINK", "EPIPE", "EDOM", "ERANGE", "EDEADLK", "ENAMETOOLONG",
    "ENOLCK", "ENOSYS", "ENOTEMPTY", "ELOOP", nullptr, "ENOMSG", "EIDRM", "ECHRNG", "EL2NSYNC",
    "EL3HLT", "EL3RST", "ELNRNG", "EUNATCH", "ENOCSI", "EL2HLT", "EBADE", "EBADR", "EXFULL",
    "ENOANO", "EBADRQC", "EBADSLT", nullptr, "EBFONT", "ENOSTR", "ENODATA", "ETIME", "ENOSR",
    "ENONET", "ENOPKG", "EREMOTE", "ENOLINK", "EADV", "ESRMNT", "ECOMM", "EPROTO", "EMULTIHOP",
    "EDOTDOT", "EBADMSG", "EOVERFLOW", "ENOTUNIQ", "EBADFD", "EREMCHG", "ELIBACC", "ELIBBAD",
    "ELIBSCN", "ELIBMAX", "ELIBEXEC", "EILSEQ", "ERESTART", "ESTRPIPE", "EUSERS", "ENOTSOCK",
    "EDESTADDRREQ", "EMSGSIZE", "EPROTOTYPE", "ENOPROTOOPT", "EPROTONOSUPPORT",
    "ESOCKTNOSUPPORT", "EOPNOTSUPP", "EPFNOSUPPORT", "EAFNOSUPPORT", "EADDRINUSE",
    "EADDRNOTAVAIL", "ENETDOWN", "ENETUNREACH", "ENETRESET", "ECONNABORTED", "ECONNRESET",
    "ENOBUFS", "EISCONN", "ENOTCONN", "ESHUTDOWN", "ETOOMANYREFS", "ETIMEDOUT", "ECONNREFUSED",
    "EHOSTDOWN", "EHOSTUNREACH", "EALREADY", "EINPROGRESS", "ESTALE", "EUCLEAN", "ENOTNAM",
    "ENAVAIL", "EISNAM", "EREMOTEIO", "EDQUOT", "ENOMEDIUM", "EMEDIUMTYPE", "ECANCELED",
    nullptr, nullptr, nullptr, nullptr, nullptr,
};

// 512 .. 530: kernel-internal codes that leak to user space in traces.
constexpr const char* kKernel[] = {
    "ERESTARTSYS", "ERESTARTNOINTR", "ERESTARTNOHAND", "ENOIOCTLCMD", "ERESTART_RESTARTBLOCK",
    nullptr, nullptr, nullptr, nullptr, "EBADHANDLE", "ENOTSYNC", "EBADCOOKIE", "ENOTSUPP",
    "ETOOSMALL", "ESERVERFAULT", "EBADTYPE", "EJUKEBOX", "EIOCBQUEUED", "EIOCBRETRY",
};
// 126 .. 133: Linux names sysdig 0.29.3 does not know (errno_name_full only).
constexpr const char* kNewer[] = {
    "ENOKEY", "EKEYEXPIRED", "EKEYREVOKED", "EKEYREJECTED", "EOWNERDEAD", "ENOTRECOVERABLE",
    "ERFKILL", "EHWPOISON",
};

}  // namespace

const char* errno_name_full(int64_t err) {
  if (const char* n = errno_name(err)) return n;
  if (err >= 126 && err < 126 + static_cast<int64_t>(std::size(kNewer))) return kNewer[err - 126];
  return nullptr;
}

const char* errno_name(int64_t err) {
  if (err > 0 && err < static_cast<int64_t>(std::size(kLow))) return kLow[err];
  if (err >= 512 && err < 512 + static_cast<int64_t>(std::size(kKernel))) return kKernel[err - 512];
  return nullptr;
}

int64_t errno_number(const char* name) {
  if (!name || !*name) return 0;
  for (size_t i = 1; i < std::size(kLow); ++i)
    if (kLow[i] && std::strcmp(kLow[i], name) == 0) return static_cast<int64_t>(i);
  for (size_t i = 0; i < std::size(kKernel); ++i)
    if (kKernel[i] && std::strcmp(kKernel[i], name) == 0) return static_cast<int64_t>(512 + i);
  for (size_t i = 0; i < std::size(kNewer); ++i)
    if (std::strcmp(kNewer[i], name) == 0) return static_cast<int64_t>(126 + i);
  return 0;
}

}  // namespace trowel::engine::render
