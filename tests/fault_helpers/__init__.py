"""Helpers for the robustness tests (tests/test_fuzz_loaders.py, tests/test_faults.py) and
benchmarks/fuzz_loaders.py."""
