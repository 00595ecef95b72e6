#include "engine/filter/scanner.h"

#include <algorithm>

namespace trowel::engine::filter {

namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

struct OpWord {
  std::string_view text;
  CmpOp op;
};

// Tried in order, each as a prefix of the remaining text (so "existsx" is
// "exists" then "x", as in sysdig). Unlike sysdig 0.29.3, "intersects" is tried
// before "in", which made it unusable there.
constexpr OpWord kOps[] = {
    {"=", CmpOp::Eq},
    {"!=", CmpOp::Ne},
    {"<=", CmpOp::Le},
    {"<", CmpOp::Lt},
    {">=", CmpOp::Ge},
    {">", CmpOp::Gt},
    {"contains", CmpOp::Contains},
    {"icontains", CmpOp::IContains},
    {"startswith", CmpOp::StartsWith},
    {"endswith", CmpOp::EndsWith},
    {"glob", CmpOp::Glob},
    {"intersects", CmpOp::Intersects},
    {"in", CmpOp::In},
    {"pmatch", CmpOp::Pmatch},
    {"exists", CmpOp::Exists},
};

}  // namespace

const char* cmp_op_text(CmpOp op) {
  switch (op) {
    case CmpOp::Eq: return "=";
    case CmpOp::Ne: return "!=";
    case CmpOp::Lt: return "<";
    case CmpOp::Le: return "<=";
    case CmpOp::Gt: return ">";
    case CmpOp::Ge: return ">=";
    case CmpOp::Contains: return "contains";
    case CmpOp::IContains: return "icontains";
    case CmpOp::StartsWith: return "startswith";
    case CmpOp::EndsWith: return "endswith";
    case CmpOp::Glob: return "glob";
    case CmpOp::In: return "in";
    case CmpOp::Intersects: return "intersects";
    case CmpOp::Pmatch: return "pmatch";
    case CmpOp::Exists: return "exists";
  }
  return "?";
}

char Scanner::next() {
  while (true) {
    ++pos_;
    if (pos_ >= size()) return '\0';
    if (!is_blank(text_[size_t(pos_)])) return text_[size_t(pos_)];
  }
}

void Scanner::bad_escape(long value_start) const {
  // sysdig quotes the value from its start, as many characters as the
  // error position (substr(start, pos)).
  fail("filter error: unrecognized escape sequence at " +
       std::string(text_.substr(size_t(value_start), size_t(pos_))));
}

std::string_view Scanner::field_token() {
  // sysdig skips an opening quote here too (but nothing closes it).
  if (pos_ < size() && (cur() == '"' || cur() == '\'')) ++pos_;
  long start = pos_;
  for (; pos_ < size(); ++pos_) {
    char c = text_[size_t(pos_)];
    if (is_blank(c) || c == '(' || c == ')' || c == '!' || c == '=' || c == '<' || c == '>') break;
  }
  std::string_view token = text_.substr(size_t(start), size_t(pos_ - start));
  // As after values, a bracket leaves sysdig's position on the character
  // before it ("proc.name(" fails at 8 "after proc.nam").
  if (pos_ < size() && (text_[size_t(pos_)] == '(' || text_[size_t(pos_)] == ')')) --pos_;
  return token;
}

bool Scanner::starts_with_at(std::string_view word) const {
  return pos_ >= 0 && pos_ <= size() && text_.substr(size_t(pos_)).starts_with(word);
}

CmpOp Scanner::comparison_operator() {
  skip_blanks();
  for (const OpWord& w : kOps) {
    if (starts_with_at(w.text)) {
      pos_ += long(w.text.size());
      if (w.op == CmpOp::Exists) --pos_;
      return w.op;
    }
  }
  fail("filter error: unrecognized comparison operator after " +
       std::string(text_.substr(0, size_t(std::min(pos_, size())))));
}

std::string Scanner::value(bool in_list) {
  skip_blanks();
  bool quoted = false;
  if (pos_ < size() && (cur() == '"' || cur() == '\'')) {
    quoted = true;
    ++pos_;
  }
  const long start = pos_;
  std::string out;
  // 0: plain; 1: after '\'; 2, 3: expecting the first / second hex digit.
  int state = 0;
  char first_hex = 0;
  for (; pos_ < size(); ++pos_) {
    char c = text_[size_t(pos_)];
    const bool end = quoted ? (c == '"' || c == '\'')
                            : (is_blank(c) || c == '(' || c == ')' || (in_list && c == ','));
    if (state == 1) {
      if (c == 'x') {
        state = 2;
        continue;
      }
      if (end && !quoted) bad_escape(start);  // "a\ b", "a\(b"
      if (c != '\\' && c != '"' && !(quoted && c == '\'')) out.push_back('\\');
      out.push_back(c);
      state = 0;
      continue;
    }
    if (state >= 2) {
      if (!end && state == 2) {
        first_hex = c;
        state = 3;
        continue;
      }
      if (!end && hex_digit(first_hex) >= 0) {
        if (hex_digit(c) >= 0) {
          out.push_back(char(hex_digit(first_hex) * 16 + hex_digit(c)));
          state = 0;
          continue;
        }
        ++pos_;  // sysdig reports a bad second digit one character later
      }
      bad_escape(start);
    }
    if (end) {
      if (!quoted && !is_blank(c)) --pos_;
      return out;
    }
    if (c == '\\') {
      state = 1;
      continue;
    }
    out.push_back(c);
  }
  if (quoted) fail("filter error: unclosed quotes");
  return out;
}

}  // namespace trowel::engine::filter
