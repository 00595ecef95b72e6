// Native syscall lookups and the list of syscalls with dedicated programs.
#include "live/syscall_table.h"

#include <array>
#include <cstring>

#include "capture/event_schema.h"

namespace trowel::live {

namespace {

// PPM_SC codes 0..328 are the ones sysdig 0.29.3 has names for; a larger
// code would index past its table.
constexpr uint16_t kLegacyScCount = 329;

// Native names that the 2022 tables spell differently.
struct Rename {
  const char* native;
  const char* ppm;
};
constexpr Rename kRenames[] = {{"rt_sigreturn", "sigreturn"}};

std::array<uint16_t, kNativeSyscallCount> build_ppm_table() {
  std::array<uint16_t, kNativeSyscallCount> t{};
  uint16_t count = capture::syscall_code_count();
  if (count > kLegacyScCount) count = kLegacyScCount;
  for (int nr = 0; nr < kNativeSyscallCount; ++nr) {
    const char* n = detail::kNativeSyscallNames[nr];
    if (!n) continue;
    for (const Rename& r : kRenames)
      if (std::strcmp(r.native, n) == 0) n = r.ppm;
    for (uint16_t c = 1; c < count; ++c) {
      const char* s = capture::syscall_name(c);
      if (s && std::strcmp(s, n) == 0) {
        t[nr] = c;
        break;
      }
    }
  }
  return t;
}

constexpr DedicatedSyscall kDedicated[] = {
    {0, "read"},       {1, "write"},        {2, "open"},         {3, "close"},
    {17, "pread64"},   {18, "pwrite64"},    {19, "readv"},       {20, "writev"},
    {22, "pipe"},      {32, "dup"},         {33, "dup"},         {41, "socket"},
    {42, "connect"},   {43, "accept"},      {44, "sendto"},      {45, "recvfrom"},
    {46, "sendmsg"},   {47, "recvmsg"},     {48, "shutdown"},    {49, "bind"},
    {50, "listen"},    {53, "socketpair"},  {56, "clone"},       {57, "fork"},
    {58, "vfork"},     {59, "execve"},      {72, "fcntl"},       {80, "chdir"},
    {81, "fchdir"},    {85, "creat"},       {257, "openat"},     {288, "accept4"},
    {292, "dup"},      {293, "pipe"},       {295, "preadv"},     {296, "pwritev"},
    {322, "execveat"}, {435, "clone3"},     {437, "openat2"},
};

}  // namespace

const char* native_syscall_name(int nr) {
  if (nr < 0 || nr >= kNativeSyscallCount) return nullptr;
  return detail::kNativeSyscallNames[nr];
}

int native_syscall_number(std::string_view name) {
  for (int nr = 0; nr < kNativeSyscallCount; ++nr) {
    const char* n = detail::kNativeSyscallNames[nr];
    if (n && name == n) return nr;
  }
  return -1;
}

uint16_t ppm_sc_code(int nr) {
  static const std::array<uint16_t, kNativeSyscallCount> table = build_ppm_table();
  if (nr < 0 || nr >= kNativeSyscallCount) return 0;
  return table[nr];
}

std::span<const DedicatedSyscall> dedicated_syscalls() { return kDedicated; }

}  // namespace trowel::live
