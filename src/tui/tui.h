// The interactive browser (csysdig-style): `trowel -r FILE`. The only layer
// that includes curses; everything it shows comes from views::Session.
#pragma once
#include <memory>
#include <string>

#include "views/session_source.h"
#include "views/view_loader.h"

namespace trowel::tui {

struct TuiOptions {
  std::string view;            // first view id ("" = the root view)
  std::string cmdline_filter;  // trailing filter words
  bool monochrome = false;     // also when NO_COLOR is set or no colours
  uint32_t interval_ms = 2000; // live sources: the sampling interval (-d)
};

// Runs until the user quits; returns the process exit status. Errors that
// stop it before the screen opens are one line on stderr (status 2).
int run_tui(const views::ViewRegistry& registry, std::unique_ptr<views::EventSource> source,
            const TuiOptions& options);

}  // namespace trowel::tui
