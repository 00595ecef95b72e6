// A minimal streaming JSON writer (objects, arrays, strings, numbers) that
// tracks commas itself. Strings are escaped so capture data can never break
// the document: control bytes become \u00XX, invalid UTF-8 bytes become
// \u00XX of the byte (lossless for ASCII tools).
#pragma once
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace trowel::cli {

class JsonWriter {
 public:
  explicit JsonWriter(std::FILE* out) : out_(out) {}
  void begin_object() { value_prefix(); std::fputc('{', out_); first_.push_back(true); }
  void end_object() { first_.pop_back(); std::fputc('}', out_); }
  void begin_array() { value_prefix(); std::fputc('[', out_); first_.push_back(true); }
  void end_array() { first_.pop_back(); std::fputc(']', out_); }
  void key(std::string_view k) {
    comma();
    write_string(k);
    std::fputc(':', out_);
    after_key_ = true;
  }
  void value(std::string_view s) { value_prefix(); write_string(s); }
  void value(const char* s) { value(std::string_view(s)); }
  void value(uint64_t v) { value_prefix(); std::fprintf(out_, "%llu", static_cast<unsigned long long>(v)); }
  void value(int64_t v) { value_prefix(); std::fprintf(out_, "%lld", static_cast<long long>(v)); }
  void value(uint32_t v) { value(static_cast<uint64_t>(v)); }
  void value(int v) { value(static_cast<int64_t>(v)); }
  void value(double v) { value_prefix(); std::fprintf(out_, "%.9g", v); }
  void value(bool v) { value_prefix(); std::fputs(v ? "true" : "false", out_); }
  void null() { value_prefix(); std::fputs("null", out_); }
  template <typename T>
  void field(std::string_view k, const T& v) { key(k); value(v); }
  void newline() { std::fputc('\n', out_); }

 private:
  void comma() {
    if (!first_.empty()) {
      if (!first_.back()) std::fputc(',', out_);
      first_.back() = false;
    }
  }
  void value_prefix() {
    if (after_key_) { after_key_ = false; return; }
    comma();
  }
  void write_string(std::string_view s);

  std::FILE* out_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

}  // namespace trowel::cli
