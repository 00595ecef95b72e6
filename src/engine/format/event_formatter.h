// EventFormatter: sysdig's `-p` output format language, compiled once and
// applied to every event.
//
//   %FIELD        the field's rendered value (any field token: %evt.arg.fd,
//                 %proc.aname[2]); %evt.outputtime is the time by -t mode
//   %NFIELD       the value resized to exactly N characters (padded with
//                 spaces or cut)
//   other text    copied as it is
//   leading '*'   print every event, <NA> for fields that do not apply;
//                 without it an event with such a field is skipped
//
// JSON mode prints one object per event, keys sorted, typed values as sysdig
// 0.29.3 (numbers for numeric fields, true/false, null for missing fields).
//
// format() allocates nothing once its buffers have grown.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "engine/event_context.h"
#include "engine/fields/field.h"

namespace trowel::engine::format {

// What %evt.outputtime shows (sysdig -t).
enum class TimeMode : uint8_t {
  Human,         // h: HH:MM:SS.nnnnnnnnn (default)
  Absolute,      // a: seconds.nanoseconds since the epoch
  Relative,      // r: since the first event of the capture
  Latency,       // d: enter -> exit latency
  DeltaPrinted,  // D: since the previously printed event
};

struct FormatOptions {
  TimeMode time = TimeMode::Human;
  bool json = false;
};

// "invalid formatting token ..." / "invalid formatting syntax: formatting
// cannot end with a %" (the text sysdig prints).
class FormatError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// sysdig's default line (non-tty).
inline constexpr std::string_view kDefaultFormat =
    "*%evt.num %evt.outputtime %evt.cpu %proc.name (%thread.tid) %evt.dir %evt.type %evt.info";

class PreRender;

// One event of a PreRender slot (see EventFormatter::format_append).
struct PreRef {
  const PreRender* pre = nullptr;
  uint32_t slot = 0;
  uint32_t index = 0;  // the event's index in the batch
};

class EventFormatter {
 public:
  // Throws FormatError.
  EventFormatter(std::string_view format, FormatOptions opt = {});
  ~EventFormatter();
  EventFormatter(const EventFormatter&) = delete;
  EventFormatter& operator=(const EventFormatter&) = delete;

  // Sets `out` to the event's line (without a newline); false if the event
  // is skipped (a field is missing and the format does not start with '*').
  bool format(const EventContext& ctx, std::string& out);
  // The same line appended to `out` (left as it was if the event is skipped):
  // lets a caller batch lines without copying each one.
  bool format_append(const EventContext& ctx, std::string& out);
  // The same, taking the pieces `pre` rendered ahead from there.
  bool format_append(const EventContext& ctx, std::string& out, const PreRef& pre);
  // A PreRender for this format with `slots` slots, or null when no piece
  // qualifies (or JSON output). Only the last one made is used.
  std::unique_ptr<PreRender> make_pre_render(uint32_t slots);
  // Tell the formatter an event was printed (for -t D).
  void printed(const EventContext& ctx) { last_printed_ts_ = ctx.ev->ts; }

  bool print_all() const { return all_; }

 private:
  struct Piece {
    std::string literal;                   // text, or the field's token
    std::unique_ptr<fields::Field> field;  // null: literal or outputtime
    bool outputtime = false;
    bool json_time = false;                // evt.outputtime / evt.time: a number in JSON
    int width = -1;                        // %N
    // A field whose text is its value's generic text: taken through its
    // DirectGet and written as a number or string (see format_text).
    fields::DirectGet direct;
    bool is_bool = false;
    int pre_item = -1;  // its item in a PreRender (-1: none)
  };
  friend class PreRender;
  void render_outputtime(const EventContext& ctx, std::string& out, bool json);
  // Append the line to `out`; on false `out` holds a partial line.
  bool format_text(const EventContext& ctx, std::string& out, const PreRef* pre);
  bool format_json(const EventContext& ctx, std::string& out);

  std::vector<Piece> pieces_;
  std::vector<size_t> json_order_;  // field pieces, by key, deduplicated
  FormatOptions opt_;
  bool all_ = false;
  uint64_t last_printed_ts_ = 0;
  std::string value_;
  // format_text's line, built in place and appended to the caller's string
  // at once (one append per line, not one per piece).
  std::vector<char> line_;
  std::string text_;           // a field's text before it is copied into line_
  filter::FieldValue direct_;  // a direct piece's value
};

// Pre-rendering (trowel print's decoding thread, through EventPipeline's
// batch hook): the pieces whose text depends on the event record alone
// (evt.num, evt.time, evt.cpu, evt.dir, evt.type, evt.res ... and
// evt.outputtime in the h and a modes) are rendered for a whole batch while
// the formatter's thread works on earlier ones; the formatter then copies
// them. The text is exactly what the formatter would render (the fields
// read nothing but the event). One text area per pipeline slot, written by
// render() on the reading thread before the batch is published and read by
// the formatter until the batch is released.
class PreRender {
 public:
  // Reading thread: renders the events of a batch into `slot`, or marks the
  // slot empty (the formatter then renders those pieces itself) while
  // pre-rendering does not pay (see printed()) and for a share of the
  // batches that balances the two threads: `queued` is how many earlier
  // batches wait for the formatter (EventPipeline::Batch::queued). A queue
  // near full means the formatter is the slower thread: the share rises; a
  // queue near empty means this one is: it falls.
  void render(uint32_t slot, const capture::EventView* events, uint32_t count, uint32_t queued);
  // Formatter thread, once per batch: how many of its events were printed.
  // Below one in four, the reading thread stops pre-rendering (the
  // formatter then renders those pieces itself) until the share rises.
  void printed(uint64_t lines, uint64_t events);
  // Item `item` of event `index` in `slot`; false: not rendered, or the
  // field has no value (*na set).
  bool text(uint32_t slot, uint32_t index, int item, std::string_view& out, bool& na) const;

 private:
  friend class EventFormatter;
  PreRender(EventFormatter& f, uint32_t slots);
  struct Item {
    std::unique_ptr<fields::Field> field;  // null: evt.outputtime
  };
  struct Slot {
    std::string text;
    // ends[i * items + j]: where item j of event i ends in `text` (it
    // starts where the one before ends); kNoValue set: no value.
    std::vector<uint32_t> ends;
    bool valid = false;
  };
  static constexpr uint32_t kNoValue = 1u << 31;
  std::vector<Item> items_;
  std::vector<Slot> slots_;
  TimeMode time_;
  std::atomic<bool> wanted_{true};
  // Reading thread only: the share of batches rendered, in 1/kShareSteps,
  // and the credit that spreads those batches evenly.
  static constexpr uint32_t kShareSteps = 16;
  uint32_t share_ = kShareSteps;
  uint32_t credit_ = 0;
};

// Appends `s` as a JSON string (quotes included).
void append_json_string(std::string& out, std::string_view s);

}  // namespace trowel::engine::format
