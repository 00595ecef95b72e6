#include "views/view_loader.h"

#include <lua.hpp>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <system_error>

namespace trowel::views {
namespace fs = std::filesystem;

namespace {

constexpr lua_Integer kMaxColumns = 256;
constexpr lua_Integer kMaxActions = 256;
constexpr lua_Integer kMaxListEntries = 4096;
constexpr lua_Integer kMaxColsize = 100000;
constexpr uintmax_t kMaxFileBytes = uintmax_t{8} << 20;

std::string squote(std::string_view s) { return "'" + one_line(s, 60) + "'"; }

std::string strip_blanks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (c != ' ' && c != '\t') out += c;
  return out;
}

bool parse_aggregation(std::string_view s, Aggregation& out) {
  static const std::pair<const char*, Aggregation> kNames[] = {
      {"SUM", Aggregation::Sum}, {"AVG", Aggregation::Avg}, {"TIME_AVG", Aggregation::TimeAvg},
      {"MIN", Aggregation::Min}, {"MAX", Aggregation::Max}};
  for (const auto& [name, value] : kNames)
    if (s == name) {
      out = value;
      return true;
    }
  return false;
}

// Reads one view_info table with raw accesses only: no metamethod runs and
// nothing is allocated inside Lua, so no Lua error can be raised here.
class ViewReader {
 public:
  ViewReader(lua_State* L, const std::string& file, FileLoadResult& out)
      : L_(L), file_(file), out_(out) {}

  // Table at absolute index `vi`; fills out_.view, returns false on errors.
  bool read(int vi) {
    ViewInfo& v = out_.view;
    // The id first, so that every message can name the view.
    bool id_seen = false;
    for_each_pair(vi, [&](int k, int val) {
      if (key_is(k, "id")) {
        id_seen = true;
        if (expect_string("", "id", val, v.id)) {
          if (v.id.empty()) error("", "'id' is empty");
          else if (v.id.find_first_of(" \t\r\n") != std::string::npos)
            error("", "'id' contains white space: " + squote(v.id));
          else ctx_ = "view " + squote(v.id);
        }
      }
    });
    if (!id_seen) error("", "missing 'id'");

    bool name_seen = false, columns_seen = false;
    for_each_pair(vi, [&](int k, int val) {
      std::string key;
      if (!key_string(k, key)) {
        warning("", "non-string key ignored");
        return;
      }
      if (key == "id") return;
      if (key == "name") {
        name_seen = true;
        if (expect_string("", key, val, v.name) && v.name.empty()) error("", "'name' is empty");
      } else if (key == "description") expect_string("", key, val, v.description);
      else if (key == "tips") expect_string_list("", key, val, v.tips);
      else if (key == "tags") expect_string_list("", key, val, v.tags);
      else if (key == "applies_to") expect_string_list("", key, val, v.applies_to);
      else if (key == "filter") expect_string("", key, val, v.filter);
      else if (key == "use_defaults") expect_bool("", key, val, v.use_defaults);
      else if (key == "is_root") expect_bool("", key, val, v.is_root);
      else if (key == "drilldown_target") expect_string("", key, val, v.drilldown_target);
      else if (key == "drilldown_increase_depth") expect_bool("", key, val, v.drilldown_increase_depth);
      else if (key == "propagate_filter") expect_bool("", key, val, v.propagate_filter);
      else if (key == "spectro_type") expect_string("", key, val, v.spectro_type);
      else if (key == "snapshot") {
        if (expect_string("", key, val, v.snapshot) && !v.snapshot.empty() && v.snapshot != "fds")
          error("", "'snapshot' must be 'fds' (got " + squote(v.snapshot) + ")");
      }
      else if (key == "view_type") {
        std::string t;
        if (!expect_string("", key, val, t)) return;
        if (t == "table") v.type = ViewType::Table;
        else if (t == "list") v.type = ViewType::List;
        else if (t == "spectrogram") v.type = ViewType::Spectrogram;
        else error("", "'view_type' must be 'table', 'list' or 'spectrogram' (got " + squote(t) + ")");
      } else if (key == "columns") {
        columns_seen = true;
        read_columns(val);
      } else if (key == "actions") {
        read_actions(val);
      } else {
        warning("", "unknown key " + squote(key) + " ignored");
      }
    });
    if (!name_seen) error("", "missing 'name'");
    if (!columns_seen) error("", "missing 'columns'");
    return errors_ == 0;
  }

 private:
  template <typename F>
  void for_each_pair(int table, F&& f) {
    lua_pushnil(L_);
    while (lua_next(L_, table) != 0) {
      int val = lua_gettop(L_);
      f(val - 1, val);
      lua_settop(L_, val - 1);  // keep the key for lua_next
    }
  }

  bool key_string(int k, std::string& out) {
    if (lua_type(L_, k) != LUA_TSTRING) return false;
    size_t n = 0;
    const char* s = lua_tolstring(L_, k, &n);
    out.assign(s, n);
    return true;
  }
  bool key_is(int k, const char* name) {
    std::string s;
    return key_string(k, s) && s == name;
  }

  const char* type_name(int idx) { return lua_typename(L_, lua_type(L_, idx)); }

  void error(const std::string& entry, const std::string& msg) {
    ++errors_;
    out_.errors.push_back(file_ + ": " + ctx_ + ": " + (entry.empty() ? "" : entry + ": ") + msg);
  }
  void warning(const std::string& entry, const std::string& msg) {
    out_.warnings.push_back(file_ + ": " + ctx_ + ": " + (entry.empty() ? "" : entry + ": ") + msg);
  }

  bool expect_string(const std::string& entry, const std::string& key, int val, std::string& out) {
    if (lua_type(L_, val) != LUA_TSTRING) {
      error(entry, "'" + key + "' must be a string (got " + type_name(val) + ")");
      return false;
    }
    size_t n = 0;
    const char* s = lua_tolstring(L_, val, &n);
    out.assign(s, n);
    return true;
  }

  bool expect_bool(const std::string& entry, const std::string& key, int val, bool& out) {
    if (lua_type(L_, val) != LUA_TBOOLEAN) {
      error(entry, "'" + key + "' must be a boolean (got " + type_name(val) + ")");
      return false;
    }
    out = lua_toboolean(L_, val) != 0;
    return true;
  }

  // A table whose keys are exactly 1..n; n returned.
  bool is_list(int t, lua_Integer& n) {
    if (lua_type(L_, t) != LUA_TTABLE) return false;
    n = static_cast<lua_Integer>(lua_rawlen(L_, t));
    lua_Integer count = 0;
    bool ok = true;
    for_each_pair(t, [&](int k, int) {
      ++count;
      if (!lua_isinteger(L_, k)) ok = false;
      else {
        lua_Integer i = lua_tointeger(L_, k);
        if (i < 1 || i > n) ok = false;
      }
    });
    return ok && count == n;
  }

  void expect_string_list(const std::string& entry, const std::string& key, int val,
                          std::vector<std::string>& out) {
    lua_Integer n = 0;
    if (!is_list(val, n)) {
      error(entry, "'" + key + "' must be a list of strings (got " +
                       (lua_type(L_, val) == LUA_TTABLE ? std::string("a table with non-list keys")
                                                        : std::string(type_name(val))) + ")");
      return;
    }
    if (n > kMaxListEntries) {
      error(entry, "'" + key + "' has more than " + std::to_string(kMaxListEntries) + " entries");
      return;
    }
    for (lua_Integer i = 1; i <= n; ++i) {
      lua_rawgeti(L_, val, i);
      if (lua_type(L_, -1) != LUA_TSTRING) {
        error(entry, "'" + key + "' entry " + std::to_string(i) + " must be a string (got " +
                         type_name(-1) + ")");
        lua_pop(L_, 1);
        return;
      }
      size_t len = 0;
      const char* s = lua_tolstring(L_, -1, &len);
      out.emplace_back(s, len);
      lua_pop(L_, 1);
    }
  }

  // The `name` (or `hotkey`) of the entry table at `t`, for labels.
  std::string peek_string(int t, const char* key) {
    std::string out;
    for_each_pair(t, [&](int k, int val) {
      if (key_is(k, key) && lua_type(L_, val) == LUA_TSTRING) {
        size_t n = 0;
        const char* s = lua_tolstring(L_, val, &n);
        out.assign(s, n);
      }
    });
    return out;
  }

  bool list_of_tables(int val, const char* key, lua_Integer max, lua_Integer& n) {
    if (!is_list(val, n)) {
      error("", std::string("'") + key + "' must be a list of tables (got " +
                    (lua_type(L_, val) == LUA_TTABLE ? std::string("a table with non-list keys")
                                                     : std::string(type_name(val))) + ")");
      return false;
    }
    if (n > max) {
      error("", std::string("'") + key + "' has more than " + std::to_string(max) + " entries");
      return false;
    }
    return true;
  }

  void read_columns(int val) {
    lua_Integer n = 0;
    if (!list_of_tables(val, "columns", kMaxColumns, n)) return;
    if (n == 0) {
      error("", "'columns' is empty");
      return;
    }
    for (lua_Integer i = 1; i <= n; ++i) {
      lua_rawgeti(L_, val, i);
      int t = lua_gettop(L_);
      std::string label = "column " + std::to_string(i);
      if (lua_type(L_, t) != LUA_TTABLE) {
        error(label, std::string("must be a table (got ") + type_name(t) + ")");
      } else {
        std::string name = peek_string(t, "name");
        if (!name.empty()) label += " " + squote(name);
        out_.view.columns.push_back(read_column(t, label));
      }
      lua_settop(L_, t - 1);
    }
  }

  ViewColumn read_column(int t, const std::string& label) {
    ViewColumn c;
    bool name_seen = false, field_seen = false, filterfield_seen = false;
    for_each_pair(t, [&](int k, int val) {
      std::string key;
      if (!key_string(k, key)) {
        warning(label, "non-string key ignored");
        return;
      }
      if (key == "name") {
        name_seen = true;
        expect_string(label, key, val, c.name);
      } else if (key == "field") {
        field_seen = true;
        if (expect_string(label, key, val, c.field)) {
          c.field = strip_blanks(c.field);
          if (c.field.empty()) error(label, "'field' is empty");
        }
      } else if (key == "description") expect_string(label, key, val, c.description);
      else if (key == "colsize") {
        lua_Integer v = 0;
        int isint = 0;
        if (lua_type(L_, val) == LUA_TNUMBER) v = lua_tointegerx(L_, val, &isint);
        if (!isint || v < 0 || v > kMaxColsize) {
          std::string got = lua_type(L_, val) == LUA_TNUMBER ? "" : std::string(" (got ") + type_name(val) + ")";
          error(label, "'colsize' must be a non-negative integer" + got);
        } else {
          c.colsize = static_cast<int>(v);
        }
      } else if (key == "aggregation" || key == "groupby_aggregation") {
        std::string s;
        if (!expect_string(label, key, val, s)) return;
        Aggregation& dst = key == "aggregation" ? c.aggregation : c.groupby_aggregation;
        if (!parse_aggregation(s, dst)) error(label, "unknown " + key + " " + one_line(s, 60));
      } else if (key == "is_key") expect_bool(label, key, val, c.is_key);
      else if (key == "is_groupby_key") expect_bool(label, key, val, c.is_groupby_key);
      else if (key == "is_sorting") expect_bool(label, key, val, c.is_sorting);
      else if (key == "filter_in_child_only") expect_bool(label, key, val, c.filter_in_child_only);
      else if (key == "filterfield") {
        filterfield_seen = true;
        if (expect_string(label, key, val, c.filterfield)) {
          c.filterfield = strip_blanks(c.filterfield);
          if (c.filterfield.empty()) error(label, "'filterfield' is empty");
        }
      } else if (key == "tags") expect_string_list(label, key, val, c.tags);
      else warning(label, "unknown key " + squote(key) + " ignored");
    });
    if (!name_seen) error(label, "missing 'name'");
    if (!field_seen) error(label, "missing 'field'");
    if (c.is_key && c.is_groupby_key) error(label, "is both the key and the groupby key");
    if (filterfield_seen && !c.is_key && !c.is_groupby_key)
      error(label, "'filterfield' is only allowed on the key or the groupby key column");
    return c;
  }

  void read_actions(int val) {
    lua_Integer n = 0;
    if (!list_of_tables(val, "actions", kMaxActions, n)) return;
    for (lua_Integer i = 1; i <= n; ++i) {
      lua_rawgeti(L_, val, i);
      int t = lua_gettop(L_);
      std::string label = "action " + std::to_string(i);
      if (lua_type(L_, t) != LUA_TTABLE) {
        error(label, std::string("must be a table (got ") + type_name(t) + ")");
      } else {
        std::string hotkey = peek_string(t, "hotkey");
        if (!hotkey.empty()) label += " " + squote(hotkey);
        out_.view.actions.push_back(read_action(t, label));
      }
      lua_settop(L_, t - 1);
    }
  }

  ViewAction read_action(int t, const std::string& label) {
    ViewAction a;
    bool hotkey_seen = false, command_seen = false;
    for_each_pair(t, [&](int k, int val) {
      std::string key;
      if (!key_string(k, key)) {
        warning(label, "non-string key ignored");
        return;
      }
      if (key == "hotkey") {
        hotkey_seen = true;
        std::string s;
        if (!expect_string(label, key, val, s)) return;
        if (s.size() != 1 || s[0] == '\0')
          error(label, "'hotkey' must be exactly one character (got " + squote(s) + ")");
        else
          a.hotkey = s[0];
      } else if (key == "command") {
        command_seen = true;
        if (expect_string(label, key, val, a.command) && a.command.empty())
          error(label, "'command' is empty");
      } else if (key == "description") expect_string(label, key, val, a.description);
      else if (key == "ask_confirmation") expect_bool(label, key, val, a.ask_confirmation);
      else if (key == "wait_finish") expect_bool(label, key, val, a.wait_finish);
      else warning(label, "unknown key " + squote(key) + " ignored");
    });
    if (!hotkey_seen) error(label, "missing 'hotkey'");
    if (!command_seen) error(label, "missing 'command'");
    return a;
  }

  lua_State* L_;
  const std::string& file_;
  FileLoadResult& out_;
  std::string ctx_ = "view_info";
  int errors_ = 0;
};

bool column_has_tag(const ViewColumn& c, std::string_view tag) {
  for (const auto& t : c.tags)
    if (t == tag) return true;
  return false;
}

bool column_kept(const ViewColumn& c, std::string_view tag) {
  return tag.empty() || c.tags.empty() || column_has_tag(c, tag);
}

// The key rules on the columns that remain after apply_tag(tag); messages
// use the column numbers of the file.
std::vector<std::string> structure_errors(const ViewInfo& v, std::string_view tag) {
  std::vector<std::string> errs;
  auto label = [&](size_t i) {
    std::string s = "column " + std::to_string(i + 1);
    if (!v.columns[i].name.empty()) s += " " + squote(v.columns[i].name);
    return s;
  };
  int key = -1, groupby = -1, sorting = -1;
  for (size_t i = 0; i < v.columns.size(); ++i) {
    const ViewColumn& c = v.columns[i];
    if (!column_kept(c, tag)) continue;
    if (c.is_key) {
      if (v.type == ViewType::List)
        errs.push_back(label(i) + ": list table can't have a key");
      else if (key >= 0)
        errs.push_back(label(i) + ": multiple keys specified (" + label(key) + " is already the key)");
      else
        key = static_cast<int>(i);
    }
    if (c.is_groupby_key) {
      if (v.type == ViewType::List)
        errs.push_back(label(i) + ": group by not supported for list tables");
      else if (v.type == ViewType::Spectrogram)
        errs.push_back(label(i) + ": group by not supported for spectrogram views");
      else if (groupby >= 0)
        errs.push_back(label(i) + ": more than one groupby key (" + label(groupby) +
                       " is already the groupby key)");
      else
        groupby = static_cast<int>(i);
    }
    if (c.is_sorting) {
      if (sorting >= 0)
        errs.push_back(label(i) + ": more than one sorting column (" + label(sorting) +
                       " is already the sorting column)");
      else
        sorting = static_cast<int>(i);
    }
  }
  if (key < 0 && v.type == ViewType::Table) errs.push_back("table is missing the key");
  if (key < 0 && v.type == ViewType::Spectrogram) errs.push_back("spectrogram view is missing the key");
  return errs;
}

void validate_structure(FileLoadResult& r, const std::string& file, const LoadOptions& options) {
  const ViewInfo& v = r.view;
  if (v.columns.empty()) return;  // already reported
  std::string primary = options.tag;
  std::vector<std::string> tags = {primary};
  for (const char* t : {"default", "containers"})
    if (primary != t) tags.push_back(t);
  std::set<std::string> seen;
  std::string ctx = "view " + squote(v.id);
  for (size_t n = 0; n < tags.size(); ++n) {
    for (const auto& e : structure_errors(v, tags[n])) {
      if (!seen.insert(e).second) continue;
      std::string line = file + ": " + ctx + ": " + e;
      if (n > 0) line += " (with column tag '" + tags[n] + "')";
      r.errors.push_back(line);
    }
  }
}

}  // namespace

FileLoadResult load_view_source(std::string_view source, const std::string& display_name,
                                const LoadOptions& options) {
  FileLoadResult r;
  LuaSandbox box(options.limits);
  box.set_module_dir(options.module_dir);
  std::string err;
  bool ok = box.run(source, display_name, err);
  lua_State* L = box.state();
  if (!L) {
    r.kind = FileKind::Error;
    r.errors.push_back(err);
    return r;
  }
  if (!lua_checkstack(L, 40)) {
    r.kind = FileKind::Error;
    r.errors.push_back(display_name + ": Lua stack exhausted");
    return r;
  }
  int base = lua_gettop(L);
  // Globals, read raw: description (chisel) and view_info (view).
  lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
  int g = lua_gettop(L);
  lua_pushnil(L);  // slot for view_info
  int view_info = g + 1;
  bool have_view_info = false;
  int description_type = LUA_TNIL;
  if (lua_type(L, g) == LUA_TTABLE) {
    lua_pushnil(L);
    while (lua_next(L, g) != 0) {
      if (lua_type(L, -2) == LUA_TSTRING) {
        const char* k = lua_tostring(L, -2);
        if (std::strcmp(k, "description") == 0) description_type = lua_type(L, -1);
        if (std::strcmp(k, "view_info") == 0) {
          lua_pushvalue(L, -1);
          lua_replace(L, view_info);
          have_view_info = true;
        }
      }
      lua_pop(L, 1);
    }
  }
  if (description_type == LUA_TSTRING) {
    r.kind = FileKind::Chisel;  // even if it failed after setting description
    lua_settop(L, base);
    return r;
  }
  if (!ok && source.find("view_info") == std::string_view::npos) {
    // Cannot be a view (a library such as dkjson.lua, or a chisel that
    // failed before setting description): not the view loader's business.
    r.kind = FileKind::Other;
    lua_settop(L, base);
    return r;
  }
  if (!ok) {
    r.kind = FileKind::Error;
    r.errors.push_back(err);
    lua_settop(L, base);
    return r;
  }
  if (!have_view_info) {
    r.kind = FileKind::Other;
    lua_settop(L, base);
    return r;
  }
  if (lua_type(L, view_info) != LUA_TTABLE) {
    r.kind = FileKind::Error;
    r.errors.push_back(display_name + ": 'view_info' must be a table (got " +
                       lua_typename(L, lua_type(L, view_info)) + ")");
    lua_settop(L, base);
    return r;
  }
  ViewReader reader(L, display_name, r);
  bool good = reader.read(view_info);
  lua_settop(L, base);
  if (good) validate_structure(r, display_name, options);
  r.view.source_file = display_name;
  r.kind = r.errors.empty() ? FileKind::View : FileKind::Error;
  return r;
}

namespace {

// A view file's text, size-capped; false with a one-line error.
bool read_view_text(const fs::path& path, std::string& text, std::string& error) {
  const std::string name = path.string();
  std::error_code ec;
  uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > kMaxFileBytes) {
    error = name + ": file too large for a view file (" + std::to_string(size) + " bytes)";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = name + ": cannot open: " + std::strerror(errno);
    return false;
  }
  text.assign((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = name + ": read error";
    return false;
  }
  return true;
}

// load_view_source() of the text of the file at `path` (its modules in the
// "common" folder beside it).
FileLoadResult load_view_text(const fs::path& path, const std::string& text, const LoadOptions& options) {
  LoadOptions with_modules = options;
  with_modules.module_dir = (path.parent_path() / "common").string();
  if (path.parent_path().empty()) with_modules.module_dir = "common";
  return load_view_source(text, path.string(), with_modules);
}

FileLoadResult unreadable(std::string error) {
  FileLoadResult r;
  r.kind = FileKind::Error;
  r.errors.push_back(std::move(error));
  return r;
}

}  // namespace

FileLoadResult load_view_file(const fs::path& path, const LoadOptions& options) {
  std::string text, error;
  if (!read_view_text(path, text, error)) return unreadable(std::move(error));
  return load_view_text(path, text, options);
}

void apply_tag(ViewInfo& view, std::string_view tag) {
  if (tag.empty()) return;
  std::erase_if(view.columns, [&](const ViewColumn& c) { return !column_kept(c, tag); });
}

std::string strip_field_suffix(std::string_view field) {
  size_t b = field.find('[');
  return std::string(b == std::string_view::npos ? field : field.substr(0, b));
}

// ---- registry ------------------------------------------------------------

namespace {

struct Loaded {
  ViewInfo view;
  size_t dir;
};

}  // namespace

static void finish_registry(std::vector<ViewInfo>& out, std::vector<std::string>& warnings,
                            LoadStats& stats, std::vector<Loaded> ordered,
                            const LoadOptions& options) {
  std::map<std::string, std::pair<size_t, std::string>, std::less<>> by_id;
  for (auto& l : ordered) {
    auto it = by_id.find(l.view.id);
    if (it != by_id.end()) {
      if (it->second.first == l.dir)
        warnings.push_back(l.view.source_file + ": view " + squote(l.view.id) +
                           ": duplicate view id (already defined by " + it->second.second +
                           "); ignored");
      else
        ++stats.overridden_views;
      continue;
    }
    by_id.emplace(l.view.id, std::make_pair(l.dir, l.view.source_file));
    ViewInfo v = std::move(l.view);
    if ((!options.include_nocsysdig && v.has_tag("nocsysdig")) ||
        (options.drop_containers_tagged && !v.tags.empty() && v.tags[0] == "Containers")) {
      ++stats.hidden;
      continue;
    }
    apply_tag(v, options.tag);
    out.push_back(std::move(v));
  }
  std::stable_sort(out.begin(), out.end(), [](const ViewInfo& a, const ViewInfo& b) {
    if (a.name != b.name) return a.name < b.name;
    return a.id < b.id;
  });
  stats.views = out.size();
}

std::vector<ViewRegistry::FileEntry> ViewRegistry::list_files(const std::vector<fs::path>& dirs) {
  std::vector<FileEntry> out;
  std::set<std::string> names_seen;
  for (size_t d = 0; d < dirs.size(); ++d) {
    const fs::path& dir = dirs[d];
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      std::error_code eec;
      bool exists = fs::exists(dir, eec);
      errors_.push_back(dir.string() + ": not a views directory (" +
                        (!exists ? std::string("no such directory")
                                 : ec ? ec.message() : std::string("not a directory")) + ")");
      continue;
    }
    std::vector<std::string> files;
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
      errors_.push_back(dir.string() + ": cannot read directory (" + ec.message() + ")");
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) break;
      std::string fname = it->path().filename().string();
      if (fname.size() <= 4 || fname.compare(fname.size() - 4, 4, ".lua") != 0) continue;
      std::error_code fec;
      if (!fs::is_regular_file(it->path(), fec)) continue;
      files.push_back(fname);
    }
    if (ec) errors_.push_back(dir.string() + ": cannot read directory (" + ec.message() + ")");
    std::sort(files.begin(), files.end());
    for (const auto& fname : files) {
      if (!names_seen.insert(fname).second) {
        ++stats_.shadowed_files;
        continue;
      }
      out.push_back({d, dir / fname});
    }
  }
  return out;
}

std::optional<ViewInfo> ViewRegistry::take(FileLoadResult r) {
  ++stats_.files;
  for (auto& w : r.warnings) warnings_.push_back(std::move(w));
  switch (r.kind) {
    case FileKind::View: return std::move(r.view);
    case FileKind::Chisel: ++stats_.chisels; break;
    case FileKind::Other: ++stats_.other; break;
    case FileKind::Error:
      ++stats_.broken;
      for (auto& e : r.errors) errors_.push_back(std::move(e));
      break;
  }
  return std::nullopt;
}

ViewRegistry ViewRegistry::load(const std::vector<fs::path>& dirs, const LoadOptions& options) {
  ViewRegistry reg;
  std::vector<Loaded> ordered;
  for (const FileEntry& f : reg.list_files(dirs))
    if (std::optional<ViewInfo> v = reg.take(load_view_file(f.path, options))) ordered.push_back({std::move(*v), f.dir});
  finish_registry(reg.views_, reg.warnings_, reg.stats_, std::move(ordered), options);
  return reg;
}

ViewRegistry ViewRegistry::load_one(const std::vector<fs::path>& dirs, std::string_view id,
                                    const LoadOptions& options) {
  ViewRegistry reg;
  std::vector<Loaded> ordered;
  for (const FileEntry& f : reg.list_files(dirs)) {
    std::string text, error;
    if (!read_view_text(f.path, text, error)) {
      reg.take(unreadable(std::move(error)));
      continue;
    }
    if (text.find(id) == std::string_view::npos) continue;
    std::optional<ViewInfo> v = reg.take(load_view_text(f.path, text, options));
    if (v && v->id == id) {
      ordered.push_back({std::move(*v), f.dir});
      break;
    }
  }
  finish_registry(reg.views_, reg.warnings_, reg.stats_, std::move(ordered), options);
  return reg;
}

ViewRegistry ViewRegistry::from_views(std::vector<ViewInfo> views, const LoadOptions& options) {
  ViewRegistry reg;
  std::vector<Loaded> ordered;
  for (size_t i = 0; i < views.size(); ++i) ordered.push_back({std::move(views[i]), i});
  finish_registry(reg.views_, reg.warnings_, reg.stats_, std::move(ordered), options);
  return reg;
}

const ViewInfo* ViewRegistry::find(std::string_view id) const {
  for (const auto& v : views_)
    if (v.id == id) return &v;
  return nullptr;
}

const ViewInfo* ViewRegistry::root() const {
  for (const auto& v : views_)
    if (v.is_root) return &v;
  return nullptr;
}

std::vector<const ViewInfo*> ViewRegistry::views_applying_to(std::string_view field) const {
  std::string f = strip_field_suffix(field);
  std::vector<const ViewInfo*> out;
  for (const auto& v : views_)
    for (const auto& a : v.applies_to)
      if (a == f) {
        out.push_back(&v);
        break;
      }
  return out;
}

// ---- search path -----------------------------------------------------------

fs::path builtin_views_dir(const fs::path& exe_dir) {
  if (exe_dir.empty()) return {};
  for (const fs::path& c : {exe_dir / ".." / "share" / "trowel" / "views", exe_dir / "views",
                            exe_dir / ".." / "views"}) {
    std::error_code ec;
    if (fs::is_directory(c, ec)) return c.lexically_normal();
  }
  return {};
}

std::vector<fs::path> view_search_path(const SearchPathConfig& config) {
  std::vector<fs::path> out;
  std::set<std::string> seen;
  auto add = [&](const fs::path& p, bool must) {
    std::error_code ec;
    bool exists = fs::is_directory(p, ec);
    if (!exists && !must) return;
    fs::path key = exists ? fs::weakly_canonical(p, ec) : p.lexically_normal();
    if (ec) key = p.lexically_normal();
    if (!seen.insert(key.string()).second) return;
    out.push_back(p);
  };
  for (const auto& d : config.cli_dirs)
    if (!d.empty()) add(d, true);
  size_t start = 0;
  while (start <= config.env.size()) {
    size_t end = config.env.find(':', start);
    if (end == std::string::npos) end = config.env.size();
    if (end > start) add(config.env.substr(start, end - start), false);
    start = end + 1;
  }
  if (!config.home.empty()) add(fs::path(config.home) / ".config" / "trowel" / "views", false);
  fs::path builtin = builtin_views_dir(config.exe_dir);
  if (!builtin.empty()) add(builtin, false);
  return out;
}

fs::path current_executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return exe.parent_path();
}

}  // namespace trowel::views
