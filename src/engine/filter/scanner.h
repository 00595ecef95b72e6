// Scanner: the character-level lexer of sysdig 0.29.3's filter compiler,
// reproducing where its scan position stands after each token so that error
// positions match sysdig's.
//
// Invariants: `pos` starts at -1; next() always advances at least one
// character, then past blanks (space, tab), and returns 0 once pos >= size
// (pos may then exceed the size by one or two: sysdig reports such positions).
// After a value token, pos is on the closing quote, on the blank that ended the
// word, one before a '(' ')' or ',' that ended it (so that next() lands on it),
// or at the size when the text ended.
#pragma once
#include <string>
#include <string_view>

#include "engine/filter/filter_error.h"

namespace trowel::engine::filter {

enum class CmpOp : uint8_t {
  Eq, Ne, Lt, Le, Gt, Ge, Contains, IContains, StartsWith, EndsWith, Glob, In, Intersects, Pmatch, Exists,
};

const char* cmp_op_text(CmpOp op);

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  char next();
  char cur() const { return pos_ >= 0 && pos_ < size() ? text_[size_t(pos_)] : '\0'; }
  long pos() const { return pos_; }
  long size() const { return long(text_.size()); }
  std::string_view text() const { return text_; }
  // Moves one character forward without skipping blanks (after ',' and '(').
  void advance() { ++pos_; }
  void step_back() { --pos_; }
  void skip_blanks() {
    if (is_blank(cur())) next();
  }

  // A field token from pos: ends at a blank, '(' ')' '!' '=' '<' '>' or the
  // end; pos is left on that terminator (one before it for '(' and ')'). An
  // opening quote is skipped; no other quoting, no escapes.
  std::string_view field_token();
  // The comparison operator at pos (after optional blanks). pos is left just
  // after it, except for "exists", where it stays on its last letter.
  CmpOp comparison_operator();
  // A value: quoted with '"' or '\'' (either quote ends it) or bare (ends at a
  // blank, '(' or ')', and ',' inside lists). Escapes \\ \" \xHH (and \'
  // when quoted); a '\' before a bare word's terminator is an error; any other
  // \c is kept as is; an incomplete escape at the very end is dropped.
  std::string value(bool in_list);

  [[noreturn]] void fail(std::string detail) const { throw FilterError(pos_, std::move(detail)); }
  static bool is_blank(char c) { return c == ' ' || c == '\t'; }

 private:
  bool starts_with_at(std::string_view word) const;
  [[noreturn]] void bad_escape(long value_start) const;
  std::string_view text_;
  long pos_ = -1;
};

}  // namespace trowel::engine::filter
