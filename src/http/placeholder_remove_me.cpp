// Removed by the http implementation.
