// View loader: csysdig-compatible Lua view files (`view_info` tables) into
// ViewInfo, with validation that names the file, the view and the entry, and
// a registry over a search path of directories.
//
// Each *.lua file runs in a fresh sandbox (lua_sandbox.h). A file that sets a
// global string `description` is a chisel and is ignored; a file that sets a
// global table `view_info` is a view; anything else is ignored. A broken file
// or view is reported (one line per problem) and skipped; it never stops the
// others.
//
// Search path and overrides. view_search_path() returns directories in
// precedence order, highest first:
//   1. each --views-dir DIR, in command-line order;
//   2. each entry of $TROWEL_VIEWS (':'-separated), in order;
//   3. ~/.config/trowel/views;
//   4. the built-in views of trowel: the first existing of
//      <exe dir>/../share/trowel/views, <exe dir>/views, <exe dir>/../views.
// Two rules apply while scanning in that order:
//   * by file name (csysdig): the first file with a given name wins, later
//     files with the same name are not even run;
//   * by view id (trowel): the first view with a given id wins, so a user view
//     overrides the built-in view with the same id whatever its file name.
//     A duplicate id inside one directory is reported as a warning.
// So user directories always override the built-in views, and an explicit
// --views-dir overrides everything else.
//
// After loading, ViewRegistry applies the tag rule (apply_tag(options.tag):
// columns with tags not including the tag are removed), drops views tagged
// `nocsysdig` (unless include_nocsysdig) and views whose first tag is
// `Containers`, then sorts the views by name (csysdig's F2 order; ties by id).
#pragma once
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "views/lua_sandbox.h"
#include "views/view_info.h"

namespace trowel::views {

struct LoadOptions {
  // Column tag applied after loading ("default"; "containers" is csysdig's
  // -pc mode; "" keeps every column). The key rules are validated for the
  // projections "default", "containers" and this tag.
  std::string tag = "default";
  bool include_nocsysdig = false;      // csysdig keeps them only with -j
  bool drop_containers_tagged = true;  // tags[0] == "Containers" (csysdig)
  SandboxLimits limits;
  // Folder of shared modules for require() (lua_sandbox.h); load_view_file()
  // sets it to the `common` folder next to the file. "" : stubs only.
  std::string module_dir;
};

enum class FileKind { View, Chisel, Other, Error };

struct FileLoadResult {
  FileKind kind = FileKind::Other;
  ViewInfo view;                      // kind == View; columns not yet tag-filtered
  std::vector<std::string> errors;    // one line each; non-empty iff kind == Error
  std::vector<std::string> warnings;  // unknown keys and the like
};

// Runs `source` as a view file; `display_name` (a path) prefixes messages.
FileLoadResult load_view_source(std::string_view source, const std::string& display_name,
                                const LoadOptions& options = {});
FileLoadResult load_view_file(const std::filesystem::path& path, const LoadOptions& options = {});

// Removes the columns whose tags are non-empty and do not include `tag`.
void apply_tag(ViewInfo& view, std::string_view tag);

// "span.tag[%depth]" -> "span.tag" (any "[..]" suffix removed).
std::string strip_field_suffix(std::string_view field);

struct LoadStats {
  size_t files = 0;             // *.lua files run
  size_t views = 0;             // views in the registry
  size_t chisels = 0;           // files ignored as chisels
  size_t other = 0;             // files with neither description nor view_info
  size_t broken = 0;            // files skipped because of errors
  size_t shadowed_files = 0;    // not run: same file name earlier in the path
  size_t overridden_views = 0;  // dropped: same id earlier in the path
  size_t hidden = 0;            // dropped by nocsysdig / Containers
};

class ViewRegistry {
 public:
  // Loads every *.lua of `dirs` (highest precedence first, see above). A
  // directory that cannot be read is reported as an error.
  static ViewRegistry load(const std::vector<std::filesystem::path>& dirs,
                           const LoadOptions& options = {});
  // The registry load() would give, as far as view `id` goes, loading only
  // the files whose text names `id` (in search-path order, until the first
  // that defines it): for a run that shows that one view and needs no
  // others. Its views() is that view alone, or empty when no such file
  // defines it (or its definition is hidden); errors() and warnings() are
  // those of the files it loaded. A file that builds the id at run time
  // without naming it is not looked at.
  static ViewRegistry load_one(const std::vector<std::filesystem::path>& dirs, std::string_view id,
                               const LoadOptions& options = {});
  // Builds a registry from already loaded views (precedence order), applying
  // the same override, tag, hiding and sorting rules.
  static ViewRegistry from_views(std::vector<ViewInfo> views, const LoadOptions& options = {});

  const std::vector<ViewInfo>& views() const { return views_; }
  const ViewInfo* find(std::string_view id) const;
  // The first is_root view by name (csysdig's default view), or nullptr.
  const ViewInfo* root() const;
  // Views whose applies_to contains `field` with any "[..]" suffix removed;
  // "" is the top level. In registry (name) order.
  std::vector<const ViewInfo*> views_applying_to(std::string_view field) const;

  const std::vector<std::string>& errors() const { return errors_; }
  const std::vector<std::string>& warnings() const { return warnings_; }
  const LoadStats& stats() const { return stats_; }

 private:
  void finish(std::vector<ViewInfo> ordered, const LoadOptions& options);
  struct FileEntry {
    size_t dir;  // index in the search path
    std::filesystem::path path;
  };
  // The *.lua files of `dirs` in load order (a name seen in an earlier
  // folder shadows the later ones); unreadable folders go to errors_.
  std::vector<FileEntry> list_files(const std::vector<std::filesystem::path>& dirs);
  // Counts a loaded file and keeps its warnings and errors; returns its view.
  std::optional<ViewInfo> take(FileLoadResult r);

  std::vector<ViewInfo> views_;
  std::vector<std::string> errors_;
  std::vector<std::string> warnings_;
  LoadStats stats_;
};

// Inputs of the search path, gathered by the caller (testable without the
// real environment).
struct SearchPathConfig {
  std::filesystem::path exe_dir;            // empty: no built-in views
  std::vector<std::string> cli_dirs;        // --views-dir, in order
  std::string env;                          // $TROWEL_VIEWS
  std::string home;                         // $HOME; empty: no user config dir
};

// The first existing built-in views directory for an executable in `exe_dir`
// (see above), or an empty path.
std::filesystem::path builtin_views_dir(const std::filesystem::path& exe_dir);
// The directories to load, highest precedence first. --views-dir entries are
// always included (a missing one is then reported by load()); the others only
// when they exist.
std::vector<std::filesystem::path> view_search_path(const SearchPathConfig& config);
// Directory of the running executable (/proc/self/exe), or empty.
std::filesystem::path current_executable_dir();

}  // namespace trowel::views
