// Removed by the app implementation.
