#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

// A fuzz target as the replay test sees it: its name (the corpus folder) and
// its LLVMFuzzerTestOneInput under a name of its own.
struct FuzzTarget
{
    const char *name;
    int (*testOneInput)(const uint8_t *data, size_t size);
};

const std::vector<FuzzTarget> &fuzzTargets();
