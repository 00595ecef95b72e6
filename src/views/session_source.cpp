#include "views/session_source.h"

#include "capture/capture_error.h"
#include "capture/capture_reader.h"

namespace trowel::views {

void FileEventSource::run(EventSink& sink, const std::atomic<bool>& stop) {
  std::unique_ptr<capture::CaptureReader> reader;
  try {
    reader = capture::CaptureReader::open(path_);
  } catch (const std::exception& e) {
    sink.on_end(SourceEnd::Failed, e.what());
    return;
  }
  sink.on_section(reader->tables());
  reader->set_section_callback(
      [](void* ctx, const capture::SectionTables& t) { static_cast<EventSink*>(ctx)->on_section(t); }, &sink);
  capture::EventView ev;
  uint64_t n = 0;
  while (reader->next(ev)) {
    sink.on_event(ev);
    if ((++n & 0x3fff) == 0) {
      sink.on_progress(reader->raw_offset(), reader->raw_size());
      if (stop.load(std::memory_order_relaxed)) {
        sink.on_end(SourceEnd::Stopped, "stopped");
        return;
      }
    }
  }
  sink.on_progress(reader->raw_offset(), reader->raw_size());
  switch (reader->status()) {
    case capture::CaptureReader::Status::Truncated: sink.on_end(SourceEnd::Truncated, reader->message()); break;
    case capture::CaptureReader::Status::Corrupt: sink.on_end(SourceEnd::Corrupt, reader->message()); break;
    default: sink.on_end(SourceEnd::Complete, ""); break;
  }
}

}  // namespace trowel::views
