// Test helper shared by the views' unit tests.
#pragma once
#include <string>
#include <vector>

#include "views/view_table.h"

namespace trowel::views {

// Each row as "KEY|cell|cell...": what two runs of a view must agree on.
inline std::vector<std::string> table_text(const ViewTable& t) {
  std::vector<std::string> out;
  for (size_t i = 0; i < t.rows(); ++i) {
    std::string line = t.key_text(i);
    for (const std::string& c : t.row(i)) line += "|" + c;
    out.push_back(line);
  }
  return out;
}

}  // namespace trowel::views
