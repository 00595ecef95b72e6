// Counts heap allocations for the allocation tests: include it in exactly
// one translation unit of a test binary (it replaces the global operator new
// and delete). Read g_allocations before and after the code under test.
#pragma once
#include <cstdlib>
#include <new>

inline long g_allocations = 0;

void* operator new(std::size_t n) {
  ++g_allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
