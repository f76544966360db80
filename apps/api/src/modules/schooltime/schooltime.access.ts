// School time's rules (DESIGN "Who may see what"): timetable slots, roll calls, absences and
// justifications. One file for the module, as for every module; each part below is its own section.

// ── Timetable slots ──────────────────────────────────────────────────────────────────────────

// ── Roll calls, absences, justifications ─────────────────────────────────────────────────────
