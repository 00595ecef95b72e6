// The event-type mask in native terms: which x86_64 syscalls LiveSource must
// enable so that events of the given types (evt.type names, as filters and
// views spell them) are produced.
//
// Event names are mostly the native syscall names; the few the tables spell
// differently are translated (pread -> pread64, prlimit -> prlimit64,
// sigreturn -> rt_sigreturn, ...). Names that are no syscall (procexit,
// switch, signaldeliver, container, ...) or that are unknown contribute
// nothing: those events are not governed by the syscall mask.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace trowel::live {

// The native syscall name of one event name, "" if it is no x86_64 syscall.
std::string native_syscall_of_event(std::string_view event_name);

// The sorted, duplicate-free native syscall names of a set of event names.
std::vector<std::string> native_syscalls_of_events(const std::set<std::string>& event_names);

}  // namespace trowel::live
