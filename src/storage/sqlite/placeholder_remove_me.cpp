// Removed by the storage implementation.
