// EventSource: where a Session's events come from: a capture file
// (FileEventSource) or the live machine (cli::LiveEventSource, which wraps
// src/live; a source with live() true puts the Session in its live mode).
//
// run() is called once, on the session's loader thread. It hands every
// section's tables and every event to the sink, in order, reports progress
// now and then, and returns when the source is exhausted or `stop` becomes
// true. It never throws: a failure ends the run with a status and a message.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "capture/event_view.h"
#include "capture/tables.h"
#include "engine/filter/event_types.h"

namespace trowel::views {

enum class SourceEnd : uint8_t { Complete, Truncated, Corrupt, Failed, Stopped };

class EventSink {
 public:
  virtual ~EventSink() = default;
  // A new section starts; its events follow. Called before its first event.
  virtual void on_section(const capture::SectionTables& tables) = 0;
  virtual void on_event(const capture::EventView& ev) = 0;
  // done/total in bytes (total 0: unknown). Call it every few thousand
  // events and, for a live source, also periodically when idle: events
  // become visible to the views when it is called (at most every 100 ms).
  virtual void on_progress(uint64_t done, uint64_t total) = 0;
  // Last call of a run. `message` is one line ("" when complete).
  virtual void on_end(SourceEnd end, const std::string& message) = 0;
};

class EventSource {
 public:
  virtual ~EventSource() = default;
  virtual void run(EventSink& sink, const std::atomic<bool>& stop) = 0;
  // What the header shows after "Source: " (the file name, "Live System").
  virtual std::string name() const = 0;
  // True when the events come from this machine now (actions may target
  // live processes).
  virtual bool live() const = 0;
  // Live sources: events the kernel dropped so far (any thread may ask).
  virtual uint64_t drops() const { return 0; }
  // Live sources: the event types the session can use from now on (the
  // current view's complete filter, united with an open pane's). A source
  // may stop producing events of other types (the kernel's event-type
  // mask); it must keep what its consumer's state needs. Called from inside
  // run(), on the loader thread, only when the set changes. Default: ignored.
  virtual void set_event_types(const engine::filter::EventTypeSet& types) { (void)types; }
};

// A capture file (plain, gzip or zstd; "-" is stdin), read with CaptureReader.
class FileEventSource : public EventSource {
 public:
  explicit FileEventSource(std::string path) : path_(std::move(path)) {}
  void run(EventSink& sink, const std::atomic<bool>& stop) override;
  std::string name() const override { return path_; }
  bool live() const override { return false; }

 private:
  std::string path_;
};

}  // namespace trowel::views
