// Removed by the cli implementation.
