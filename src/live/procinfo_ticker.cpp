#include "live/procinfo_ticker.h"

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <ctime>

namespace trowel::live {

namespace {
constexpr uint16_t kProcInfoType = 234;
constexpr uint32_t kHeader = 26;  // ts, tid, len, type, nparams

bool all_digits(const char* s) {
  if (!*s) return false;
  for (; *s; ++s)
    if (*s < '0' || *s > '9') return false;
  return true;
}

uint64_t realtime_ns() {
  timespec t{};
  ::clock_gettime(CLOCK_REALTIME, &t);
  return uint64_t(t.tv_sec) * 1'000'000'000ull + uint64_t(t.tv_nsec);
}
}  // namespace

bool parse_stat_times(std::string_view stat, uint64_t* utime, uint64_t* stime) {
  // "pid (comm) state ppid ..." — comm may hold spaces and ')': fields are
  // counted after the last ')'. utime and stime are fields 14 and 15.
  size_t close = stat.rfind(')');
  if (close == std::string_view::npos) return false;
  std::string_view rest = stat.substr(close + 1);
  int field = 2;
  size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && rest[i] == ' ') ++i;
    if (i >= rest.size()) break;
    size_t j = i;
    while (j < rest.size() && rest[j] != ' ') ++j;
    ++field;
    if (field == 14 || field == 15) {
      uint64_t v = 0;
      for (size_t k = i; k < j; ++k) {
        if (rest[k] < '0' || rest[k] > '9') return false;
        v = v * 10 + uint64_t(rest[k] - '0');
      }
      (field == 14 ? *utime : *stime) = v;
      if (field == 15) return true;
    }
    i = j;
  }
  return false;
}

ProcInfoTicker::ProcInfoTicker(std::string proc_root) : root_(std::move(proc_root)), self_(int(::getpid())) {}

const capture::EventView& ProcInfoTicker::make(uint64_t ts, int64_t tid, uint64_t usr, uint64_t sys) {
  uint32_t len = kHeader + 2 * 2 + 2 * 8;
  uint32_t nparams = 2;
  uint16_t type = kProcInfoType, l8 = 8;
  std::memcpy(buf_, &ts, 8);
  std::memcpy(buf_ + 8, &tid, 8);
  std::memcpy(buf_ + 16, &len, 4);
  std::memcpy(buf_ + 20, &type, 2);
  std::memcpy(buf_ + 22, &nparams, 4);
  std::memcpy(buf_ + kHeader, &l8, 2);
  std::memcpy(buf_ + kHeader + 2, &l8, 2);
  std::memcpy(buf_ + kHeader + 4, &usr, 8);
  std::memcpy(buf_ + kHeader + 12, &sys, 8);
  ev_ = capture::EventView{};
  ev_.data = buf_;
  ev_.lens = buf_ + kHeader;
  ev_.values = buf_ + kHeader + 4;
  ev_.len = len;
  ev_.nparams = nparams;
  ev_.type = type;
  ev_.ts = ts;
  ev_.tid = tid;
  ev_.len_width = 2;
  ev_.v2 = true;
  return ev_;
}

size_t ProcInfoTicker::tick(uint64_t now_ns, const std::function<void(const capture::EventView&)>& emit) {
  if (last_ && now_ns - last_ < kPeriodNs) return 0;
  last_ = now_ns;
  size_t n = 0;
  DIR* procs = ::opendir(root_.c_str());
  if (!procs) return 0;
  uint64_t ts = realtime_ns();
  char path[256], stat[1024];
  while (dirent* p = ::readdir(procs)) {
    if (!all_digits(p->d_name) || std::atoi(p->d_name) == self_) continue;
    std::snprintf(path, sizeof path, "%s/%s/task", root_.c_str(), p->d_name);
    DIR* tasks = ::opendir(path);
    if (!tasks) continue;
    while (dirent* t = ::readdir(tasks)) {
      if (!all_digits(t->d_name)) continue;
      std::snprintf(path, sizeof path, "%s/%s/task/%s/stat", root_.c_str(), p->d_name, t->d_name);
      int fd = ::open(path, O_RDONLY | O_CLOEXEC);
      if (fd < 0) continue;
      ssize_t got = ::read(fd, stat, sizeof stat - 1);
      ::close(fd);
      if (got <= 0) continue;
      uint64_t usr = 0, sys = 0;
      if (!parse_stat_times(std::string_view(stat, size_t(got)), &usr, &sys)) continue;
      emit(make(ts, std::atoll(t->d_name), usr, sys));
      ++n;
    }
    ::closedir(tasks);
  }
  ::closedir(procs);
  return n;
}

}  // namespace trowel::live
