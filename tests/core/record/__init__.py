"""Tests of the patient's record (a package: tests/test_faults.py shares a module name with one here)."""
