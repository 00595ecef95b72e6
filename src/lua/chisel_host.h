// ChiselHost: what every chisel of one run shares — the engine state, the
// current event, the capture's name and progress, the output sink and the
// requests chisels make to the driver (end the capture, re-run with other
// arguments, set the global filter).
//
// Invariants: `ctx` is null until the first event has been delivered and
// then points at the current (or, after the loop, the last) event; the
// driver owns everything the host points to and outlives the chisels.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/event_context.h"
#include "engine/state.h"

namespace trowel::lua {

// Where chisel output goes: print(), io.write(), io.stdout:write() and the
// event formatter all write here, in order.
class ChiselOutput {
 public:
  virtual ~ChiselOutput() = default;
  virtual void write(std::string_view text) = 0;
  virtual void flush() {}
};

// Writes to the process's stdout (buffered by stdio).
class StdoutOutput final : public ChiselOutput {
 public:
  void write(std::string_view text) override;
  void flush() override;
};

// Collects everything in a string (the TUI's chisel pane, tests).
class StringOutput final : public ChiselOutput {
 public:
  void write(std::string_view text) override { text_.append(text); }
  const std::string& text() const { return text_; }
  std::string& text() { return text_; }

 private:
  std::string text_;
};

enum class BufferMode : uint8_t { Normal, Json, Simple, Hex, HexAscii, Ascii, Base64, JsonBase64 };

struct ChiselHost {
  engine::State* state = nullptr;
  const engine::EventContext* ctx = nullptr;  // see the invariants above
  ChiselOutput* out = nullptr;

  // The capture.
  std::string evtsource;       // the input path once opened ("" before, as sysdig)
  std::string pending_source;  // the path, known before open
  bool opened = false;
  bool live = false;
  uint64_t first_ts = 0, last_ts = 0;  // 0 until events were read
  double read_progress = 0;            // percent

  // The terminal the chisel believes it writes to.
  bool is_tty = false;
  int term_width = -1, term_height = -1;

  // Command-line state chisels can ask about.
  std::string global_filter;      // "" if none
  bool json_output = false;       // -j
  bool print_container = false;   // -pc
  bool buffer_mode_forced = false;  // -A/-x/-X/-b given: set_output_format is ignored
  BufferMode buffer_mode = BufferMode::Normal;
  uint32_t snaplen = 80;

  // Requests from chisels to the driver.
  bool end_capture = false;
  std::vector<std::string> run_app;  // the last sysdig.run_app() command line
  // Sets the global filter (sysdig.set_filter); returns "" or an error text.
  std::function<std::string(const std::string&)> set_global_filter;
  // Applies a buffer mode (sysdig.set_output_format).
  std::function<void(BufferMode)> apply_buffer_mode;

  // sysdig.udp_setpeername / udp_send.
  int udp_fd = -1;
  bool udp_peer_set = false;
  uint32_t udp_ip = 0;     // network order
  uint16_t udp_port = 0;   // host order

  ~ChiselHost();
};

}  // namespace trowel::lua
