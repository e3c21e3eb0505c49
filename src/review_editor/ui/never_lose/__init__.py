"""Never lose work: recovery snapshots, versions, locks, external changes, conflict copies."""
