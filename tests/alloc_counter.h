// Counts heap allocations for the allocation tests: include it in exactly
// one translation unit of a test binary. It replaces every plain (non-aligned)
// form of the global operator new and delete — throwing, nothrow, scalar and
// array — so that memory is always allocated and freed by the same pair
// (AddressSanitizer checks that). Read g_allocations before and after the
// code under test (atomic: a test may run a second thread).
#pragma once
#include <atomic>
#include <cstdlib>
#include <new>

inline std::atomic<long> g_allocations{0};

namespace alloc_counter_detail {
inline void* counted_malloc(std::size_t n) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n ? n : 1);
}
}  // namespace alloc_counter_detail

void* operator new(std::size_t n) {
  if (void* p = alloc_counter_detail::counted_malloc(n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
  if (void* p = alloc_counter_detail::counted_malloc(n)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return alloc_counter_detail::counted_malloc(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return alloc_counter_detail::counted_malloc(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
