#include "lua/chisel_search.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

namespace trowel::lua {

namespace fs = std::filesystem;

fs::path builtin_chisels_dir(const fs::path& exe_dir) {
  if (exe_dir.empty()) return {};
  for (const fs::path& c : {exe_dir / ".." / "share" / "trowel" / "chisels", exe_dir / "chisels",
                            exe_dir / ".." / "chisels"}) {
    std::error_code ec;
    if (fs::is_directory(c, ec)) return c.lexically_normal();
  }
  return {};
}

ChiselSearchConfig default_search_config(std::vector<std::string> cli_dirs) {
  ChiselSearchConfig c;
  c.cli_dirs = std::move(cli_dirs);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) c.exe_dir = exe.parent_path();
  if (const char* e = std::getenv("SYSDIG_CHISEL_DIR")) c.sysdig_env = e;
  if (const char* h = std::getenv("HOME")) c.home = h;
  return c;
}

std::vector<fs::path> chisel_search_path(const ChiselSearchConfig& config) {
  std::vector<fs::path> out;
  std::set<std::string> seen;
  auto add = [&](const fs::path& p) {
    std::error_code ec;
    if (p.empty() || !fs::is_directory(p, ec)) return;
    fs::path key = fs::weakly_canonical(p, ec);
    if (ec) key = p.lexically_normal();
    if (!seen.insert(key.string()).second) return;
    out.push_back(p);
  };
  for (const auto& d : config.cli_dirs) add(d);
  add(builtin_chisels_dir(config.exe_dir));
  size_t start = 0;
  while (start < config.sysdig_env.size()) {
    size_t end = config.sysdig_env.find(';', start);
    if (end == std::string::npos) end = config.sysdig_env.size();
    if (end > start) add(config.sysdig_env.substr(start, end - start));
    start = end + 1;
  }
  if (config.include_system) add("chisels");
  if (!config.home.empty()) add(fs::path(config.home) / ".chisels");
  if (config.include_system) add("/usr/share/sysdig/chisels");
  return out;
}

fs::path find_chisel(const std::vector<fs::path>& dirs, const std::string& name) {
  std::error_code ec;
  if (name.empty()) return {};
  for (const auto& d : dirs) {
    fs::path p = d / (name + ".lua");
    if (fs::is_regular_file(p, ec)) return p;
  }
  if (fs::is_regular_file(name, ec)) return name;
  return {};
}

std::vector<ChiselInfo> load_chisel_infos(const std::vector<fs::path>& dirs, std::vector<std::string>& errors) {
  std::vector<ChiselInfo> out;
  std::set<std::string> seen;
  ChiselHost host;
  for (const auto& d : dirs) {
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(d, ec))
      if (e.path().extension() == ".lua") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::string name = f.stem().string();
      if (!seen.insert(name).second) continue;
      Chisel c(host, dirs);
      if (!c.load(name, f)) {
        // Modules and views without args are not chisels; only report
        // files that declare themselves chisels.
        if (c.info().is_view || c.error().find("args table missing") != std::string::npos) continue;
        errors.push_back(c.error());
        continue;
      }
      out.push_back(c.info());
    }
  }
  return out;
}

namespace {

// The description text wrapped at 63 columns, continuation lines indented
// by 16 (sysdig's listing layout); `first` is what precedes the text.
void append_wrapped(std::string& out, const std::string& first, const std::string& text) {
  constexpr size_t kWidth = 63;
  out += first;
  for (size_t i = 0; i < text.size() || i == 0; i += kWidth) {
    if (i > 0) out += std::string(16, ' ');
    out += text.substr(i, kWidth);
    out += '\n';
    if (text.empty()) break;
  }
}

std::string name_column(const std::string& name) {
  if (name.size() >= 16) return name + "\n" + std::string(16, ' ');
  return name + std::string(16 - name.size(), ' ');
}

void append_header(std::string& out, const std::string& category) {
  std::string h = "Category: " + category;
  out += h + "\n" + std::string(h.size(), '-') + "\n";
}

}  // namespace

std::string format_chisel_list(const std::vector<ChiselInfo>& infos) {
  std::vector<const ChiselInfo*> shown;
  for (const auto& i : infos)
    if (!i.is_view && !i.hidden && !i.short_description.empty()) shown.push_back(&i);
  std::stable_sort(shown.begin(), shown.end(), [](const ChiselInfo* a, const ChiselInfo* b) {
    if (a->category != b->category) return a->category < b->category;
    return a->name < b->name;
  });
  std::string out;
  std::string last;
  bool first = true;
  for (const ChiselInfo* i : shown) {
    if (first || i->category != last) {
      out += "\n";
      append_header(out, i->category);
      last = i->category;
      first = false;
    }
    append_wrapped(out, name_column(i->name), i->short_description);
  }
  out += "\nUse the -i flag to get detailed information about a specific chisel\n";
  return out;
}

std::string format_chisel_info(const ChiselInfo& info) {
  std::string out = "\n";
  append_header(out, info.category);
  append_wrapped(out, name_column(info.name), info.short_description);
  out += "\n";
  for (size_t i = 0; i < info.description.size(); i += 79) out += info.description.substr(i, 79) + "\n";
  out += "Args:\n";
  if (info.args.empty()) {
    out += "(None)\n";
    return out;
  }
  for (const auto& a : info.args) {
    std::string line = "[" + a.argtype + "] " + a.name + " - " + a.description;
    append_wrapped(out, "", line);
  }
  out += "\n";
  return out;
}

}  // namespace trowel::lua
